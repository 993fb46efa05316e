"""Migration 0005 on a store that already holds clusters, in SQLite and PostgreSQL: the dyad pairs get their cluster's
end date, quad class and ``dated`` flag, the new triggers keep them in step, and the migration goes down and up again
without losing pairs."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from annalyst.store.engine import _alembic_config, make_engine, migrate


def _pairs(conn: sa.Connection) -> list[tuple]:
    rows = conn.execute(sa.text("SELECT a_key, b_key, cluster_id, side_a, side_b, date_start, status, date_end, "
                                "quad_class, dated FROM cluster_pairs ORDER BY a_key, cluster_id, b_key")).all()
    return [(*r[:-1], None if r[-1] is None else bool(r[-1])) for r in rows]


def _add_actor(conn: sa.Connection, cid: str, side: str, key: str, day: str) -> None:
    conn.execute(sa.text("INSERT INTO cluster_actors (cluster_id, side, actor_key, date_start) VALUES (:c, :s, :k, :d)"),
                 {"c": cid, "s": side, "k": key, "d": day})


def test_migration_0005_backfills_and_round_trips(store_url) -> None:
    engine = make_engine(store_url)
    try:
        migrate(engine, "0004")
        with engine.begin() as conn:
            for cid, start, end, quad in (("c1", "2024-05-01", "2024-05-03", "verbal cooperation"),
                                          ("c2", None, None, "material conflict")):
                conn.execute(sa.text(
                    "INSERT INTO clusters (id, event_type, status, date_start, date_end, quad_class, score, n_articles, "
                    "n_sources, first_reported, has_contradictions, record, updated_at) VALUES (:id, 'CONSULT', "
                    "'asserted', :s, :e, :q, 1.0, 1, 1, '2024-06-01', false, '{}', '2024-06-01')"),
                    {"id": cid, "s": start, "e": end, "q": quad})
                for side, key in (("actor", "RUS"), ("recipient", "AFG")):
                    _add_actor(conn, cid, side, key, start or "2024-06-01")
            assert conn.execute(sa.text("SELECT count(*) FROM cluster_pairs")).scalar_one() == 4  # 0003's triggers

        migrate(engine)
        with engine.begin() as conn:
            rows = _pairs(conn)
            assert [(r[2], r[5], r[7], r[8], r[9]) for r in rows if r[0] == "RUS"] == [
                ("c1", "2024-05-01", "2024-05-03", "verbal cooperation", True),
                ("c2", "2024-06-01", None, "material conflict", False),  # undated: the pair's date is the first report
            ]
            # the new triggers: a cluster's end date and quad class reach its pairs; new actor rows get them too
            conn.execute(sa.text("UPDATE clusters SET date_end = '2024-05-09', quad_class = 'verbal conflict' WHERE id = 'c1'"))
            _add_actor(conn, "c1", "recipient", "PAK", "2024-05-01")
            rows = [r for r in _pairs(conn) if r[2] == "c1"]
            assert len(rows) == 6
            assert {(r[7], r[8], r[9]) for r in rows} == {("2024-05-09", "verbal conflict", True)}
            before = _pairs(conn)

        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0004")
        with engine.begin() as conn:
            columns = {c["name"] for c in sa.inspect(conn).get_columns("cluster_pairs")}
            assert {"date_end", "quad_class", "dated"}.isdisjoint(columns)
            assert conn.execute(sa.text("SELECT count(*) FROM cluster_pairs")).scalar_one() == 8
            _add_actor(conn, "c2", "actor", "CHN", "2024-06-01")  # 0003's triggers are back
            assert conn.execute(sa.text("SELECT count(*) FROM cluster_pairs WHERE cluster_id = 'c2'")).scalar_one() == 6
            conn.execute(sa.text("DELETE FROM cluster_actors WHERE actor_key = 'CHN'"))
        migrate(engine)
        with engine.begin() as conn:
            assert _pairs(conn) == before
    finally:
        engine.dispose()
