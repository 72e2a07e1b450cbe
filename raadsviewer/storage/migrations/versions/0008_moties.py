"""moties: moties with their revisions, the council's record per dossier, number counters, the
amendments' postponed votes and the letter's facts of a document

Revision ID: 0008_moties
Revises: 0007_trust

The counters of the griffie's official amendment numbers start at the highest number given, so a
number is never given twice after the upgrade either.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_moties"
down_revision = "0007_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "motie",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=True),
        sa.Column("constaterende_json", sa.Text(), nullable=False),
        sa.Column("overwegende_json", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("dictum_json", sa.Text(), nullable=False),
        sa.Column("cosigners_json", sa.Text(), nullable=False),
        sa.Column("principle_ids_json", sa.Text(), nullable=False),
        sa.Column("agenda_item", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("votes_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("official_number", sa.Integer(), nullable=True),
        sa.Column("draft_number", sa.Integer(), nullable=False),
        sa.Column("decided_status", sa.String(length=20), nullable=True),
        sa.Column("decided_votes_json", sa.Text(), nullable=True),
        sa.Column("postponed_json", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('verzoekt', 'draagt-op', 'spreekt-uit')", name="ck_motie_kind"),
        sa.CheckConstraint(
            "status IN ('concept', 'ingediend', 'aangehouden', 'ingetrokken', 'aangenomen', 'verworpen')",
            name="ck_motie_status",
        ),
        sa.CheckConstraint("version >= 1", name="ck_motie_version"),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["faction_id"], ["faction.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_motie_dossier_id"), "motie", ["dossier_id"], unique=False)
    op.create_index(op.f("ix_motie_faction_id"), "motie", ["faction_id"], unique=False)
    op.create_index("uq_motie_official_number", "motie", ["dossier_id", "official_number"], unique=True)
    op.create_table(
        "motie_revision",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("motie_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["motie_id"], ["motie.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_motie_revision_motie_id"), "motie_revision", ["motie_id"], unique=False)
    op.create_table(
        "dossier_council",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=True),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("griffier", sa.String(length=200), nullable=False),
        sa.Column("voorzitter", sa.String(length=200), nullable=False),
        sa.Column("template_path", sa.Text(), nullable=True),
        sa.Column("request_sender", sa.String(length=200), nullable=False),
        sa.Column("request_subject", sa.Text(), nullable=False),
        sa.Column("proposal_title", sa.Text(), nullable=False),
        sa.Column("proposal_status", sa.String(length=20), nullable=False),
        sa.Column("proposal_votes_json", sa.Text(), nullable=False),
        sa.Column("proposal_postponed_json", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "proposal_status IN ('ingediend', 'aangenomen', 'verworpen')", name="ck_dossier_council_status"
        ),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id"),
    )
    op.create_table(
        "number_counter",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("series", sa.String(length=60), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "series"),
    )
    op.execute(
        "INSERT INTO number_counter (dossier_id, series, last) "
        "SELECT dossier_id, 'A', max(official_number) FROM amendment "
        "WHERE official_number IS NOT NULL GROUP BY dossier_id"
    )
    op.add_column("amendment", sa.Column("postponed_json", sa.Text(), nullable=True))
    op.add_column("document", sa.Column("facts_json", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("document", "facts_json")
    op.drop_column("amendment", "postponed_json")
    op.drop_table("number_counter")
    op.drop_table("dossier_council")
    op.drop_index(op.f("ix_motie_revision_motie_id"), table_name="motie_revision")
    op.drop_table("motie_revision")
    op.drop_index("uq_motie_official_number", table_name="motie")
    op.drop_index(op.f("ix_motie_faction_id"), table_name="motie")
    op.drop_index(op.f("ix_motie_dossier_id"), table_name="motie")
    op.drop_table("motie")
