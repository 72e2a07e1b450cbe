"""trust: the store's owner, the griffie's key and decisions, dossier imports, untrusted keys

Revision ID: 0007_trust
Revises: 0006_principle_corrections

Existing amendment numbers were shown as "A3" before, so they become the official numbers; the
faction's provisional number starts out equal to it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_trust"
down_revision = "0006_principle_corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_setting",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "griffie_key",
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("secret_pem", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("origin IN ('own', 'trusted')", name="ck_griffie_key_origin"),
        sa.PrimaryKeyConstraint("public_key"),
    )
    op.create_table(
        "dossier_import",
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("package_sha256"),
    )
    op.create_index(op.f("ix_dossier_import_dossier_id"), "dossier_import", ["dossier_id"], unique=False)
    op.add_column("faction_key", sa.Column("untrusted_at", sa.DateTime(), nullable=True))
    op.add_column("amendment", sa.Column("official_number", sa.Integer(), nullable=True))
    op.add_column("amendment", sa.Column("draft_number", sa.Integer(), server_default="0", nullable=False))
    op.add_column("amendment", sa.Column("decided_status", sa.String(length=20), nullable=True))
    op.add_column("amendment", sa.Column("decided_votes_json", sa.Text(), nullable=True))
    op.execute("UPDATE amendment SET official_number = number, draft_number = number")
    op.create_index("uq_amendment_official_number", "amendment", ["dossier_id", "official_number"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_amendment_official_number", table_name="amendment")
    for column in ("decided_votes_json", "decided_status", "draft_number", "official_number"):
        op.drop_column("amendment", column)
    op.drop_column("faction_key", "untrusted_at")
    op.drop_index(op.f("ix_dossier_import_dossier_id"), table_name="dossier_import")
    op.drop_table("dossier_import")
    op.drop_table("griffie_key")
    op.drop_table("store_setting")
