"""The event grammar: triggers, actors and recipients from the dependency parse, counts, evidence, scores.

Fictional actors (marked by hand as mentions) test the grammar without the actor dictionary."""

from __future__ import annotations

import pytest

from annalyst.extract.eventlex import lexicon, normalise_type, plover_for_cameo, score_for

from ._fictional import code, ids, only, parse

pytestmark = pytest.mark.slow


def test_events_passive_agent_is_actor_and_subject_is_recipient(base_nlp, coder):
    e = only(code(base_nlp, coder, "The activities of the Gondor movement were banned by the Arnor Supreme Court."), "COERCE")
    assert ids(e.actor) == ["ARN"] and ids(e.recipient) == ["GON"]
    assert e.cameo == "172" and e.mode == "restrict"


def test_events_compound_actor_is_one_event_with_an_actor_list(base_nlp, coder):
    events = code(base_nlp, coder, "Mordor was recognized by Arnor, Gondor and Rohan.")
    e = only(events, "SUPPORT")
    assert ids(e.actor) == ["ARN", "GON", "ROH"] and ids(e.recipient) == ["MOR"]
    assert e.context == ["diplomatic"] and e.cameo == "054"


def test_events_relative_clause_takes_its_antecedent_as_actor(base_nlp, coder):
    events = code(base_nlp, coder, "Arnor condemned Rohan, which attacked Mordor.")
    assert ids(only(events, "ASSAULT").actor) == ["ROH"]
    assert ids(only(events, "ACCUSE").recipient) == ["ROH"]


def test_events_possessive_request_to_recipient(base_nlp, coder):
    e = only(code(base_nlp, coder, "Gondor's request to Arnor was rejected."), "REQUEST")
    assert ids(e.actor) == ["GON"] and ids(e.recipient) == ["ARN"]


def test_events_light_verb_codes_its_noun(base_nlp, coder):
    e = only(code(base_nlp, coder, "Rohan carried out a bombing at the Gondor embassy in Minas Tirith."), "ASSAULT")
    assert e.mode == "explosives" and ids(e.actor) == ["ROH"] and ids(e.recipient) == ["GON"]
    assert e.evidence[0].trigger == "carried … bombing"


def test_events_counts_in_words_and_digits_without_extra_events(base_nlp, coder):
    events = code(base_nlp, coder, "Rohan attacked a market in Gondor, killing 12 people and injuring twenty-five.")
    e = only(events, "ASSAULT")
    assert (e.counts.killed, e.counts.injured) == (12, 25)


def test_events_multiword_trigger_remove_from_list(base_nlp, coder):
    e = only(code(base_nlp, coder, "Arnor removed Rohan from its list of terrorist organizations."), "CONCEDE")
    assert e.cameo == "081" and ids(e.recipient) == ["ROH"]
    assert not code(base_nlp, coder, "Arnor removed the statue from the square.")


def test_events_unknown_entity_kept_with_its_text(base_nlp, coder):
    e = only(code(base_nlp, coder, "Rebels attacked Gondor."), "ASSAULT")
    assert e.actor[0].actor_id == "agent:REB" and e.actor[0].text == "Rebels"  # with its sector (extract/agents.py)


def test_events_nothing_without_a_named_party(base_nlp, coder):
    assert code(base_nlp, coder, "Someone attacked a house.") == []


def test_events_purpose_infinitive_is_not_an_event(base_nlp, coder):
    events = code(base_nlp, coder, "Arnor sent troops to attack Mordor.")
    assert [e.event_type for e in events] == ["MOBILIZE"]
    assert events[0].recipient == []


def test_events_nominalisation_with_its_own_actor(base_nlp, coder):
    e = only(code(base_nlp, coder, "The Gondor withdrawal from Rohan surprised Arnor."), "RETREAT")
    assert ids(e.actor) == ["GON"] and ids(e.recipient) == ["ROH"] and e.mode == "withdraw"


def test_events_attribute_infinitive_first_country_to(base_nlp, coder):
    e = only(code(base_nlp, coder, "Arnor is the first country to recognize Mordor."), "SUPPORT")
    assert ids(e.actor) == ["ARN"] and ids(e.recipient) == ["MOR"]


def test_events_evidence_offsets_point_at_the_sentence(base_nlp, coder):
    text = "Gondor met Arnor. Rohan attacked Mordor on Monday."
    doc = parse(base_nlp, text)
    doc._.article_id = "a1"
    e = only(coder(doc), "ASSAULT")
    ev = e.evidence[0]
    assert text[ev.start:ev.end] == ev.sentence == "Rohan attacked Mordor on Monday."
    assert ev.trigger == "attacked" and ev.article_id == "a1"


def test_events_plover_score_and_quad_class(base_nlp, coder):
    e = only(code(base_nlp, coder, "Arnor accused Gondor of corruption."), "ACCUSE")
    assert e.score == -3.5 and e.mode == "allege" and e.quad_class == "verbal conflict"
    assert score_for("ACCUSE", None) == (-3.0, "verbal conflict")  # the manual prints 3: read as -3
    assert score_for("AID", None) == (10.0, "material cooperation")


