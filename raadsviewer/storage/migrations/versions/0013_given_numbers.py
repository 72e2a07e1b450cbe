"""the official numbers the griffie gave, kept per item when the item goes

Revision ID: 0013_given_numbers
Revises: 0012_merge_log_revisions

Undoing a merge took its items away and with them their official numbers; merged again, an item
got the next number ("M2" came back as "M3"). ``given_number`` keeps each item's number, so the
same item gets it back. Filled from the numbers the items hold now.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_given_numbers"
down_revision = "0012_merge_log_revisions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "given_number",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("series", sa.String(length=60), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "series", "item_id"),
    )
    for table, series in (("amendment", "A"), ("motie", "M")):
        op.execute(
            f"INSERT INTO given_number (dossier_id, series, item_id, number) "  # noqa: S608 (names above)
            f"SELECT dossier_id, '{series}', id, official_number FROM {table} WHERE official_number IS NOT NULL"
        )


def downgrade() -> None:
    op.drop_table("given_number")
