"""Articles whose extraction failed: the reason and when, so a later run skips them instead of stalling on them.

An article that is too large, too slow or breaks the coder is marked here with a one-line reason
(``extract_error``) and the time (``extract_failed_at``); ``annalyst extract`` leaves it out of the queue until
``--retry-failed`` clears the mark. The index serves the queue of articles still to extract.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("extract_error", sa.Text))
        batch.add_column(sa.Column("extract_failed_at", sa.String(32)))
    op.create_index("ix_articles_extract_failed", "articles", ["extract_failed_at"])


def downgrade() -> None:
    op.drop_index("ix_articles_extract_failed", table_name="articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("extract_failed_at")
        batch.drop_column("extract_error")
