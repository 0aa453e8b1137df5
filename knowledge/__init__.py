"""Knowledge: document ingestion and retrieval for each coach."""
