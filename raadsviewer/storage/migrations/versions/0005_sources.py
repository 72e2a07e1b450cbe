"""document sources: the original bytes of an imported PDF

Revision ID: 0005_sources
Revises: 0004_reading
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_sources"
down_revision = "0004_reading"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_source",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id"),
    )


def downgrade() -> None:
    op.drop_table("document_source")
