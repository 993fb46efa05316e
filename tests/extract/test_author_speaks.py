"""A government's release speaks in the first person ("We call on X to ...", "I welcome ..."): the act stands with
the author as an unnamed party when no speaker is named, and with the speaker when one is ("X said: We urge Y").
A question put to a speaker asserts nothing. Sentences written for the project."""

from __future__ import annotations

from ._fictional import code, ids, only


def test_an_unnamed_author_still_makes_the_appeal(base_nlp, coder) -> None:
    event = only(code(base_nlp, coder, "We urge Rohan to withdraw its forces from the border."), "REQUEST")
    assert [(a.text, a.actor_id) for a in event.actor] == [("We", None)]
    assert ids(event.recipient) == ["ROH"]


def test_a_named_speaker_is_the_author(base_nlp, coder) -> None:
    event = only(code(base_nlp, coder, "Elrond said: We urge Rohan to withdraw its forces."), "REQUEST")
    assert ids(event.actor) == ["ELR"]


def test_an_object_pronoun_with_no_referent_is_still_no_party(base_nlp, coder) -> None:
    """Only the author's own "we"/"I" as subject stands for the author: "Gondor attacked us" names no target."""
    assert not [e for e in code(base_nlp, coder, "Gondor attacked us.") if e.recipient]


def test_a_question_asserts_nothing(base_nlp, coder) -> None:
    assert code(base_nlp, coder, "Elrond, did you discuss the border with Gondor?") == []
    assert code(base_nlp, coder, "Will Gondor attack Arnor again?") == []
    assert [e.event_type for e in code(base_nlp, coder, "Gondor attacked Arnor again.")] == ["ASSAULT"]


def _author_keys(nlp, article) -> list[str]:
    from annalyst.extract.document import analyze
    from annalyst.store.extractions import actor_key

    return [actor_key(a.actor_id, a.name) for e in analyze(article, nlp).events for a in e.actor if a.text == "We"]


def test_each_publishers_we_is_its_own_party(nlp) -> None:
    """Two publishers' unnamed "we" are two parties (keyed by site), one publisher's releases one party, and an
    article of no known site is its own author: an unknown "we" is never silently merged with another's."""
    from annalyst.models import Article, Published

    def release(aid: str, site: str | None, url: str | None = None) -> Article:
        return Article(id=aid, text="We urge Kenya and Somalia to resume talks on the disputed border.", site=site,
                       url=url, language="en", published=Published(date="2026-03-02", source="given"))

    first = _author_keys(nlp, release("a1", "foreign-office.example"))
    again = _author_keys(nlp, release("a2", "foreign-office.example"))
    other = _author_keys(nlp, release("a3", "ministry.example"))
    by_url = _author_keys(nlp, release("a4", None, "https://www.ministry.example/news/1"))
    bare = _author_keys(nlp, release("a5", None))
    assert first == again == ["text:the author (foreign-office.example)"]
    assert other == by_url == ["text:the author (ministry.example)"]
    assert bare == ["text:the author (article a5)"]


def test_solidarity_is_support_and_speaking_to_a_party_a_consultation(nlp) -> None:
    """The guideline's "the UK stands by Iraq" is SUPPORT; "spoke to his X counterpart" is a consultation, "spoke to
    reporters" none."""
    from ._fictional import events

    assert ids(only(events(nlp, "We stand with Ukraine."), "SUPPORT").recipient) == ["UKR"]
    assert ids(only(events(nlp, "The UK stands with the people of Turkey after the earthquake."),
                    "SUPPORT").recipient) == ["TUR"]
    assert ids(only(events(nlp, "Kenya's foreign minister spoke to his Ethiopian counterpart on Monday."),
                    "CONSULT").recipient) == ["ETH"]
    assert events(nlp, "The minister spoke to reporters in Nairobi on Monday.") == []
