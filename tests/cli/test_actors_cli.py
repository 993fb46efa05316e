"""``annalyst actors``: search across spellings, show, add, alias, merge (applied to stored data), import-phoenix."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from annalyst import Annalyst
from annalyst.cli import app
from annalyst.models import Event, EventActor, EventDate, Mention, ParseResult

runner = CliRunner()


def _run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, input=input)


#: an article written for this test: a person the dictionary does not know yet, and known actors
ARTICLE = ("Kabul ministry names new education adviser\n\n"
           "KABUL — Mohammad Hussain Sayed, a former teacher from Herat, was named adviser to the Taliban's education "
           "ministry on Sunday, officials said. Zamir Kabulov, Russia's envoy, welcomed the appointment.\n")


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "actors.db")
    assert _run("ingest", "-", "--published", "2025-07-24", "--db", path, input=ARTICLE).exit_code == 0
    return path


def test_actors_cli_search_finds_transliterations(db):
    for spelling in ("Kablov", "Кабулов", "Amr Khan Mutaqi"):
        rows = [json.loads(x) for x in _run("actors", "search", spelling, "--db", db, "--json").stdout.splitlines()]
        assert rows and rows[0]["id"] in ("P-ZAMIR-KABULOV", "P-AMIR-KHAN-MUTTAQI"), (spelling, rows[:1])


def test_actors_cli_show_has_dated_roles_and_scripts(db):
    shown = json.loads(_run("actors", "show", "AFG-TALIBAN", "--db", db, "--json").stdout)
    codes = {(r["code"], r["from"], r["to"]) for r in shown["roles"]}
    assert ("AFGGOV", "2021-08-15", None) in codes
    assert any(r["code"] == "AFGREB" and r["to"] for r in shown["roles"])
    assert {a["script"] for a in shown["aliases"]} >= {"Latn", "Arab"}
    assert "mentions" in shown


def test_actors_cli_add_alias_merge_apply_to_stored_data(db):
    with Annalyst(db=db) as an:
        [row] = an.articles()
        article = an.article(row.id)
        start = article.text.index("Mohammad Hussain Sayed")
        candidate = "new:mohammad-hussain-sayed"
        event = Event(id="ev1", article_id=article.id, event_type="SUPPORT",
                      actor=[EventActor(candidate, "Mohammad Hussain Sayed", "Mohammad Hussain Sayed")],
                      recipient=[EventActor("AFG-TALIBAN", "Taliban", "Kabul")], date=EventDate("2025-07-01", "2025-07-24"))
        from annalyst.models import Actor

        result = ParseResult(article=article, events=[event],
                             mentions=[Mention(article.id, start, start + 22, "Mohammad Hussain Sayed", candidate, 0.0)],
                             actors={candidate: Actor(candidate, "Mohammad Hussain Sayed", "person")})
        an.store.save_extractions([(article.id, result)], "test")

    added = _run("actors", "add", "Mohammad Hussain Sayed", "--kind", "person", "--country", "AFG",
                 "--role", "AFGEDU:2020-01-01", "--db", db)
    assert added.exit_code == 0 and "1 stored articles queued" in added.stderr
    merged = _run("actors", "merge", "U-MOHAMMAD-HUSSAIN-SAYED", candidate, "--db", db)
    assert merged.exit_code == 0, merged.stderr
    assert "1 mentions" in merged.stderr and "1 events" in merged.stderr
    with Annalyst(db=db) as an:
        [ev] = an.store.events(actor="U-MOHAMMAD-HUSSAIN-SAYED")
        assert ev.actor[0].actor_id == "U-MOHAMMAD-HUSSAIN-SAYED"
        assert an.store.events(actor=candidate) == []
        assert an.store.mention_count("U-MOHAMMAD-HUSSAIN-SAYED") == 1
        assert an.dictionary().resolve_id(candidate) == "U-MOHAMMAD-HUSSAIN-SAYED"
        assert an.store.count_articles() == 1
    alias = _run("actors", "alias", "U-MOHAMMAD-HUSSAIN-SAYED", "M. H. Sayed", "--db", db)
    assert alias.exit_code == 0
    shown = json.loads(_run("actors", "show", "U-MOHAMMAD-HUSSAIN-SAYED", "--db", db, "--json").stdout)
    assert "M. H. Sayed" in [a["text"] for a in shown["aliases"]]
    assert shown["roles"] == [{"code": "AFGEDU", "from": "2020-01-01", "to": None}]


#: a dictionary in Phoenix's format written for this test (the real files are checked in tests/extract/test_phoenix.py)
PHOENIX = """\
# two entries and a broken one
VLADIMIR_PUTIN_  # a comment
+PRESIDENT_PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV >080508]
KARIM_NAZARI_
+K._NAZARI
\t[AFGGOV >20210815]
BROKEN_ENTRY [XYZ 9913-1]
"""


def test_actors_cli_import_phoenix_keeps_dated_roles(db, tmp_path):
    path = tmp_path / "sample.actors.txt"
    path.write_text(PHOENIX, encoding="utf-8")
    result = _run("actors", "import-phoenix", path, "--db", db)
    assert result.exit_code == 0
    assert "imported 3 actors, skipped 1 lines" in result.stderr and "cannot read the dates in [XYZ 9913-1]" in result.stderr
    rows = [json.loads(x) for x in _run("actors", "search", "Vladimir Putin", "--db", db, "--json", "--limit", "20").stdout.splitlines()]
    phx = [r for r in rows if r["id"].startswith("phx:")]
    assert phx and any(role["code"] == "RUSGOV" and role["from"] == "2008-05-08" for r in phx for role in r["roles"])


def test_actors_cli_bad_role_is_a_usage_error(db):
    result = _run("actors", "add", "X", "--role", "AFGGOV:yesterday", "--db", db)
    assert result.exit_code == 2 and "not a date" in result.stderr
