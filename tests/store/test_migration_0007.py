"""Migration 0007 (watching and alerts) goes down and up again on a real SQLite file and on PostgreSQL: down, its
seven tables are gone and everything older is untouched; up again, they are back, empty, as the schema declares them,
and the watcher's writes work."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from annalyst.models import Article, Published
from annalyst.store import Store
from annalyst.store import schema as t
from annalyst.store.engine import _alembic_config, current_revision, migrate

TABLES = ("watch_sources", "watch_items", "watch_state", "cluster_snapshots", "cluster_changes", "alerts",
          "alert_matches")


def _article() -> Article:
    body = "Invented report: the council of Qalat-Nine met the envoy of the river towns on Monday."
    return Article(id="a" * 32, text=body, title="Invented", published=Published(date="2025-06-02", source="meta"))


def test_migration_0007_round_trips(store_url) -> None:
    store = Store(store_url)
    try:
        store.add_articles([_article()])
        with store.write() as conn:
            conn.execute(t.alerts.insert().values(name="ru-tb", filters={"actor": "RUS"}, created_at="2025-06-02",
                                                  cursor=0))
            conn.execute(t.watch_sources.insert().values(key="/inbox", kind="dir", errors=0, items_seen=3))
        engine = store.engine

        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0006")
        assert current_revision(engine) == "0006"
        inspector = sa.inspect(engine)
        assert set(TABLES).isdisjoint(inspector.get_table_names())
        assert {"articles", "clusters", "cluster_pairs", "events"} <= set(inspector.get_table_names())
        assert store.count_articles() == 1 and store.get_article("a" * 32).title == "Invented"

        migrate(engine, "0007")
        assert current_revision(engine) == "0007"
        inspector = sa.inspect(engine)
        for name in TABLES:
            table = t.metadata.tables[name]
            assert {c["name"] for c in inspector.get_columns(name)} == {c.name for c in table.columns}, name
            assert {i.name for i in table.indexes} <= {i["name"] for i in inspector.get_indexes(name)}, name
        with store.write() as conn:
            assert all(conn.execute(sa.select(sa.func.count()).select_from(t.metadata.tables[name])).scalar_one() == 0
                       for name in TABLES)
            conn.execute(t.alerts.insert().values(name="ru-tb", filters={"actor": "RUS"}, created_at="2025-06-03",
                                                  cursor=0))
            conn.execute(t.alert_matches.insert().values(alert="ru-tb", cluster_id="c1", reason="new", detail="",
                                                         record={"alert": "ru-tb"}, matched_at="2025-06-03"))
        with store.read() as conn:
            assert conn.execute(sa.select(t.alert_matches.c.record)).scalar_one() == {"alert": "ru-tb"}
        assert store.count_articles() == 1
    finally:
        store.close()
