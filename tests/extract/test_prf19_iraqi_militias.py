"""Profiles of Iraq's armed groups name Iran-backed militias of the Popular Mobilization Forces whose names hold
another group's ("Kata'ib Hezbollah", "Harakat al-Nujaba"): each is its own Iraqi group, not Lebanon's Hezbollah
(``resources/actors/region.jsonl``). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-06-02"


@pytest.mark.parametrize("text, group", [
    ("Kataib Hezbollah launched drones at a US base in Syria.", "IRQ-KATAIB-HEZBOLLAH"),
    ("Kata'ib Hizballah fighters shelled a US outpost near Erbil.", "IRQ-KATAIB-HEZBOLLAH"),
    ("Harakat al-Nujaba fired rockets at a US base in Anbar.", "IRQ-NUJABA"),
])
def test_prf19_iraqi_militia_is_its_own_group(nlp, text, group):
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert group in ids(event.actor) and "LBN-HEZBOLLAH" not in ids(event.actor)


def test_prf19_lebanese_hezbollah_kept(nlp):
    # negative: Hezbollah alone is still Lebanon's
    assert ids(only(events(nlp, "Hezbollah fired rockets at northern Israel.", DAY), "ASSAULT").actor) == \
        ["LBN-HEZBOLLAH"]
