"""A dyad's monthly series from ``cluster_pairs`` alone: the pairs also carry their cluster's end date, quad class
and whether the cluster has a date of its own (``date_start`` of a pair falls back to the first report), and the
covering index holds them.

Before, the series read the dyad's cluster ids from ``cluster_pairs`` and then looked up every one of them in
``clusters`` for those columns: for a busy pair in a store of 1M events (22,724 clusters) that was 26,913 index
probes into ``clusters``, most of the query's time, and the dyad p95 over 200 random pairs was 52-62 ms in
PostgreSQL (benchmarks/queries.py). The triggers of 0003 are replaced by ones that copy the new columns, and the
rescore trigger follows a cluster's end date and quad class as well as its type, status and score.

Revision ID: 0005
Revises: 0004
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS = "a_key, b_key, cluster_id, side_a, side_b, date_start, event_type, status, score, date_end, quad_class, dated"
_CLUSTER = "c.event_type, c.status, c.score, c.date_end, c.quad_class, c.date_start IS NOT NULL"
_FORWARD = (f"SELECT {{r}}.actor_key, o.actor_key, {{r}}.cluster_id, {{r}}.side, o.side, {{r}}.date_start, {_CLUSTER} "
            "FROM cluster_actors o JOIN clusters c ON c.id = o.cluster_id "
            "WHERE o.cluster_id = {r}.cluster_id AND o.actor_key <> {r}.actor_key")
_BACKWARD = (f"SELECT o.actor_key, {{r}}.actor_key, {{r}}.cluster_id, o.side, {{r}}.side, o.date_start, {_CLUSTER} "
             "FROM cluster_actors o JOIN clusters c ON c.id = o.cluster_id "
             "WHERE o.cluster_id = {r}.cluster_id AND o.actor_key <> {r}.actor_key")
_RESCORE = ("UPDATE cluster_pairs SET event_type = NEW.event_type, status = NEW.status, score = NEW.score, "
            "date_end = NEW.date_end, quad_class = NEW.quad_class, dated = NEW.date_start IS NOT NULL "
            "WHERE cluster_id = NEW.id")
_RESCORED = "event_type, status, score, date_start, date_end, quad_class"
_DELETE = ("DELETE FROM cluster_pairs WHERE cluster_id = {r}.cluster_id AND "
           "((a_key = {r}.actor_key AND side_a = {r}.side) OR (b_key = {r}.actor_key AND side_b = {r}.side))")
_INDEX = ["a_key", "b_key", "date_start", "side_a", "side_b", "status", "event_type", "score", "cluster_id"]
_NEW_INDEX = [*_INDEX, "date_end", "quad_class", "dated"]
_SQLITE_TRIGGERS = ("cluster_pairs_insert", "cluster_pairs_delete", "cluster_pairs_update", "cluster_pairs_rescore")


def _create_triggers(columns: str, forward: str, backward: str, rescore: str, rescored: str, delete: str) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        new_f, new_b = forward.format(r="NEW"), backward.format(r="NEW")
        op.execute(
            "CREATE TRIGGER cluster_pairs_insert AFTER INSERT ON cluster_actors BEGIN "
            f"INSERT OR IGNORE INTO cluster_pairs ({columns}) {new_f}; "
            f"INSERT OR IGNORE INTO cluster_pairs ({columns}) {new_b}; END"
        )
        op.execute(f"CREATE TRIGGER cluster_pairs_delete AFTER DELETE ON cluster_actors BEGIN {delete.format(r='OLD')}; END")
        op.execute(
            "CREATE TRIGGER cluster_pairs_update AFTER UPDATE OF cluster_id, side, actor_key, date_start ON cluster_actors "
            f"BEGIN {delete.format(r='OLD')}; "
            f"INSERT OR IGNORE INTO cluster_pairs ({columns}) {new_f}; "
            f"INSERT OR IGNORE INTO cluster_pairs ({columns}) {new_b}; END"
        )
        op.execute(f"CREATE TRIGGER cluster_pairs_rescore AFTER UPDATE OF {rescored} ON clusters BEGIN {rescore}; END")
    elif dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION cluster_pairs_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP IN ('DELETE', 'UPDATE') THEN {delete.format(r='OLD')}; END IF; "
            "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
            f"INSERT INTO cluster_pairs ({columns}) {forward.format(r='NEW')} ON CONFLICT DO NOTHING; "
            f"INSERT INTO cluster_pairs ({columns}) {backward.format(r='NEW')} ON CONFLICT DO NOTHING; "
            "END IF; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE OR REPLACE FUNCTION cluster_pairs_rescore() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {rescore}; "
            "RETURN NULL; END $$"
        )
        op.execute("DROP TRIGGER IF EXISTS cluster_pairs_rescore ON clusters")
        op.execute(
            f"CREATE TRIGGER cluster_pairs_rescore AFTER UPDATE OF {rescored} ON clusters "
            "FOR EACH ROW EXECUTE FUNCTION cluster_pairs_rescore()"
        )


def _drop_sqlite_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def upgrade() -> None:
    op.add_column("cluster_pairs", sa.Column("date_end", sa.String(10)))
    op.add_column("cluster_pairs", sa.Column("quad_class", sa.String(24)))
    op.add_column("cluster_pairs", sa.Column("dated", sa.Boolean))
    op.execute(
        "UPDATE cluster_pairs SET "
        "date_end = (SELECT c.date_end FROM clusters c WHERE c.id = cluster_pairs.cluster_id), "
        "quad_class = (SELECT c.quad_class FROM clusters c WHERE c.id = cluster_pairs.cluster_id), "
        "dated = (SELECT c.date_start IS NOT NULL FROM clusters c WHERE c.id = cluster_pairs.cluster_id)"
    )
    op.drop_index("ix_cluster_pairs_dyad_date", table_name="cluster_pairs")
    op.create_index("ix_cluster_pairs_dyad_date", "cluster_pairs", _NEW_INDEX)
    _drop_sqlite_triggers()
    _create_triggers(_COLUMNS, _FORWARD, _BACKWARD, _RESCORE, _RESCORED, _DELETE)


def downgrade() -> None:
    spec = importlib.util.spec_from_file_location("_dyad_pairs_0003", Path(__file__).with_name("0003_dyad_pairs.py"))
    old = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(old)  # type: ignore[union-attr]
    _drop_sqlite_triggers()  # (SQLite rebuilds the table to drop columns, which its triggers name)
    op.drop_index("ix_cluster_pairs_dyad_date", table_name="cluster_pairs")
    with op.batch_alter_table("cluster_pairs") as batch:
        for column in ("dated", "quad_class", "date_end"):
            batch.drop_column(column)
    op.create_index("ix_cluster_pairs_dyad_date", "cluster_pairs", _INDEX)
    _create_triggers(old._COLUMNS, old._FORWARD, old._BACKWARD, old._RESCORE, "event_type, status, score", old._DELETE)
