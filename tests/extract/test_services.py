"""One pipeline, one set of services: every component of ``build_pipeline(settings, dictionary)`` links and resolves
against the dictionary it is given (the workspace's, with the user's actors), settings reach the components that
read them, and a model or resource that cannot be loaded is a ``ModelError`` instead of quieter output.

Texts are invented for these tests.
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

from annalyst import Annalyst
from annalyst.cli import app
from annalyst.errors import ModelError
from annalyst.actors.dictionary import ActorDictionary
from annalyst.extract.pipeline import build_pipeline, pipeline_dictionary
from annalyst.models import Actor, Alias, Article, Published, Role
from annalyst.settings import Settings

#: a capital as the recipient of a non-physical act (metonymy: the government it stands for) and a place whose
#: country is the event's party (place-country resolution)
METONYM = "Pakistan criticised Dushanbe on Monday."
PLACED = "A market in Khujand was attacked on Monday."  # an agentless report keeps the place's country
DAY = "2026-11-02"


def _recipients(an: Annalyst, text: str) -> list[tuple[str | None, str]]:
    events = an.parse(text, published=DAY, language="en").events
    return [(a.actor_id, a.name) for e in events for a in e.recipient]


def test_an_actor_added_with_the_api_is_seen_by_metonymy_and_place_country(tmp_path):
    with Annalyst(db=str(tmp_path / "s.db")) as an:
        assert _recipients(an, METONYM) == [("TJK", "Tajikistan")]
        assert _recipients(an, PLACED) == [("TJK", "Tajikistan")]
        # the user renames the country and records who governs it from October 2026
        an.add_actor(Actor(id="TJK", name="Republic of Tajikistan", kind="country", country="TJK",
                           roles=[Role(code="TJK")], aliases=[Alias("Tajikistan", "en", "Latn")]))
        an.add_actor(Actor(id="TJK-COUNCIL", name="Dushanbe Transitional Council", kind="government", country="TJK",
                           roles=[Role(code="TJKGOV", start="2026-10-01", title="government")]))
        assert _recipients(an, METONYM) == [("TJK-COUNCIL", "Dushanbe Transitional Council")]
        assert _recipients(an, PLACED) == [("TJK", "Republic of Tajikistan")]


def test_an_actor_added_with_the_cli_is_seen_by_the_next_parse(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "cli.db")

    def parse(text: str) -> list[tuple[str | None, str]]:
        result = runner.invoke(app, ["parse", "-", "--published", DAY, "--language", "en", "--json", "--db", db],
                               input=text, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return [(a["actor_id"], a["name"]) for e in json.loads(result.stdout)["events"] for a in e["recipient"]]

    added = runner.invoke(app, ["actors", "add", "Republic of Tajikistan", "--id", "TJK", "--kind", "country",
                                "--country", "TJK", "--alias", "Tajikistan", "--db", db], catch_exceptions=False)
    assert added.exit_code == 0, added.output
    assert parse(METONYM) == [("TJK", "Republic of Tajikistan")]
    assert parse(PLACED) == [("TJK", "Republic of Tajikistan")]


def test_every_component_gets_the_dictionary_it_is_built_with():
    dictionary = ActorDictionary()
    nlp = build_pipeline(Settings(), dictionary)
    assert pipeline_dictionary(nlp) is dictionary
    assert nlp.get_pipe("annalyst_events").coder.dictionary is dictionary


def test_the_link_threshold_setting_reaches_the_linker():
    text = "Amir Khan Mutaqi said the talks went well."
    article = Article(id="t", text=text, language="en", published=Published(DAY, "given"))
    from annalyst.extract.document import analyze

    linked = {m.text: m.actor_id for m in analyze(article, build_pipeline(Settings(link_threshold=0.86))).mentions}
    strict = {m.text: m.actor_id for m in analyze(article, build_pipeline(Settings(link_threshold=1.0))).mentions}
    assert linked["Amir Khan Mutaqi"] == "P-AMIR-KHAN-MUTTAQI"  # a misspelling, linked by fuzzy match
    assert strict["Amir Khan Mutaqi"] == "new:amir-khan-mutaqi"  # only exact names at 1.0


def test_a_model_that_cannot_be_loaded_is_a_model_error_naming_it():
    with pytest.raises(ModelError, match="no_such_model.*setting model"):
        build_pipeline(Settings(model="no_such_model"))


def test_an_unknown_component_is_a_model_error():
    with pytest.raises(ModelError, match="unknown component 'annalyst_nothing'"):
        build_pipeline(Settings(), components=("annalyst_nothing",))


@Language.component("test_unreadable_resource")
def _unreadable_resource(doc):
    if "Brokenword" in doc.text:
        raise ModelError("resources/test/lexicon.json cannot be read")
    if "Oddword" in doc.text:
        raise ValueError("an article the coder trips over")
    return doc


def test_a_model_error_stops_the_run_instead_of_marking_every_article_failed():
    from annalyst.extract.document import ExtractFailure, analyze_many

    nlp = spacy.blank("en")
    nlp.add_pipe("test_unreadable_resource")
    odd = [Article(id="a", text="Oddword here.", language="en"), Article(id="b", text="Plain text.", language="en")]
    results = dict(analyze_many(odd, nlp, failures=True))
    assert isinstance(results["a"], ExtractFailure) and not isinstance(results["b"], ExtractFailure)
    broken = [Article(id="c", text="Plain text.", language="en"), Article(id="d", text="Brokenword.", language="en")]
    with pytest.raises(ModelError, match="lexicon.json cannot be read"):
        list(analyze_many(broken, nlp, failures=True))