def test_events_stated_intent_is_agree_or_threaten(base_nlp, coder):
    e = code(base_nlp, coder, "Gondor is ready to visit Rohan next week, the foreign minister of Gondor said.")
    assert [x.event_type for x in e] == ["AGREE"] and e[0].status == "attributed"
    v = code(base_nlp, coder, "Gondor will visit Rohan next week, the foreign minister of Gondor said.")
    assert [x.event_type for x in v] == ["CONSULT"] and v[0].status == "predicted"  # a visit announced: planned
    t = code(base_nlp, coder, "Arnor said it would blockade Mordor.")
    assert [x.event_type for x in t] == ["THREATEN"]


def test_events_cameo_map_and_legacy_types():
    assert plover_for_cameo("054")["event_type"] == "SUPPORT"
    assert plover_for_cameo("1032") == {"event_type": "REQUEST", "mode": "assist", "context": ["military"],
                                         "label": "Demand military aid"}
    assert normalise_type("DISAPPROVE") == ("ACCUSE", "disapprove")
    assert normalise_type("FIGHT") == ("ASSAULT", None)
    assert lexicon().noun("bombing").event_type == "ASSAULT"


def test_events_anaphoric_action_takes_the_lead_event_kind(base_nlp, coder):
    events = code(base_nlp, coder, "Arnor recognized Mordor on Monday. Gondor may follow suit next week.")
    follow = [e for e in events if e.evidence[0].trigger.startswith("follow")]
    assert len(follow) == 1
    assert (follow[0].event_type, ids(follow[0].actor), ids(follow[0].recipient), follow[0].status) == \
        ("SUPPORT", ["GON"], ["MOR"], "predicted")
    own = code(base_nlp, coder, "Arnor recognized Mordor on Monday. Rohan took steps to enhance freedoms.")
    assert [e.evidence[0].trigger for e in own] == ["recognized"]


def test_events_lifting_revoking_or_suspending_a_ban_is_concede(base_nlp, coder):
    for text in ("Arnor lifted the ban on Rohan.", "Arnor revoked the designation of Rohan as a terrorist group."):
        e = only(code(base_nlp, coder, text), "CONCEDE")
        assert (ids(e.actor), ids(e.recipient), e.cameo, e.context) == (["ARN"], ["ROH"], "081", ["legal"])
    assert not code(base_nlp, coder, "Arnor lifted the box onto the table of Rohan.")


def test_events_ruling_author_acts_in_an_agentless_passive(base_nlp, coder):
    e = only(code(base_nlp, coder, "According to Arnor's ruling, the curfew on Rohan has been lifted."), "CONCEDE")
    assert ids(e.actor) == ["ARN"] and e.status == "asserted" and e.attributed_to is None
    assert not code(base_nlp, coder, "The curfew on Rohan has been lifted.")  # nobody acts


def test_events_anaphoric_ban_takes_the_banned_party_of_the_latest_ban(base_nlp, coder):
    text = ("The activities of the Rohan movement were banned by Arnor in 2003. Gondor attacked Mordor in 2010. "
            "In 2025, according to a decision of Arnor, this ban was suspended.")
    e = only(code(base_nlp, coder, text), "CONCEDE")
    assert (ids(e.actor), ids(e.recipient), e.date.start) == (["ARN"], ["ROH"], "2025-01-01")
    # no earlier ban: the ban names nobody, the event has no recipient
    lone = only(code(base_nlp, coder, "Gondor attacked Mordor in 2010. According to Arnor's ruling, this ban was "
                                      "suspended."), "CONCEDE")
    assert lone.recipient == []


def _quoted(base_nlp, text):
    from annalyst.extract.quotes import find_quotes

    doc = parse(base_nlp, text)
    doc._.quotes = find_quotes(doc)
    return doc


def test_events_first_person_in_a_quote_is_the_speaker_and_them_the_group(base_nlp, coder):
    text = ('Elrond stated that the Rohan fighters are becoming "an ally of ours, and we should support them in all '
            'aspects, including arming them."')
    events = coder(_quoted(base_nlp, text))
    assert [e.event_type for e in events] == ["AID"]  # the support is the arming the gerund spells out
    e = events[0]
    assert (ids(e.actor), ids(e.recipient), e.status, e.attributed_to, e.context) == \
        (["ELR"], ["ROH"], "proposed", "Elrond", ["military"])
    assert coder(_quoted(base_nlp, 'Elrond said: "We will never attack them."')) == []  # no group to be "them"
    # first person outside a quote: the text's author, a party it does not name (tests/extract/test_author_speaks.py)
    assert [[(a.text, a.actor_id) for a in e.actor] for e in code(base_nlp, coder, "We attacked Mordor.")] == \
        [[("We", None)]]


