"""Profiles and backgrounders: a party's record told as repeated acts, a trend, a long stretch or a vague tally is
no act the text reports (``records``, called by ``background``). Sentences written for the project; the full
English pipeline.

* an adverb of repetition on an undated past or present perfect act ("has often shelled"), or the occasions
  counted without a number ("on countless occasions"); an adverb of a trend ("increasingly"); an undated present
  perfect with "mainly";
* "over time", "over the decades", "throughout the 1970s" on the act or on the verb its participle hangs on;
* an undated present perfect whose object is a plural act noun counted vaguely ("has staged hundreds of raids").

Negatives: a dated act, a counted act ("conducted 14 strikes") and a single act keep their event.
"""

from __future__ import annotations

import pytest

from ._fictional import events, kinds

DAY = "2026-06-02"


@pytest.mark.parametrize("text", [
    "The Kivu Lions have often shelled villages along the lake shore.",
    "Its gunmen have abducted foreign engineers on countless occasions.",
    "During its rise the movement increasingly kidnapped local officials.",
    "The Kivu Lions have mainly targeted Congolese soldiers in the hills.",
    "Over the decades the front bombed railway lines and ambushed patrols in the south.",
    "Throughout the 1970s, the guerrillas raided farms near the Zambian border.",
    "Over time the sect earned a grim name, raiding schools and burning churches.",
    "The Kivu Lions have staged hundreds of raids on Ugandan army outposts.",
    "The cartel has committed numerous assassinations of Mexican judges.",
])
def test_prf19_record_is_no_event(nlp, text):
    assert kinds(events(nlp, text, DAY)) == []


@pytest.mark.parametrize("text, kind", [
    # negatives: a dated act, a counted act, a single act, a standing meeting
    ("The Kivu Lions often shelled villages on Monday, a local official said.", "ASSAULT"),
    ("Coalition forces conducted 14 strikes against ISIS near Raqqa.", "ASSAULT"),
    ("The Kivu Lions shelled a village along the lake shore last week.", "ASSAULT"),
    ("Ugandan troops have killed a rebel commander near the border.", "ASSAULT"),
    ("Rebels have repeatedly shelled the town since Friday, the mayor said.", "ASSAULT"),
    ("In 1978 the guerrillas raided a farm near the Zambian border.", "ASSAULT"),
])
def test_prf19_single_or_dated_act_kept(nlp, text, kind):
    assert kind in [k for k, _ in kinds(events(nlp, text, DAY))]
