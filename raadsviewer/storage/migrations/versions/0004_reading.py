"""linked reading: document pages, passage links, anchor review, full-text search

Revision ID: 0004_reading
Revises: 0003_exchange
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_reading"
down_revision = "0003_exchange"
branch_labels = None
depends_on = None

# The same statements as storage.models.SEARCH_FTS_DDL(_POSTGRESQL) (copied: a migration must not
# change when the models do). SQLite: an FTS5 table; PostgreSQL: a tsvector per unit, GIN-indexed.
SEARCH_FTS_DDL = "CREATE VIRTUAL TABLE search_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')"
SEARCH_FTS_DDL_POSTGRESQL = (
    "CREATE TABLE search_fts (rowid INTEGER PRIMARY KEY REFERENCES search_unit (id) ON DELETE CASCADE, "
    "dossier_id VARCHAR(36) NOT NULL, terms TSVECTOR NOT NULL)",
    # fastupdate off: a search right after an import would otherwise scan GIN's pending list
    "CREATE INDEX ix_search_fts_terms ON search_fts USING gin (terms) WITH (fastupdate = off)",
)


def upgrade() -> None:
    op.create_table(
        "document_page",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", "page"),
    )
    op.create_table(
        "passage_link",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("principle_id", sa.String(length=36), nullable=True),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("quote_prefix", sa.Text(), nullable=False),
        sa.Column("quote_suffix", sa.Text(), nullable=False),
        sa.Column("quote_start", sa.Integer(), nullable=False),
        sa.Column("quote_end", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("status IN ('confirmed', 'removed', 'added')", name="ck_passage_link_status"),
        sa.CheckConstraint("version >= 1", name="ck_passage_link_version"),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["faction_id"],
            ["faction.id"],
        ),
        sa.ForeignKeyConstraint(["principle_id"], ["principle.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("passage_link", schema=None) as batch_op:
        batch_op.create_index("ix_passage_link_principle_live", ["principle_id", "deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_passage_link_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_passage_link_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_passage_link_faction_id"), ["faction_id"], unique=False)

    op.create_table(
        "passage_link_revision",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("link_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("faction_id", sa.String(length=36), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["link_id"], ["passage_link.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("passage_link_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_passage_link_revision_link_id"), ["link_id"], unique=False)

    op.create_table(
        "anchor_review",
        sa.Column("item_kind", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("old_document_id", sa.String(length=36), nullable=False),
        sa.Column("new_document_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("old_quote", sa.Text(), nullable=True),
        sa.Column("old_start", sa.Integer(), nullable=True),
        sa.Column("old_end", sa.Integer(), nullable=True),
        sa.Column("new_start", sa.Integer(), nullable=True),
        sa.Column("new_end", sa.Integer(), nullable=True),
        sa.Column("old_principle_number", sa.Integer(), nullable=True),
        sa.Column("new_principle_number", sa.Integer(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.CheckConstraint("item_kind IN ('annotation', 'amendment', 'link')", name="ck_anchor_review_kind"),
        sa.CheckConstraint("status IN ('exact', 'moved', 'fuzzy', 'orphan')", name="ck_anchor_review_status"),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["new_document_id"], ["document.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["old_document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_kind", "item_id"),
    )
    with op.batch_alter_table("anchor_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_anchor_review_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_anchor_review_new_document_id"), ["new_document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_anchor_review_old_document_id"), ["old_document_id"], unique=False)

    op.create_table(
        "search_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("revision", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("principle_id", sa.String(length=36), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('document', 'annotation', 'amendment')", name="ck_search_unit_kind"),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("search_unit", schema=None) as batch_op:
        batch_op.create_index("ix_search_unit_item", ["kind", "item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_search_unit_dossier_id"), ["dossier_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for statement in SEARCH_FTS_DDL_POSTGRESQL:
            op.execute(statement)
    else:
        op.execute(SEARCH_FTS_DDL)


def downgrade() -> None:
    op.execute("DROP TABLE search_fts")
    with op.batch_alter_table("search_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_unit_dossier_id"))
        batch_op.drop_index("ix_search_unit_item")
    op.drop_table("search_unit")
    with op.batch_alter_table("anchor_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_anchor_review_old_document_id"))
        batch_op.drop_index(batch_op.f("ix_anchor_review_new_document_id"))
        batch_op.drop_index(batch_op.f("ix_anchor_review_dossier_id"))
    op.drop_table("anchor_review")
    with op.batch_alter_table("passage_link_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_passage_link_revision_link_id"))
    op.drop_table("passage_link_revision")
    with op.batch_alter_table("passage_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_passage_link_faction_id"))
        batch_op.drop_index(batch_op.f("ix_passage_link_dossier_id"))
        batch_op.drop_index(batch_op.f("ix_passage_link_document_id"))
        batch_op.drop_index("ix_passage_link_principle_live")
    op.drop_table("passage_link")
    op.drop_table("document_page")
