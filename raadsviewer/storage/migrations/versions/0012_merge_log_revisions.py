"""the merge log lists the revisions each merge added in one text, not a row per revision

Revision ID: 0012_merge_log_revisions
Revises: 0011_gin_pending_list

``merge_log_revision`` held a row per revision a merge added (with its item, whether the merge
made the item, and two indexes): a tenth of the pages a large merge wrote, read only to undo
the last merge and to say who brought a conflict's version. ``merge_log.revisions_json`` holds
the same ids, per kind (``{"annotation": [...], ...}``); the item of a revision is its
revision row's. Going back writes the rows again with their items; whether the merge made the
item was never read and is not kept (written as false).
"""

import json
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0012_merge_log_revisions"
down_revision = "0011_gin_pending_list"
branch_labels = None
depends_on = None

# the revision table of each kind and its item column (as in the models at this revision)
_REVISIONS = {
    "annotation": ("annotation_revision", "annotation_id"),
    "amendment": ("amendment_revision", "amendment_id"),
    "link": ("passage_link_revision", "link_id"),
    "motie": ("motie_revision", "motie_id"),
}


def upgrade() -> None:
    with op.batch_alter_table("merge_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revisions_json", sa.Text(), nullable=True))
    conn = op.get_bind()
    added: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for merge_id, kind, revision_id in conn.execute(
        sa.text("SELECT merge_id, kind, revision_id FROM merge_log_revision ORDER BY merge_id, kind, revision_id")
    ):
        added[merge_id][kind].append(revision_id)
    for merge_id in conn.execute(sa.text("SELECT id FROM merge_log")).scalars().all():
        conn.execute(
            sa.text("UPDATE merge_log SET revisions_json = :j WHERE id = :m"),
            {"j": json.dumps(added.get(merge_id, {}), sort_keys=True), "m": merge_id},
        )
    with op.batch_alter_table("merge_log", schema=None) as batch_op:
        batch_op.alter_column("revisions_json", existing_type=sa.Text(), nullable=False)
    with op.batch_alter_table("merge_log_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_log_revision_item_id"))
    op.drop_table("merge_log_revision")


def downgrade() -> None:
    conn = op.get_bind()
    logs = [
        (merge_id, json.loads(text))
        for merge_id, text in conn.execute(sa.text("SELECT id, revisions_json FROM merge_log"))
    ]
    # first: on SQLite the column goes by copying the table, and dropping the old one would
    # cascade to the rows below
    with op.batch_alter_table("merge_log", schema=None) as batch_op:
        batch_op.drop_column("revisions_json")
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
    insert = sa.text(
        "INSERT INTO merge_log_revision (merge_id, kind, revision_id, item_id, item_created) "
        "VALUES (:m, :k, :r, :i, :c)"
    )
    for kind, (table, item) in _REVISIONS.items():
        if not any(added.get(kind) for _merge_id, added in logs):
            continue
        item_of: dict[str, str] = dict(conn.execute(sa.text(f"SELECT id, {item} FROM {table}")).all())
        for merge_id, added in logs:
            rows = [{"m": merge_id, "k": kind, "r": r, "i": item_of[r], "c": False} for r in added.get(kind, ())]
            if rows:
                conn.execute(insert, rows)
