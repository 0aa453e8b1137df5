"""Alembic migrations for every domain."""
