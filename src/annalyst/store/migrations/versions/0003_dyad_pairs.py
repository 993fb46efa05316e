"""Dyad look-ups in time proportional to the dyad: ``cluster_pairs`` (one row per ordered pair of actor keys in a
cluster, with both sides, the cluster's date, type, status and score), kept in step with ``cluster_actors`` and
``clusters`` by triggers; an index on events by (status, date) for status-filtered event lists, and a covering one on
event actor rows by (actor key, date, side, event) that event lists walk without reading the table, for every key
(``text:<name>`` keys of actors not in the dictionary included).

Reading a dyad's series was a walk over every cluster of the busier actor (hundreds of thousands of index entries
for a country in a store of a million events); with this table it is one range of a covering index over the dyad's
own rows (the monthly series never touches the clusters table).
Writers do not change: the triggers derive the pairs from the ``cluster_actors`` rows they already write.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_COLUMNS = "a_key, b_key, cluster_id, side_a, side_b, date_start, event_type, status, score"

# pairs of the row ``r`` (NEW or OLD) with every other actor key of its cluster, in both orders (writers store the
# cluster row before its actor rows, so the cluster's type, status and score are there to copy)
_FORWARD = ("SELECT {r}.actor_key, o.actor_key, {r}.cluster_id, {r}.side, o.side, {r}.date_start, c.event_type, c.status, "
            "c.score FROM cluster_actors o JOIN clusters c ON c.id = o.cluster_id "
            "WHERE o.cluster_id = {r}.cluster_id AND o.actor_key <> {r}.actor_key")
_BACKWARD = ("SELECT o.actor_key, {r}.actor_key, {r}.cluster_id, o.side, {r}.side, o.date_start, c.event_type, c.status, "
             "c.score FROM cluster_actors o JOIN clusters c ON c.id = o.cluster_id "
             "WHERE o.cluster_id = {r}.cluster_id AND o.actor_key <> {r}.actor_key")
_RESCORE = ("UPDATE cluster_pairs SET event_type = NEW.event_type, status = NEW.status, score = NEW.score "
            "WHERE cluster_id = NEW.id")
_DELETE = ("DELETE FROM cluster_pairs WHERE cluster_id = {r}.cluster_id AND "
           "((a_key = {r}.actor_key AND side_a = {r}.side) OR (b_key = {r}.actor_key AND side_b = {r}.side))")


def upgrade() -> None:
    op.create_table(
        "cluster_pairs",
        sa.Column("a_key", sa.String(160), primary_key=True),
        sa.Column("b_key", sa.String(160), primary_key=True),
        sa.Column("cluster_id", sa.String(32), sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("side_a", sa.String(10), primary_key=True),
        sa.Column("side_b", sa.String(10), primary_key=True),
        sa.Column("date_start", sa.String(10)),
        sa.Column("event_type", sa.String(16)),
        sa.Column("status", sa.String(16)),
        sa.Column("score", sa.Float),
    )
    op.create_index("ix_cluster_pairs_dyad_date", "cluster_pairs",
                    ["a_key", "b_key", "date_start", "side_a", "side_b", "status", "event_type", "score", "cluster_id"])
    op.create_index("ix_cluster_pairs_cluster", "cluster_pairs", ["cluster_id"])
    op.create_index("ix_events_status_date", "events", ["status", "date_start"])
    op.create_index("ix_event_actors_key_date", "event_actors", ["actor_key", "date_start", "side", "event_id"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        new_f, new_b = _FORWARD.format(r="NEW"), _BACKWARD.format(r="NEW")
        op.execute(
            "CREATE TRIGGER cluster_pairs_insert AFTER INSERT ON cluster_actors BEGIN "
            f"INSERT OR IGNORE INTO cluster_pairs ({_COLUMNS}) {new_f}; "
            f"INSERT OR IGNORE INTO cluster_pairs ({_COLUMNS}) {new_b}; END"
        )
        op.execute(f"CREATE TRIGGER cluster_pairs_delete AFTER DELETE ON cluster_actors BEGIN {_DELETE.format(r='OLD')}; END")
        op.execute(
            "CREATE TRIGGER cluster_pairs_update AFTER UPDATE OF cluster_id, side, actor_key, date_start ON cluster_actors "
            f"BEGIN {_DELETE.format(r='OLD')}; "
            f"INSERT OR IGNORE INTO cluster_pairs ({_COLUMNS}) {new_f}; "
            f"INSERT OR IGNORE INTO cluster_pairs ({_COLUMNS}) {new_b}; END"
        )
        op.execute(f"CREATE TRIGGER cluster_pairs_rescore AFTER UPDATE OF event_type, status, score ON clusters BEGIN {_RESCORE}; END")
    elif dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION cluster_pairs_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP IN ('DELETE', 'UPDATE') THEN {_DELETE.format(r='OLD')}; END IF; "
            "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
            f"INSERT INTO cluster_pairs ({_COLUMNS}) {_FORWARD.format(r='NEW')} ON CONFLICT DO NOTHING; "
            f"INSERT INTO cluster_pairs ({_COLUMNS}) {_BACKWARD.format(r='NEW')} ON CONFLICT DO NOTHING; "
            "END IF; RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER cluster_pairs_sync AFTER INSERT OR UPDATE OR DELETE ON cluster_actors "
            "FOR EACH ROW EXECUTE FUNCTION cluster_pairs_sync()"
        )
        op.execute(
            f"CREATE OR REPLACE FUNCTION cluster_pairs_rescore() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {_RESCORE}; "
            "RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER cluster_pairs_rescore AFTER UPDATE OF event_type, status, score ON clusters "
            "FOR EACH ROW EXECUTE FUNCTION cluster_pairs_rescore()"
        )
    # pairs of the clusters already stored
    op.execute(
        f"INSERT INTO cluster_pairs ({_COLUMNS}) "
        "SELECT a.actor_key, b.actor_key, a.cluster_id, a.side, b.side, a.date_start, c.event_type, c.status, c.score "
        "FROM cluster_actors a JOIN cluster_actors b ON b.cluster_id = a.cluster_id AND b.actor_key <> a.actor_key "
        "JOIN clusters c ON c.id = a.cluster_id"
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("cluster_pairs_insert", "cluster_pairs_delete", "cluster_pairs_update", "cluster_pairs_rescore"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS cluster_pairs_sync ON cluster_actors")
        op.execute("DROP FUNCTION IF EXISTS cluster_pairs_sync()")
        op.execute("DROP TRIGGER IF EXISTS cluster_pairs_rescore ON clusters")
        op.execute("DROP FUNCTION IF EXISTS cluster_pairs_rescore()")
    op.drop_index("ix_event_actors_key_date", table_name="event_actors")
    op.drop_index("ix_events_status_date", table_name="events")
    op.drop_table("cluster_pairs")
