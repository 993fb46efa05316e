"""Armed movements and regional organisations beyond the project's first region are dictionary actors with their
sector codes, so the same party is one actor across reports ("Boko Haram fighters", "al-Shabaab militants") instead
of a new name per article; an acronym shared with another body ("RSF", "ADF") links only after the full name.
Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("sentence, event_type, actor_id", [
    ("Boko Haram fighters raided a village near Maiduguri on Monday.", "ASSAULT", "NGA-BOKO-HARAM"),
    ("Al-Shabaab militants attacked an army base in Lower Shabelle.", "ASSAULT", "SOM-AL-SHABAAB"),
    ("FARC dissidents ambushed a police patrol in Cauca.", "ASSAULT", "COL-FARC"),
    ("Hizbul Mujahideen militants attacked an army camp in Sopore on Monday.", "ASSAULT", "IND-HIZBUL-MUJAHIDEEN"),
    ("ULFA-I cadres abducted two tea garden workers in Tinsukia district.", "ASSAULT", "IND-ULFA"),
    ("The Economic Community of West African States (ECOWAS) imposed sanctions on Mali.", "SANCTION", "IGO-ECOWAS"),
    ("Mercosur signed a trade agreement with Singapore.", "AGREE", "IGO-MERCOSUR"),
])
def test_world_parties_are_dictionary_actors(nlp, sentence, event_type, actor_id) -> None:
    assert ids(only(events(nlp, sentence), event_type).actor) == [actor_id]


def test_a_shared_acronym_links_only_after_the_full_name(nlp) -> None:
    after = events(nlp, "The Rapid Support Forces shelled a market in El Fasher. The RSF also attacked a camp.")
    assert {a.actor_id for e in after for a in e.actor} == {"SDN-RSF"}
    alone = events(nlp, "The RSF condemned the arrest of two journalists in Khartoum.")
    assert "SDN-RSF" not in {a.actor_id for e in alone for a in e.actor}


@pytest.mark.parametrize("sentence, actor_id", [
    ("The UN chief condemned the attack on the aid convoy in Darfur.", "IGO-UN"),
    ("The IAEA chief will visit Tehran next week.", "IGO-IAEA"),
])
def test_a_bodys_chief_unnamed_speaks_for_the_body(nlp, sentence, actor_id) -> None:
    """"The UN chief" is the UN (as "the NATO chief" is NATO), never a new person called "UN chief"."""
    found = events(nlp, sentence)
    assert found and {a.actor_id for e in found for a in e.actor} == {actor_id}
