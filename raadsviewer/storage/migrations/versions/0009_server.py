"""a store on a server: the text of each search unit

Revision ID: 0009_server
Revises: 0008_moties

``search_text`` is filled when the store is next opened: the search index is rebuilt when its
version changes (storage.search_index). On PostgreSQL the terms table is made by 0004.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_server"
down_revision = "0008_moties"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_text",
        sa.Column("unit_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["search_unit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("unit_id"),
    )


def downgrade() -> None:
    op.drop_table("search_text")
