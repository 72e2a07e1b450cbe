"""principle corrections: candidate lists, labels and keys of principles, the edit layer

Revision ID: 0006_principle_corrections
Revises: 0005_sources
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_principle_corrections"
down_revision = "0005_sources"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Columns are added (no table is rebuilt: annotations and amendments point at principle rows).
    op.add_column("document", sa.Column("candidates_json", sa.Text(), server_default="[]", nullable=False))
    op.add_column("principle", sa.Column("label", sa.String(length=40), server_default="", nullable=False))
    op.add_column("principle", sa.Column("key", sa.String(length=80), server_default="", nullable=False))
    op.add_column("principle", sa.Column("active", sa.Boolean(), server_default="1", nullable=False))
    op.add_column("principle", sa.Column("merged_into", sa.String(length=36), nullable=True))
    # Stored principles were keyed by their number (their ids were made from it).
    op.execute("UPDATE principle SET key = CAST(number AS TEXT), label = CAST(number AS TEXT)")
    op.create_index("uq_principle_document_key", "principle", ["document_id", "key"], unique=True)
    op.create_table(
        "principle_correction",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=20), nullable=False),
        sa.Column("record_json", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", "id"),
        sa.UniqueConstraint("document_id", "ordinal", name="uq_principle_correction_ordinal"),
    )


def downgrade() -> None:
    op.drop_table("principle_correction")
    op.drop_index("uq_principle_document_key", table_name="principle")
    with op.batch_alter_table("principle", schema=None) as batch_op:
        batch_op.drop_column("merged_into")
        batch_op.drop_column("active")
        batch_op.drop_column("key")
        batch_op.drop_column("label")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("candidates_json")
