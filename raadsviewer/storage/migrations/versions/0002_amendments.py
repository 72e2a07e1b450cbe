"""amendments and draft snapshots

Revision ID: 0002_amendments
Revises: 0001_initial
Create Date: 2026-11-23 00:44:13.222852
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_amendments"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "draft_snapshot",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("markdown", sa.Text(), nullable=False),
        sa.Column("items_json", sa.Text(), nullable=False),
        sa.CheckConstraint("format IN ('md', 'html', 'pdf', 'docx')", name="ck_draft_snapshot_format"),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("draft_snapshot", schema=None) as batch_op:
        batch_op.create_index("ix_draft_snapshot_dossier_created", ["dossier_id", "created_at"], unique=False)

    op.create_table(
        "amendment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("betreft", sa.Text(), nullable=False),
        sa.Column("principle_id", sa.String(length=36), nullable=True),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("quote_prefix", sa.Text(), nullable=True),
        sa.Column("quote_suffix", sa.Text(), nullable=True),
        sa.Column("quote_start", sa.Integer(), nullable=True),
        sa.Column("quote_end", sa.Integer(), nullable=True),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.Column("old_text", sa.Text(), nullable=False),
        sa.Column("new_text", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("cosigners_json", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("votes_json", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("operation IN ('vervangen', 'toevoegen', 'schrappen')", name="ck_amendment_operation"),
        sa.CheckConstraint(
            "status IN ('concept', 'ingediend', 'aangenomen', 'verworpen', 'ingetrokken')", name="ck_amendment_status"
        ),
        sa.CheckConstraint("number >= 1", name="ck_amendment_number"),
        sa.CheckConstraint("version >= 1", name="ck_amendment_version"),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["faction_id"],
            ["faction.id"],
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["amendment.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["principle_id"], ["principle.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dossier_id", "number", name="uq_amendment_dossier_number"),
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_amendment_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_amendment_faction_id"), ["faction_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_amendment_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_amendment_principle_id"), ["principle_id"], unique=False)

    op.create_table(
        "amendment_revision",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("amendment_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["amendment_id"], ["amendment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("amendment_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_revision_amendment_id"), ["amendment_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("amendment_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_revision_amendment_id"))

    op.drop_table("amendment_revision")
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_principle_id"))
        batch_op.drop_index(batch_op.f("ix_amendment_parent_id"))
        batch_op.drop_index(batch_op.f("ix_amendment_faction_id"))
        batch_op.drop_index(batch_op.f("ix_amendment_dossier_id"))
        batch_op.drop_index(batch_op.f("ix_amendment_document_id"))

    op.drop_table("amendment")
    with op.batch_alter_table("draft_snapshot", schema=None) as batch_op:
        batch_op.drop_index("ix_draft_snapshot_dossier_created")

    op.drop_table("draft_snapshot")
