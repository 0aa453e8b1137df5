"""The AI model layer: ports, adapters, the fallback chain and circuit breakers."""
