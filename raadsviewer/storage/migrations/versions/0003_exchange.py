"""faction keys, export log, merge log and merge-revision parents (faction exchange)

Revision ID: 0003_exchange
Revises: 0002_amendments
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_exchange"
down_revision = "0002_amendments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "faction_key",
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("secret_pem", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["faction_id"], ["faction.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("faction_id"),
        sa.UniqueConstraint("public_key"),
    )
    op.create_table(
        "export_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("member", sa.String(length=200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.create_index("ix_export_log_faction_sequence", ["faction_id", "sequence"], unique=False)

    op.create_table(
        "merge_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("member", sa.String(length=200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("package_created_at", sa.String(length=40), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("report_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ordinal"),
        sa.UniqueConstraint("package_sha256"),
    )
    op.create_table(
        "merge_log_revision",
        sa.Column("merge_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("revision_id", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("item_created", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["merge_id"], ["merge_log.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("merge_id", "kind", "revision_id"),
    )
    with op.batch_alter_table("merge_log_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_log_revision_item_id"), ["item_id"], unique=False)

    op.create_table(
        "revision_parent",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("revision_id", sa.String(length=64), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("kind", "revision_id", "parent_id"),
    )
    with op.batch_alter_table("revision_parent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_revision_parent_parent_id"), ["parent_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("revision_parent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revision_parent_parent_id"))
    op.drop_table("revision_parent")
    with op.batch_alter_table("merge_log_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_log_revision_item_id"))
    op.drop_table("merge_log_revision")
    op.drop_table("merge_log")
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.drop_index("ix_export_log_faction_sequence")
    op.drop_table("export_log")
    op.drop_table("faction_key")
