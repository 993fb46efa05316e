"""Acts of force and arrests told in words the lists lacked, as military and police releases and wire news write
them: people hauled or dragged away by security forces are arrested; people mown down are killed; an armed target
taken out is struck; an ambush or a siege laid, a town encircled or besieged, a place reoccupied; a suspect nabbed is
arrested; an attack foiled did not happen. Negatives: the same verbs with goods, loans or sport. Sentences written
for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, event_type, mode", [
    ("Venezuelan security forces hauled away two opposition leaders in Caracas.", "COERCE", "arrest"),
    ("Intelligence officers dragged out a Venezuelan opposition leader from his home in Caracas.", "COERCE", "arrest"),
    ("Israeli police nabbed two Palestinian suspects in Hebron.", "COERCE", "arrest"),
    ("Gunmen mowed down six Nigerian soldiers in Borno.", "ASSAULT", None),
    ("Coalition aircraft took out an ISIL mortar position near Mosul.", "ASSAULT", None),
    ("Al-Shabaab fighters laid an ambush for a Somali army convoy near Baidoa.", "ASSAULT", None),
    ("Ethiopian forces laid siege to Mekelle in June.", "COERCE", "restrict"),
    ("Russian forces encircled Avdiivka.", "COERCE", "restrict"),
])
def test_force_and_arrests_in_other_words(nlp, text: str, event_type: str, mode: str | None) -> None:
    found = events(nlp, text)
    event = only(found, event_type)
    if mode is not None:
        assert event.mode == mode, kinds(found)


@pytest.mark.parametrize("text", [
    "Pakistani troops foiled a terrorist attack in Quetta.",
    "Kenyan police thwarted a bombing plot against the US embassy in Nairobi.",
    "The crew hauled away the rubble from the site.",
    "The minister took out a loan to fund the campaign.",
])
def test_no_act_told(nlp, text: str) -> None:
    """A foiled attack did not happen; goods hauled away and a loan taken out are no acts between parties."""
    assert [e for e in events(nlp, text) if e.event_type in ("ASSAULT", "COERCE")] == [], kinds(events(nlp, text))
