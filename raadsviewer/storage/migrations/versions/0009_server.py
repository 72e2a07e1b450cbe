"""a store on a server: number series per dossier, the text of each search unit

Revision ID: 0009_server
Revises: 0007_trust

Numbers (the store's amendment sequence, the griffie's A-numbers, a faction's provisional
numbers) are drawn from a row per dossier and series instead of one past the highest in use, so
clerks numbering at the same moment on a server never take the same one. The series start where
the dossier's numbers stand. ``search_text`` is filled when the store is next opened (the index
is rebuilt when its version changes, see storage.search_index).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_server"
down_revision = "0007_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "number_series",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("series", sa.String(length=60), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "series"),
    )
    op.execute(
        "INSERT INTO number_series (dossier_id, series, last) "
        "SELECT dossier_id, 'amendment', max(number) FROM amendment GROUP BY dossier_id"
    )
    op.execute(
        "INSERT INTO number_series (dossier_id, series, last) SELECT dossier_id, 'official', max(official_number) "
        "FROM amendment WHERE official_number IS NOT NULL GROUP BY dossier_id"
    )
    op.execute(
        "INSERT INTO number_series (dossier_id, series, last) SELECT dossier_id, 'draft:' || faction_id, "
        "max(draft_number) FROM amendment GROUP BY dossier_id, faction_id"
    )
    op.create_table(
        "search_text",
        sa.Column("unit_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["search_unit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("unit_id"),
    )


def downgrade() -> None:
    op.drop_table("search_text")
    op.drop_table("number_series")
