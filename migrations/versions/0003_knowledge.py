"""Knowledge: ingestion jobs, document titles and chunk counts, per-coach chunking.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    """Add the ingest_jobs table and the new document and coach columns."""
    op.create_table(
        "ingest_jobs",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("job_kind", "ingest", "reindex"), nullable=False),
        sa.Column("status", _enum("job_status", "queued", "running", "done", "failed"),
                  nullable=False),
        sa.Column("total_files", sa.Integer(), nullable=False),
        sa.Column("processed_files", sa.Integer(), nullable=False),
        sa.Column("failed_files", sa.Integer(), nullable=False),
        sa.Column("chunks_written", sa.Integer(), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"], ondelete="CASCADE",
                                name=op.f("fk_ingest_jobs_coach_id_coaches")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_jobs")),
    )
    op.create_index(op.f("ix_ingest_jobs_coach_id"), "ingest_jobs", ["coach_id"])
    # Existing rows need a value for the new NOT NULL columns; the models set their own.
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("title", sa.String(length=255), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("chunk_count", sa.Integer(), nullable=False,
                                   server_default="0"))
    with op.batch_alter_table("documents") as batch:
        batch.alter_column("title", server_default=None)
        batch.alter_column("chunk_count", server_default=None)
    with op.batch_alter_table("coaches") as batch:
        batch.add_column(sa.Column("chunk_size", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("chunk_overlap", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Drop the ingest_jobs table and the added columns."""
    with op.batch_alter_table("coaches") as batch:
        batch.drop_column("chunk_overlap")
        batch.drop_column("chunk_size")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("chunk_count")
        batch.drop_column("title")
    op.drop_table("ingest_jobs")
