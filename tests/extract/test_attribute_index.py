"""The model's attribute ruler matched by an index (``extract/attributes.py``): the same matches and the same
annotations as spaCy's ``Matcher``, later rules still winning, and the ``Matcher`` kept for patterns beyond it."""

from __future__ import annotations

import json

import pytest
import spacy

from annalyst.extract.attributes import RulerIndex, index_attribute_ruler

# invented text: contractions and colloquial forms the model's multi-token patterns are for, and spaces
_INVENTED = [
    "The envoy ain't coming, and the rebels are gonna shell the depot; let's see what they gotta say.",
    "We can't and won't accept it, the minister said.  \n\n  Y'all heard the governor: they didn't sign.",
    "Troops   withdrew from the town on Monday after talks in Doha broke down.",
]


def _demo_texts() -> list[str]:
    from importlib.resources import files

    path = files("annalyst") / "data" / "demo" / "articles.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _texts() -> list[str]:
    return _demo_texts() + _INVENTED


@pytest.fixture(scope="module")
def model():
    from annalyst.extract.pipeline import load_base_model

    return load_base_model()


def test_the_index_reads_every_pattern_of_the_model(model):
    assert RulerIndex.of(model.get_pipe("attribute_ruler")) is not None


def test_the_index_finds_the_matchers_matches_on_the_demo_corpus_and_invented_text(model):
    from spacy.strings import get_string_id

    ruler = model.get_pipe("attribute_ruler")
    index = RulerIndex.of(ruler)
    ids = [get_string_id(str(g)) for g in range(len(ruler.attrs))]
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(model.pipe(_texts()))
    multi = 0
    for doc in docs:
        expected = sorted(set(ruler.match(doc)))
        assert index.match(doc, ids) == expected
        multi += sum(1 for _, _, start, end in expected if end - start > 1)
    assert multi >= 2  # the invented contractions reach the patterns of several tokens


def test_a_pipeline_with_the_index_annotates_as_the_model_does(model):
    from annalyst.extract.pipeline import load_base_model

    indexed = load_base_model()
    assert index_attribute_ruler(indexed)
    assert indexed.get_pipe("attribute_ruler").match is not model.get_pipe("attribute_ruler").match
    for a, b in zip(model.pipe(_texts()), indexed.pipe(_texts())):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.ent_type_) for t in a] == \
            [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.ent_type_) for t in b]


def _ruler_pipeline(patterns: list[dict]) -> spacy.language.Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


def test_later_rules_still_win_and_runs_of_tokens_match():
    patterns = [
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"LOWER": {"IN": ["talks", "truce"]}}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": {"REGEX": "^talks?$"}}]], "attrs": {"LEMMA": "peace talk"},
         "index": 1},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "peace", "talks", "truce"]}}]], "attrs": {"POS": "X"}},
    ]
    plain, indexed = _ruler_pipeline(patterns), _ruler_pipeline(patterns)
    assert index_attribute_ruler(indexed)
    text = "the peace talks  and the truce"
    a, b = plain(text), indexed(text)
    assert [(t.pos_, t.lemma_) for t in b] == [(t.pos_, t.lemma_) for t in a]
    assert b[2].pos_ == "NOUN" and b[2].lemma_ == "peace talk"  # the second rule on "talks" overrides the first
    assert b[1].pos_ == "" and b[4].pos_ == "X" and b[6].pos_ == "NOUN"
    assert b[3].is_space and b[3].pos_ == "X"  # the space rule, then the later NOT_IN rule over it


def test_a_pattern_beyond_the_index_keeps_the_matcher():
    nlp = _ruler_pipeline([{"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], "attrs": {"POS": "ADJ"}}])
    ruler = nlp.get_pipe("attribute_ruler")
    before = ruler.match
    assert not index_attribute_ruler(nlp)
    assert ruler.match == before
    assert nlp("very very big")[1].pos_ == "ADJ"


def test_a_pipeline_without_a_ruler_is_left_alone():
    assert not index_attribute_ruler(spacy.blank("en"))
