"""Watching and alerts: watched sources and claimed items, the journal of cluster changes, saved alerts and matches.

``annalyst watch`` keeps each source's polling state in ``watch_sources`` and claims every item it ingests in
``watch_items`` (the primary key is the claim: two watchers never ingest one item). After clustering it compares
changed clusters with ``cluster_snapshots`` and journals what changed in ``cluster_changes``; saved ``alerts`` read
the journal from their ``cursor`` and record ``alert_matches`` once per (alert, cluster, reason, detail).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_success", sa.String(32)),
        sa.Column("last_error", sa.Text),
        sa.Column("last_error_at", sa.String(32)),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("items_seen", sa.Integer, nullable=False),
        sa.Column("next_poll_at", sa.String(32)),
    )
    op.create_table(
        "watch_items",
        sa.Column("source_key", sa.Text, primary_key=True),
        sa.Column("item_key", sa.Text, primary_key=True),
        sa.Column("version", sa.String(80), primary_key=True),
        sa.Column("claimed_at", sa.String(32), nullable=False),
        sa.Column("owner", sa.Text),
        sa.Column("done_at", sa.String(32)),
        sa.Column("articles", sa.Integer),
        sa.Column("error", sa.Text),
    )
    op.create_table(
        "watch_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text),
    )
    op.create_table(
        "cluster_snapshots",
        sa.Column("cluster_id", sa.String(32), primary_key=True),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("resolution", sa.String(16)),
        sa.Column("contradictions", sa.Integer, nullable=False),
        sa.Column("seen_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "cluster_changes",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("cluster_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.UniqueConstraint("cluster_id", "kind", "detail", name="uq_cluster_changes"),
    )
    op.create_index("ix_cluster_changes_at", "cluster_changes", ["at"])
    op.create_table(
        "alerts",
        sa.Column("name", sa.String(80), primary_key=True),
        sa.Column("filters", JSON, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("cursor", sa.Integer, nullable=False),
        sa.Column("state", JSON),
    )
    op.create_table(
        "alert_matches",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("alert", sa.String(80), sa.ForeignKey("alerts.name", ondelete="CASCADE"), nullable=False),
        sa.Column("cluster_id", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(24), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("record", JSON, nullable=False),
        sa.Column("matched_at", sa.String(32), nullable=False),
        sa.Column("reported_at", sa.String(32)),
        sa.Column("posted_at", sa.String(32)),
        sa.UniqueConstraint("alert", "cluster_id", "reason", "detail", name="uq_alert_matches"),
    )
    op.create_index("ix_alert_matches_alert", "alert_matches", ["alert", "seq"])


def downgrade() -> None:
    op.drop_index("ix_alert_matches_alert", table_name="alert_matches")
    op.drop_table("alert_matches")
    op.drop_table("alerts")
    op.drop_index("ix_cluster_changes_at", table_name="cluster_changes")
    op.drop_table("cluster_changes")
    op.drop_table("cluster_snapshots")
    op.drop_table("watch_state")
    op.drop_table("watch_items")
    op.drop_table("watch_sources")
