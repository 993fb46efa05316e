"""A claim of responsibility "saying it had targeted X" names whom the claimant says it aimed at: X is no recipient
of the attack in place of the party hit (invented text)."""

from __future__ import annotations

import pytest

from annalyst.extract.document import analyze
from annalyst.models import Article, Published


def _claims(nlp, text):
    article = Article(id="claim", text=text, language="en", published=Published(date="2026-03-03", source="given"))
    return [e for e in analyze(article, nlp).events if e.event_type == "ASSAULT" and e.evidence and
            e.evidence[0].trigger.startswith("claimed")]


@pytest.mark.parametrize("text", [
    "The death toll from Monday's bombing at a bus depot in Bannu rose to 12 on Tuesday, officials said.\n\n"
    "The Tehrik-i-Taliban Pakistan claimed responsibility for the attack in a message to reporters, saying it had "
    "targeted \"state collaborators\".",
    "Nine people died on Sunday when a bomb went off at a cattle fair in Bannu, police said.\n\n"
    "The Tehrik-i-Taliban Pakistan claimed responsibility for the bombing on Monday, saying it had targeted spies.",
])
def test_the_claimants_words_name_no_recipient(nlp, text):
    claims = _claims(nlp, text)
    assert claims and all(a.name == "Tehrik-i-Taliban Pakistan" for e in claims for a in e.actor)
    recipients = {a.name.lower() for e in claims for a in e.recipient}
    assert not any("collaborator" in r or "spies" in r or "spy" in r for r in recipients)
