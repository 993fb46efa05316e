"""The learned type model's WordNet features: what a verb is a kind of carries over to verbs the training sentences
never had. Invented sentences with invented or real names; the full English pipeline."""

from __future__ import annotations

import pytest

from annalyst.extract.typemodel import NONE, fit_types, token_features

pytestmark = pytest.mark.slow


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.lower_ == word)


def _wordnet(feats: list[str]) -> set[str]:
    return {f for f in feats if f.startswith("wn_")}


@pytest.mark.parametrize("text, word, expected", [
    ("Government jets strafed a rebel convoy near Idlib on Tuesday.", "strafed", {"wn_lex=competition",
                                                                                 "wn_hyp=attack"}),
    ("Artillery shelled the outskirts of Donetsk overnight.", "shelled", {"wn_lex=competition", "wn_hyp=attack"}),
    ("The Kenyan minister lauded Ethiopia's mediators.", "lauded", {"wn_lex=communication", "wn_hyp=praise"}),
])
def test_wnfeat_a_verb_gets_its_wordnet_kind(nlp, text, word, expected):
    """A verb, also one no training sentence had ("strafed", "shelled", "lauded"), gets the lexicographer file of
    its ordinary sense and the more general verbs above it: "strafe" and "shell" are kinds of "attack", "laud" of
    "praise" in WordNet, so the model can share what it learnt of the general verb."""
    assert expected <= _wordnet(token_features(_verb(nlp, text, word)))


@pytest.mark.parametrize("text, word", [
    ("Gondor blorked Rohan on Monday.", "blorked"),  # a verb WordNet lacks
    ("The attack on the convoy near Idlib killed four soldiers.", "attack"),  # a noun: the hierarchy is of verbs
])
def test_wnfeat_words_outside_the_verb_hierarchy_get_none(nlp, text, word):
    """A verb WordNet lacks gets no WordNet feature (nothing is guessed from its spelling), nor does a noun: the
    packaged hierarchy has verbs only."""
    assert not _wordnet(token_features(_verb(nlp, text, word)))


def test_wnfeat_a_model_types_an_unseen_verb_by_its_kind(nlp):
    """Trained on "attacked" (ASSAULT), "praised" (SUPPORT) and "said" (no event) alone, the model types "strafed"
    as ASSAULT and "lauded" as SUPPORT, verbs it never saw in the same construction: only their WordNet kinds tell
    the two apart (lemma and spelling features of an unseen verb are unknown to the model)."""
    rows = []
    for text, word, label in [("Gondor attacked Rohan.", "attacked", "ASSAULT"),
                              ("Gondor praised Rohan.", "praised", "SUPPORT"),
                              ("Gondor said nothing.", "said", NONE)]:
        rows.append((token_features(_verb(nlp, text, word)), label))
    model = fit_types(rows * 3, seed=17, min_count=1)

    def probs(text: str, word: str) -> dict[str, float]:
        return model.probs(token_features(_verb(nlp, text, word)))

    strafed, lauded = probs("Gondor strafed Rohan.", "strafed"), probs("Gondor lauded Rohan.", "lauded")
    assert max(strafed, key=lambda c: strafed[c]) == "ASSAULT"
    assert max(lauded, key=lambda c: lauded[c]) == "SUPPORT"
