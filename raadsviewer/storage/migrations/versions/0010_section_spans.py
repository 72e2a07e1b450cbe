"""sections as spans of their document's text: the body's offset instead of a copy of the body

Revision ID: 0010_section_spans
Revises: 0009_server

A section's body was a copy of the document's text from the end of its heading to the section's
end; a text without headings was held twice, and importing a 50 MB text wrote the copy as well.
The body always ended the span (``text == document.text[end - len(text) : end]``), so its start is
``end - length(text)``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_section_spans"
down_revision = "0009_server"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("section", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_start", sa.Integer(), nullable=True))
    op.execute('UPDATE section SET body_start = "end" - length(text)')
    with op.batch_alter_table("section", schema=None) as batch_op:
        batch_op.alter_column("body_start", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("text")


def downgrade() -> None:
    with op.batch_alter_table("section", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text", sa.Text(), nullable=False, server_default=""))
    op.execute(
        'UPDATE section SET text = (SELECT substr(document.text, section.body_start + 1, section."end" - section.body_start)'
        " FROM document WHERE document.id = section.document_id)"
    )
    with op.batch_alter_table("section", schema=None) as batch_op:
        batch_op.drop_column("body_start")
