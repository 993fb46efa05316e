"""Military releases: a death told "as a result of" a strike or blast is that attack's toll, as one told "in" it is
("were killed as a result of a drone strike by X": one attack, by X, on the dead; "died as a result of a bomb blast":
the blast, on those who died), ``military._governor``. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

from ._fictional import events, only


def test_mil17_killed_as_a_result_of_a_strike_is_one_attack(nlp):
    found = events(nlp, "Nine al-Shabaab fighters were killed as a result of a drone strike by US Africa Command "
                        "near Jamaame.")
    e = only(found, "ASSAULT")
    assert e.actor and [r.name for r in e.recipient] == ["Al-Shabaab"]


def test_mil17_died_as_a_result_of_a_blast_names_the_dead(nlp):
    e = only(events(nlp, "Two soldiers died as a result of a roadside bomb blast near Kandahar."), "ASSAULT")
    assert [r.text for r in e.recipient] == ["Two soldiers"]


def test_mil17_killed_in_a_strike_and_other_results_unchanged(nlp):
    # negatives: "in" an air strike was already one attack; a result that is no death gives no attack of its own
    e = only(events(nlp, "Six Houthi fighters were killed in an air strike by coalition jets near Marib."), "ASSAULT")
    assert [r.text for r in e.recipient] == ["Six Houthi fighters"]
    assert [e.event_type for e in events(nlp, "The talks collapsed as a result of the attack on the embassy.")] == []
