"""Treaty exits in arms-control news: a withdrawal from a treaty named by its acronym ("the NPT", "New START") or
by a proper name ending in its kind of text ("the Chemical Weapons Convention") is a refusal (REJECT 120) with no
treaty for a recipient (``argwords.treaty_name``); a party's participation in, or obligations under, a treaty
suspended, and a ratification revoked, are refusals too; a treaty ratified is an agreement (AGREE 057). Troops
withdrawn, aid suspended and a candidacy withdrawn stay what they were. Sentences written for the project; the full
English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-10-04"


def _coded(found):
    return sorted((e.event_type, tuple(sorted(a.name for a in e.actor)), tuple(sorted(a.name for a in e.recipient)))
                  for e in found)


@pytest.mark.parametrize("text, coded", [
    ("Last spring Venezuela withdrew from the NPT after months of dispute.",
     [("REJECT", ("Venezuela",), ())]),
    ("Ukraine withdrew from the Budapest Memorandum Treaty in a televised session.",
     [("REJECT", ("Ukraine",), ())]),
    ("Belgrade pulled out of the CFE on Monday.",
     [("REJECT", ("Serbia",), ())]),
])
def test_nuc18_withdrawal_from_named_treaty_is_refusal(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    ("Minsk has suspended its participation in the missile accord.",
     [("REJECT", ("Belarus",), ())]),
    ("Tokyo froze its commitments under the fisheries pact.",
     [("REJECT", ("Japan",), ())]),
    ("The Serbian parliament voted on Friday to rescind its ratification of the arms convention.",
     [("REJECT", ("Serbia",), ())]),
])
def test_nuc18_suspended_participation_or_revoked_ratification_is_refusal(nlp, text, coded):
    assert [c[0] for c in _coded(events(nlp, text, DAY))] == [c[0] for c in coded]


@pytest.mark.parametrize("text, coded", [
    ("Chile ratified the fisheries convention in 2011.", [("AGREE", ("Chile",), ())]),
    ("Mongolia has never ratified the maritime pact.", [("AGREE", ("Mongolia",), ())]),
])
def test_nuc18_ratification_is_agreement(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    # negatives: forces withdrawn, aid suspended, a bid withdrawn, a treaty signed keep their coding
    ("Chad withdrew its troops from the Niger border on Sunday.", [("RETREAT", ("Chad",), ())]),
    ("Norway suspended aid to Mali after the coup.", [("SANCTION", ("Norway",), ("Mali",))]),
    ("The Peruvian senator withdrew her candidacy on Monday.", []),
])
def test_nuc18_other_withdrawals_and_suspensions_unchanged(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    # a law signed that revokes a ratification: the signer refuses; the ratification's owner is no recipient
    ("President Alexander Lukashenko signed a law on Tuesday rescinding Belarus's ratification of the arms convention.",
     [("REJECT", ("Alexander Lukashenko",), ())]),
    # negative: a ratification welcomed is aimed at the state that ratified
    ("Austria welcomed Brazil's ratification of the maritime pact.", [("SUPPORT", ("Austria",), ("Brazil",))]),
])
def test_nuc18_revoked_ratification_has_no_owner_recipient(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    ("Canada reimposed sanctions on Belarus's potash exports in March.", [("SANCTION", ("Canada",), ("Belarus",))]),
    # negative: power restored is no sanction
    ("Engineers restored power to the Colombian town.", []),
])
def test_nuc18_reimposed_sanctions_are_sanctions(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


def test_nuc18_party_convention_is_no_treaty_text(nlp):
    # a party's convention is an assembly, no treaty: it can act
    found = events(nlp, "The Republican National Convention endorsed the governor on Wednesday.", DAY)
    assert [e.event_type for e in found] == ["SUPPORT"]
