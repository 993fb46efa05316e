"""``cluster --rebuild`` counts each article link once; stored actor names never keep bidi override controls."""

from __future__ import annotations

import json

import sqlalchemy as sa
from typer.testing import CliRunner

from annalyst import Annalyst
from annalyst.analyze.runner import ClusterStats, cluster_articles
from annalyst.cli import app
from annalyst.store import schema as t

TEXT = ("The harbour council of Lakeport voted on Monday to close the old ferry pier for repairs, and the mayor said "
        "the new timetable would start in the spring after a public hearing at the town hall next month. ") * 3


def test_rebuild_reports_each_link_once(tmp_path):
    src = tmp_path / "two.jsonl"
    rows = [{"url": f"https://paper{i}.example/pier", "title": "Lakeport pier closes", "text": TEXT,
             "published": "2025-03-03"} for i in (1, 2)]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with Annalyst(db=str(tmp_path / "s.db")) as an:
        report = an.ingest([str(src)])
        ids = [a.id for a in an.store.list_articles(limit=10)]
        assert len(ids) == 2, report
        first = cluster_articles(an.store, ids)
        again = cluster_articles(an.store, ids, stats=ClusterStats())  # what a rebuild does: both ends re-linked
        with an.store.read() as conn:
            stored = conn.execute(sa.select(sa.func.count()).select_from(t.article_links)).scalar_one()
    assert stored == 1
    assert first.links == 1 and again.links == 1
    assert "_pairs" not in again.to_dict()


def test_bidi_override_characters_are_not_stored_in_actor_names(tmp_path):
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    name = "Lake\u202eport Council"
    result = runner.invoke(app, ["actors", "add", name, "--kind", "organisation", "--id", "U-LAKE",
                                 "--alias", "L\u2066PC\u2069", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["actors", "alias", "U-LAKE", "Lake\u202bport", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    with Annalyst(db=db) as an:
        actor = an.store.stored_actor("U-LAKE")
    assert actor.name == "Lakeport Council"
    texts = {a.text for a in actor.aliases}
    assert "LPC" in texts and "Lakeport" in texts
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in actor.name + "".join(texts))
