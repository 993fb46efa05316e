"""Watchdog releases and alerts: a blank line ends a sentence (``document.mark_paragraphs``), so a headline without a
full stop is no subject of the report under it and a paragraph that ends with a quote lends nothing to the next; a
headline's passive without its auxiliary tells an act done to its subject (``relatives.headline_passive``).
Sentences written for the project; the full English pipeline."""

from __future__ import annotations

from ._fictional import analyzed, events


def _sentences(result) -> list[str]:
    return sorted({e.evidence[0].sentence for e in result.events})


def test_hrr17_headline_without_full_stop_is_its_own_sentence(nlp):
    text = ("Two bloggers detained after filming a rally\n\nAmman, 3 March 2026 - Jordanian police arrested the "
            "blogger Karim Nassar on Friday.")
    found = analyzed(nlp, text).events
    assert all("\n" not in e.evidence[0].sentence for e in found)
    arrest = [e for e in found if e.event_type == "COERCE" and "Nassar" in e.evidence[0].sentence]
    assert arrest and all(a.text != "Two bloggers" for e in arrest for a in e.actor)


def test_hrr17_quote_ending_a_paragraph_lends_no_speaker_to_the_next(nlp):
    text = ('"Those teachers should never have been held at all."\n\nThe panel of experts said the junta had '
            'shut three newspapers in May.')
    found = analyzed(nlp, text).events
    assert all(not e.evidence[0].sentence.startswith('"\n') for e in found)
    assert not any(e.event_type == "COERCE" and e.status == "negated" and "teachers" in
                   " ".join(r.text for r in e.recipient) and e.attributed_to for e in found)


def test_hrr17_closing_quote_stays_with_its_paragraph(nlp):
    text = ('The rights group said: "Soldiers beat the prisoners."\n\n"Guards later freed the prisoners," '
            'a former inmate said.')
    sentences = _sentences(analyzed(nlp, text))
    assert all(not s.startswith('"\n') and not s.startswith('"\n\n') for s in sentences)


def test_hrr17_one_paragraph_keeps_its_sentences(nlp):
    # negative: a single line break inside a paragraph is no boundary the change adds
    text = "Rebel fighters shelled the\ntown of Dara on Sunday, the monitor said."
    found = analyzed(nlp, text).events
    assert any(e.event_type == "ASSAULT" and "Dara" in e.evidence[0].sentence and "Rebel" in e.evidence[0].sentence
               for e in found)


def test_hrr17_headline_passive_without_auxiliary(nlp):
    found = events(nlp, "Reporter shot dead in Mogadishu")
    assault = [e for e in found if e.event_type == "ASSAULT"]
    assert assault and not any(assault[0].actor) and [r.text for r in assault[0].recipient] == ["Reporter"]


def test_hrr17_headline_with_object_stays_active(nlp):
    # negative: an active headline with an object keeps its doer
    found = events(nlp, "Gunmen shot two reporters in Mogadishu")
    assault = [e for e in found if e.event_type == "ASSAULT"]
    assert assault and [a.text for a in assault[0].actor] == ["Gunmen"]


def test_hrr17_full_sentence_with_subject_stays_active(nlp):
    # negative: a sentence with a full stop is no headline
    found = events(nlp, "Police arrested.")
    assert not any(e.event_type == "COERCE" and not e.actor and e.recipient for e in found)


def test_hrr17_paragraph_ending_with_a_colon_runs_on(nlp):
    # negative: "X said:" introduces the paragraph after it, whose acts it frames
    text = "The foreign minister of Arnor said:\n\nMilitias shelled the market in Dara."
    found = analyzed(nlp, text).events
    shelling = [e for e in found if e.event_type == "ASSAULT"]
    assert shelling and all("said:" in e.evidence[0].sentence for e in shelling)