def test_events_them_refers_to_the_last_plural_or_coordinated_group(base_nlp, coder):
    e = only(code(base_nlp, coder, "Arnor met Gondor and Rohan on Monday. Mordor attacked them the next day."), "ASSAULT")
    assert ids(e.actor) == ["MOR"] and ids(e.recipient) == ["GON", "ROH"]
    # two people are not a group that "them" names
    assert [e.event_type for e in code(base_nlp, coder, "Elrond met Faramir. Mordor attacked them.")] == ["CONSULT"]


def test_events_things_and_ideas_are_no_parties_but_people_and_documents_are(base_nlp, coder):
    assert code(base_nlp, coder, "Trade between the two countries reached Gondor.") == []
    assert code(base_nlp, coder, "Recognition gives Gondor a seat at the table.") == []
    e = only(code(base_nlp, coder, "Farmers attacked Gondor."), "ASSAULT")
    assert e.actor[0].text == "Farmers"
    e = only(code(base_nlp, coder, "A roadside bombing killed two soldiers of Gondor."), "ASSAULT")
    assert e.actor[0].text == "roadside bombing"
    e = only(code(base_nlp, coder, "Rohan issued a declaration demanding that Gondor withdraw."), "REQUEST")
    assert ids(e.actor) == ["ROH"]


def test_events_finite_conjunct_has_its_own_status_and_subject(base_nlp, coder):
    text = "Elrond said Gondor would not allow any group to harm Rohan and welcomed investment from Arnor."
    welcome = next(e for e in code(base_nlp, coder, text) if e.evidence[0].trigger == "welcomed")
    assert welcome.event_type == "SUPPORT" and ids(welcome.actor) == ["ELR"] and welcome.status == "asserted"
    shell = next(e for e in code(base_nlp, coder, "Gondor did not attack Rohan and shelled Mordor.")
                 if e.evidence[0].trigger == "shelled")
    assert shell.status == "asserted"


def test_events_particle_light_verb_with_a_plain_object_is_no_event(base_nlp, coder):
    assert code(base_nlp, coder, "Rohan has stepped up deportations of Gondor citizens.") == []
    e = only(code(base_nlp, coder, "Rohan stepped up attacks on Gondor."), "ASSAULT")
    assert ids(e.actor) == ["ROH"]


def test_events_unknown_organisation_of_a_known_actor_acts_for_it(base_nlp, coder):
    from spacy.tokens import Span

    doc = parse(base_nlp, "Rohan's Ministry of Water rejected Gondor's demands.")
    ministry = next(i for i, t in enumerate(doc) if t.text == "Ministry")
    doc.spans["mentions"] = list(doc.spans["mentions"]) + [
        Span(doc, ministry, ministry + 3, label="unknown", kb_id="new:ministry-of-water")]
    e = only(coder(doc), "REJECT")
    assert ids(e.actor) == ["ROH"]


def test_events_title_names_its_holder_before_a_closing_comma(base_nlp, coder):
    e = only(code(base_nlp, coder, "The Gondor king's special envoy for Rohan, Faramir, held talks with Elrond."),
             "CONSULT")
    assert ids(e.actor) == ["FAR"]


def test_events_a_word_of_a_persons_name_is_no_place(nlp):
    """With the full pipeline (places and gazetteer): "Khan" in a name is not the town it also spells."""
    talks = next(e for e in nlp("The envoy of Gondor held talks with Faramir Khan Baradar on Monday.")._.events
                 if e.event_type == "CONSULT")
    assert talks.location is None
    there = next(e for e in nlp("The envoy of Gondor held talks with Faramir Baradar in Haan on Monday.")._.events
                 if e.event_type == "CONSULT")
    assert there.location is not None and there.location.name == "Haan"


def test_events_a_weekday_is_never_a_party_even_when_marked_as_a_mention(base_nlp, coder):
    from spacy.tokens import Span

    doc = parse(base_nlp, "Monday's attack on Rohan shocked Gondor. Arnor met Gondor on Friday.")
    marked = [Span(doc, t.i, t.i + 1, label="unknown", kb_id=f"new:{t.lower_}") for t in doc
              if t.text in ("Monday", "Friday")]
    doc.spans["mentions"] = list(doc.spans["mentions"]) + marked
    parties = {a.name for e in coder(doc) for a in e.actor + e.recipient}
    assert parties and not parties & {"Monday", "Friday"}


def test_events_accusations_by_a_party_name_their_author_not_the_clause_inside(base_nlp, coder):
    e = only(code(base_nlp, coder, "Rohan rejected accusations by Gondor officials that the attack had been planned "
                                   "on Arnor soil."), "REJECT")
    assert ids(e.actor) == ["ROH"] and ids(e.recipient) == ["GON"]


def test_events_warning_that_a_side_could_strike_is_a_threat(base_nlp, coder):
    e = only(code(base_nlp, coder, "Elrond warned that Gondor could strike Rohan if the attacks continued."), "THREATEN")
    assert (ids(e.actor), ids(e.recipient), e.attributed_to) == (["GON"], ["ROH"], "Elrond")
    said = code(base_nlp, coder, "Elrond said that Gondor could strike Rohan.")  # a forecast, no threat
    assert [x.event_type for x in said] == ["ASSAULT"] and said[0].status == "predicted"
