"""the search terms' GIN index (PostgreSQL) takes new units through its pending list

Revision ID: 0011_gin_pending_list
Revises: 0010_section_spans

With ``fastupdate = off`` every new unit went into the GIN index on its own, lexeme by lexeme:
two thirds of indexing a merge's notes on a server. With it on they go to the pending list and
into the index in one sorted pass, which the program does itself before it commits
(``search_index``), so a search still never scans the list. SQLite: nothing changes.
"""

from alembic import op

revision = "0011_gin_pending_list"
down_revision = "0010_section_spans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX ix_search_fts_terms SET (fastupdate = on)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # turning fastupdate off leaves what the list holds there: move it into the index first
        op.execute("SELECT gin_clean_pending_list('ix_search_fts_terms'::regclass)")
        op.execute("ALTER INDEX ix_search_fts_terms SET (fastupdate = off)")
