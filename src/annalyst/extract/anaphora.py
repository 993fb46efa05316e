"""Events that refer back to earlier events of the same article (used by ``events.EventCoder``).

One look-up serves every case, ``antecedent(events, kinds)``: the article's lead event (its first event with a
recipient), or the latest earlier event of one of ``kinds``.

* **Anaphoric actions** ("Pakistan may take similar action", "X followed suit", "do the same"): an event of the lead
  event's kind, by the phrase's named actor, to the lead event's recipient, with the phrase's own status.
* **Anaphoric patients** ("this ban has been suspended", "welcomed the move"): a noun of the lexicon's
  ``anaphoric_nouns`` with a demonstrative or definite article names no party itself; it refers to the latest
  earlier event, in its sentence or the ``REACH`` (3) before, of a kind it can name (a ban: COERCE or SANCTION; a
  decision or move: any). An act that undoes it
  (CONCEDE, RETREAT: "lifted the ban") is done to that event's recipient (the banned party); a reaction to it
  ("welcomed the move", "condemned the decision") is addressed to that event's actor, and when the text gives the
  reaction no date it lies between the antecedent's date and publication.
* **The two sides** ("the two sides discussed ...", "talks between the two neighbours", "both countries"): the
  parties (actors and recipients) of the latest earlier meeting (else any event) that names two or more.
* **Claims of responsibility** ("X claimed responsibility for the attack", "X claimed the bombing", "the attack was
  claimed by X", "X claimed it"): an event of the attack noun's type (ASSAULT, with its mode) by X, ``attributed`` to
  X. Its target, place and date are the attack's: those of the noun's own phrase ("the Bannu attack last week"), else
  of the latest earlier attack noun of the article that names a place ("Monday's suicide bombing at a vegetable
  market in Bannu"), else the claim's own date.

* **Later deaths** ("two more victims died in hospital", "a wounded policeman succumbed to his injuries"): no new
  event; the number adds to the dead of the latest earlier ASSAULT of the article (``later_deaths``).

``admit(event, seen)`` is the last step of every event: a side lists an actor once ("the Gondor Liberation Front
(GLF)"), an actor is never also its own recipient (it is dropped from the recipient side), and an event already coded
(same type, sides, sentence and status) is not coded twice.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Token

from ..models import Event, EventDate
from .agents import AGENT_PREFIX, state_force
from .claims import Claim, claim_for
from .counts import number_of, date_for, location_for
from .eventargs import ArgValue, Args, is_passive, object_of, sentence_of
from .phrases import DEATH_VERBS
from .phrases import doc_text
from .phrases import pobjs
from .eventlex import Trigger, claim_cues

__all__ = ["later_deaths", "antecedent", "anaphoric_patient", "back_reference", "anaphoric_actions", "claimed_attacks", "claimed_object",
           "date_after", "admit", "is_anaphoric_action", "pair_parties", "recent_events", "UNDOING_TYPES"]

#: determiners that make a noun refer back ("this ban", "the move")
ANAPHORIC_DETS = frozenset({"this", "that", "these", "those", "the", "such"})
#: pronouns that, as the object of a reaction, stand for the act told just before ("we deplore this")
_BACK_PRONOUNS = frozenset({"this", "that", "it"})
#: reactions to an act, addressed to its actor ("deplored this", "rejects it", "welcomed that")
_REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
#: event types that undo the act an anaphoric noun names ("lifted the ban"): done to that act's recipient
UNDOING_TYPES = frozenset({"CONCEDE", "RETREAT"})
_ANAPHORIC_OBJECTS = frozenset({"action", "step", "measure", "suit", "example", "lead", "same"})
#: nouns of the thing claimed ("claimed responsibility for the attack")
_CLAIM_NOUNS = frozenset({"responsibility", "credit"})
_PRONOUNS = frozenset({"it", "this", "that"})
#: "the two sides", "both countries": the two parties of the latest event with both sides
_PAIR_NOUNS = frozenset({"side", "country", "government", "party", "neighbour", "neighbor", "nation", "leader",
                         "minister", "capital", "delegation", "state"})
#: events whose parties "the two sides" most likely are: those that bring them together
_MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _unique(side: list) -> list:
    out, keys = [], set()
    for actor in side:
        if actor.key not in keys:
            keys.add(actor.key)
            out.append(actor)
    return out


def admit(event: Event, seen: set[tuple]) -> bool:
    """List each actor once per side and drop recipients that are also actors of ``event``; True when no event with the same type, sides, sentence
    and status was admitted before (``seen`` is updated)."""
    event.actor = _unique(event.actor)
    actors = {a.key for a in event.actor}
    event.recipient = [r for r in _unique(event.recipient) if r.key not in actors]
    key = _admit_key(event)
    if key in seen:
        return False
    seen.add(key)
    return True


def _admit_key(event: Event) -> tuple:
    """What makes two events the same for ``admit``: type, sides, sentence and status."""
    return (event.event_type, tuple(a.name for a in event.actor), tuple(r.name for r in event.recipient),
            event.evidence[0].start if event.evidence else None, event.status, event.mode == "abduct",
            (event.cameo or "")[:3] if event.event_type == "COERCE" else None)
    # (an abduction and a killing of the abducted are two acts: "abducted a trader and later killed him"; so are
    # coercive measures of different CAMEO codes, as ``oneact.same_act`` holds: "blocked messaging apps and declared a
    # curfew")


def antecedent(events: list[Event], kinds: frozenset[str] | None = None) -> Event | None:
    """The earlier event an anaphor refers to, among ``events`` (in text order, all before the anaphor): with no
    ``kinds``, the article's lead event (its first event with a recipient: "take similar action"); else the latest
    event with a recipient whose type is in ``kinds`` (any type when ``kinds`` is empty: "this decision")."""
    if kinds is None:
        return next((e for e in events if e.recipient), None)
    return next((e for e in reversed(events) if e.recipient and (not kinds or e.event_type in kinds)), None)


#: how many sentences back an anaphoric noun may refer ("this ban", "the move")
REACH = 3


def recent_events(events: list[Event], token: Token) -> list[Event]:
    """The events stated in the ``REACH`` sentences before ``token``'s sentence, or in it."""
    sent = sentence_of(token)
    for _ in range(REACH):
        if sent.start == 0:
            break
        sent = sentence_of(token.doc[sent.start - 1])
    start = token.doc[sent.start].idx
    return [e for e in events if e.evidence and e.evidence[0].start >= start]


def date_after(event: Event, ante: Event, published: str | None) -> None:
    """An undated reaction to an earlier event lies between that event's date and publication."""
    if event.date.start or not ante.date.start:
        return
    end = str(published)[:10] if published else None
    if end is None or end < ante.date.start:
        end = ante.date.end or ante.date.start
    event.date = EventDate(start=ante.date.start, end=end, granularity="interval", text=None, anchor="antecedent")


# ------------------------------------------------------------------------------------------ anaphoric patients


#: kinds of nouns whose "of" phrase names what they are about, not who was acted on ("the accusation of genocide",
#: "the proposal of a truce"): their "of" phrase never stops the reference
_TOPIC_KINDS = frozenset({"ACCUSE", "AGREE"})


def _names_other_patient(patient: Token, kinds: frozenset[str], ante: Event, own: frozenset[str]) -> bool:
    """An act noun whose "of" phrase names who or what was acted on, and that one is not told in the antecedent's
    sentence ("The army shelled X. Y condemned the killing of a journalist in Z"), or is no patient of the noun's
    act at all (``own``, the noun's own object words: "welcomed the release of her new album"): the noun tells
    another act, and refers back to nothing. "Gunmen killed two aid workers. X condemned the killing of the aid
    workers" does refer back, and so does a phrase with a definite article the antecedent names otherwise ("Y bombed
    Gaza. X condemned the bombardment of the city")."""
    if not kinds or kinds & _TOPIC_KINDS or not ante.evidence:
        return False
    said = {w.strip(".,;:'\"()").lower() for w in ante.evidence[0].sentence.split()}
    for prep in (c for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            word = g.lemma_.lower()
            if g.lower_ in said or word in said or len(word) > 3 and any(w.startswith(word) for w in said):
                return False
            if own and g.pos_ not in ("PRON", "NUM") and word not in own and g.lower_ not in own:
                return True  # "the release of her new album": no release of people
            # "of them", "of the city": they refer back; "of a journalist", "of protesters", "of its own staff",
            # "of Navalny" (when the antecedent never names them) are others
            return g.pos_ not in ("PRON", "NUM") and not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in g.children)
    return False


def back_reference(tok: Token | None, event_type: str | None) -> bool:
    """``tok`` is a pronoun object of a reaction that stands for the act told just before ("Gondor deplores
    this", "Rohan rejects it"): it names no party itself; ``anaphoric_patient`` finds whom it is addressed to. In a
    relative clause ("NATO, which supported it") the pronoun is the clause's own business, left as it was."""
    return tok is not None and tok.lower_ in _BACK_PRONOUNS and tok.pos_ in ("PRON", "DET") and \
        tok.dep_ in ("dobj", "obj") and tok.head.dep_ not in ("relcl", "acl") and \
        event_type in _REACTION_TYPES


def anaphoric_patient(coder: Any, m: Any, events: list[Event]) -> tuple[list[ArgValue], Event | None]:
    """The recipient of an act on an anaphoric noun (module docstring) and, for a reaction, the antecedent (to date
    it by); ``([], None)`` when the patient is no such noun or nothing fits."""
    patient = m.token if m.light else object_of(m.anchor)
    if patient is not None and patient.tag_ in ("WDT", "WP"):
        patient = None  # "said that Kabul had agreed to the proposal", the "that" misread as an object
    if patient is None and not m.light:  # "agreed to the proposal", "responded to the accusation"
        patient = next(iter(pobjs([m.anchor], ("to", "on", "with"))), None)
    if patient is None:
        return [], None
    kinds = coder.lex.anaphoric_nouns.get(patient.lemma_.lower())
    if back_reference(patient, m.trigger.event_type):
        kinds = frozenset()  # "Rohan rejects this and deplores it": the act told just before
    elif kinds is None or not any(c.dep_ in ("det", "amod") and c.lower_ in ANAPHORIC_DETS for c in patient.children):
        # "such escalation": "such" is parsed as an adjective
        return [], None
    pool = recent_events(events, m.anchor)
    if back_reference(patient, m.trigger.event_type):  # an act of another party, told before the sentence
        start = patient.doc[sentence_of(patient).start].idx
        pool = [e for e in pool if e.evidence[0].start < start]
    ante = antecedent(pool, kinds)
    if ante is None and kinds and m.trigger.event_type not in UNDOING_TYPES:
        # "Gondor fired a missile into the sea. Arnor condemned the launch": a reaction is addressed to the act's
        # author, whether or not the act had a recipient
        ante = next((e for e in reversed(pool) if e.actor and e.event_type in kinds), None)
    noun = coder.lex.noun(patient.lemma_.lower())
    own = noun.conditions.get("obj", ()) if noun is not None else ()
    if ante is None or _names_other_patient(patient, kinds, ante, frozenset(own)):
        return [], None
    if m.trigger.event_type in UNDOING_TYPES:
        return [ArgValue(r, r.actor_id is not None, patient) for r in ante.recipient], None
    return [ArgValue(a, a.actor_id is not None, patient) for a in ante.actor], ante


# ------------------------------------------------------------------------------------------------- the two sides


def _is_pair(tok: Token) -> bool:
    if tok.lemma_.lower() not in _PAIR_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any((c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
               for c in tok.children)


def _unnamed_plural(party: Any) -> bool:
    """A party told only by a plural common noun ("the ministers" left unresolved): no side of a pair itself, so
    "the two sides" never stands for it and a partner of its act ("agreed to work with the United States")."""
    words = party.text.split()
    return party.actor_id is None and bool(words) and words[-1].islower() and words[-1].endswith("s")


def pair_parties(values: list[ArgValue], events: list[Event]) -> list[ArgValue]:
    """"The two sides discussed ...", "talks between the two neighbours": an unnamed pair of parties is the parties
    (actors and recipients) of the latest earlier meeting, agreement or cooperation with two or more, else of the
    latest earlier event with two or more (the rest of ``values`` is kept)."""
    if not any(not v.actor.actor_id and _is_pair(v.token) for v in values):
        return values
    pairs = [e for e in events if len(_unique(e.actor + e.recipient)) >= 2 and
             not any(_unnamed_plural(a) for a in e.actor + e.recipient)]
    ante = next((e for e in reversed(pairs) if e.event_type in _MEETING_TYPES), None) or (pairs[-1] if pairs else None)
    out: list[ArgValue] = []
    for v in values:
        if not v.actor.actor_id and _is_pair(v.token) and ante is not None:
            out.extend(ArgValue(a, a.actor_id is not None, v.token) for a in _unique(ante.actor + ante.recipient))
        else:
            out.append(v)
    return out


# ------------------------------------------------------------------------------------------- anaphoric actions


def verbs_with(doc: Doc, lemmas: frozenset[str]) -> list[Token]:
    """The verbs of ``doc`` whose lower-cased lemma is one of ``lemmas``, in text order: read from the doc's arrays,
    so that no other token is built."""
    if not len(doc):
        return []
    table = doc.to_array([LEMMA, POS])
    strings = doc.vocab.strings
    wanted = {int(h) for h in set(table[:, 0].tolist()) if strings[int(h)].lower() in lemmas}
    return [doc[i] for i, (lem, pos) in enumerate(table.tolist()) if pos == VERB and lem in wanted] if wanted else []


#: the verbs of an action told again: "follow suit", "do the same", "take similar action"
_ACTION_VERBS = frozenset({"follow", "do", "take"})


def is_anaphoric_action(verb: Token) -> bool:
    """"take (similar/such) action(s)", "follow suit", "follow the example", "do the same"."""
    lemma = verb.lemma_.lower()
    if lemma not in _ACTION_VERBS:
        return False  # the cheap test first: this runs for every verb
    obj = object_of(verb)
    if obj is None:
        return False
    word = obj.lemma_.lower()
    if lemma == "follow" and word in ("suit", "example", "lead"):
        return True
    if lemma == "do" and word == "same":
        return True
    if any(c.dep_ in ("advcl", "xcomp") and any(g.tag_ == "TO" for g in c.children) for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards") for c in verb.children):
        return False  # "took steps to enhance ...", "take steps to de-escalate" (the hyphened verb parsed as a
        # phrase), "took steps towards peace": names its own aim, no event of the lead's kind
    return lemma == "take" and word in ("action", "step", "measure") and not any(
        c.dep_ in ("prep", "acl", "relcl") for c in obj.children)


def anaphoric_actions(coder: Any, doc: Doc, args: Args, events: list[Event], seen: set[tuple]) -> list[Event]:
    """"Pakistan may take similar action", "X followed suit": an event of the kind the article leads with, by the
    named actor of the phrase, to the same recipient, with the phrase's own status."""
    from .triggering import Match

    lead = antecedent(events)
    if lead is None:
        return []
    out: list[Event] = []
    for tok in verbs_with(doc, _ACTION_VERBS):
        if not is_anaphoric_action(tok):
            continue
        heads = args.subject_heads(tok)
        actors = [v for v in (coder.resolve_all(heads, args, "actor", frozenset()) or []) if v.linked]
        if not actors or {a.actor.name for a in actors} & {a.name for a in lead.actor}:
            continue
        trig = Trigger(lead.event_type, mode=lead.mode, context=tuple(lead.context), cameo=lead.cameo)
        event = coder.build_event(doc, Match(tok, trig, tok), actors, [], claim_for(tok), args)
        event.recipient = [r for r in lead.recipient if r.key not in {a.key for a in event.actor}]
        obj = object_of(tok)
        event.evidence[0].trigger = f"{tok.text} … {obj.text}" if obj is not None and obj.i > tok.i else tok.text
        event.confidence = round(max(0.3, event.confidence - 0.3), 2)
        if event.recipient and admit(event, seen):
            out.append(event)
    return out


# ------------------------------------------------------------------------------------ claims of responsibility


def claimed_object(verb: Token) -> Token | None:
    """What ``verb`` ("claim") claims: the attack noun or pronoun, through "responsibility/credit for"."""
    obj = object_of(verb)
    if obj is None and is_passive(verb) and verb.dep_ == "conj":
        # "The bombing killed 15 people and was claimed by X": the subject the two verbs share
        obj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if obj is None and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and (
            verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children) or verb.dep_ == "relcl" and any(
                c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in verb.children)):
        obj = verb.head  # "were killed in the raid claimed by X", "a bomb that was later claimed by X"
    if obj is None:
        return None
    if obj.lemma_.lower() in _CLAIM_NOUNS:
        for holder in (obj, verb):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    return next((c for c in prep.children if c.dep_ == "pobj"), None)
        # "Al-Shabaab claimed responsibility.": the attack told before, as for "claimed it"
        return obj if verb.lemma_.lower() == "claim" else None
    return obj


def _attack(coder: Any, tok: Token) -> Trigger | None:
    trig = coder.noun_trigger(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    return trig if trig is not None and trig.event_type == "ASSAULT" else None


def _place(coder: Any, noun: Token, args: Args) -> list[ArgValue]:
    """The party or country an attack noun's own phrase places it in: "the Bannu attack", "a bombing at the
    Gondor embassy", "a blast in a market in Bannu"."""
    from .triggering import Match
    from .parties import named_party

    for child in noun.lefts:
        if child.dep_ in ("compound", "amod", "nmod"):
            found = named_party(child, args)
            if found is not None:
                return found
    trig = _attack(coder, noun) or Trigger("ASSAULT")
    found = coder.locative_recipient(Match(noun, trig, noun, nominal=True, extra=[noun]), args, frozenset())
    if found:
        return found
    for prep in noun.children:  # "the bombing of a market in Bannu": the place of its target
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found = coder.locative_recipient(Match(pobj, trig, pobj, nominal=True, extra=[pobj]), args,
                                                      frozenset())
                    if found:
                        return found
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if head is not None and head.pos_ in ("NOUN", "PROPN") and head.i != noun.i:
        # "the death toll from Monday's bombing at a market in Bannu": a place attached one noun up
        return coder.locative_recipient(Match(head, trig, head, nominal=True, extra=[head]), args, frozenset())
    return []


def _own_date(doc: Doc, noun: Token) -> EventDate | None:
    """A date inside the noun's own phrase ("Monday's bombing", "the attack last week")."""
    date = date_for(doc, noun, "asserted")
    if not date.start or not date.text:
        return None
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    text = doc_text(doc)[lo:hi]
    return date if date.text in text else None


def _earlier_attack(coder: Any, doc: Doc, before: int, args: Args, placed: bool) -> Token | None:
    """The latest attack noun before token ``before`` (with ``placed``: one whose phrase names a place)."""
    for i in range(before - 1, -1, -1):
        tok = doc[i]
        if _attack(coder, tok) is not None and (not placed or _place(coder, tok, args)):
            return tok
    return None


_CLAIMING = frozenset({"claim"})


def claimed_attacks(coder: Any, doc: Doc, args: Args, events: list[Event], seen: set[tuple]) -> list[Event]:
    """Events of claims of responsibility (module docstring). An attack that the claimant's own words tell again
    ("claimed the attack, saying it had targeted X") is taken out of ``events``: it is the claimed attack."""
    from .parties import relative_victims
    from .triggering import Match

    out: list[Event] = []
    for verb in verbs_with(doc, _CLAIMING):
        target = claimed_object(verb)
        if target is None:
            continue
        told_before = None  # "Gunmen killed four policemen. The BLA claimed responsibility.": the attack told by a verb
        bare = target.lemma_.lower() in _CLAIM_NOUNS
        if target.lower_ in _PRONOUNS and target.pos_ in ("PRON", "DET") or bare:
            earlier = _earlier_attack(coder, doc, target.i, args, placed=False)
            if earlier is None and target.lemma_.lower() in _CLAIM_NOUNS:
                told_before = max((e for e in events if e.event_type == "ASSAULT" and e.evidence and
                                   e.evidence[0].end <= verb.idx), key=lambda e: e.evidence[0].start, default=None)
            if earlier is None and told_before is None:
                continue
            target = earlier if earlier is not None else target
        trig = _attack(coder, target) if told_before is None else Trigger("ASSAULT")
        if trig is None:
            continue
        heads = args.subject_heads(verb)
        actors = coder.resolve_all([spoken_for(h) for h in heads], args, "actor", frozenset()) or []
        if not actors:
            continue
        claimants = {a.actor.actor_id or a.actor.text for a in actors}
        prior = told_before or next((e for e in events if e.event_type == "ASSAULT" and _restated_in(target, e)), None)
        if bare and prior is not None and not claimable(prior):
            continue  # "The army killed five rebels in an ambush. The M23 claimed responsibility.": not the M23's
        if bare and any({a.actor_id or a.text for a in e.actor} & claimants for e in events
                        if e.event_type == "ASSAULT" and e.evidence and e.evidence[0].end <= verb.idx):
            continue  # "ISKP carried out a bombing ... . ISKP claimed responsibility.": the attack is told with its
            # attacker already, the claim is no second act
        victims = coder.resolve_all(relative_victims(verb), args, "recipient", frozenset()) or []
        recipients = victims or _place(coder, target, args)  # "claimed bombings at X which killed 30 people": the
        # people hit
        source = target
        if not recipients:
            earlier = _earlier_attack(coder, doc, target.i, args, placed=True)
            if earlier is not None:
                recipients, source = _place(coder, earlier, args), earlier
        if coder.require_mention and not any(v.linked for v in actors + recipients):
            continue
        claim = Claim(status="attributed", source=heads[0] if heads else None, cue=verb)
        if claim_for(verb).status in ("negated", "denied"):
            continue
        # "claimed the attack, saying it had targeted X": the claimant's own words tell the same attack again
        ids = {a.actor.actor_id or a.actor.text for a in actors}
        retold = [e for e in events if e.event_type == "ASSAULT" and (_told_in_claim(verb, e) and
                  {a.actor_id or a.text for a in e.actor} == ids or not e.actor and _is_target(target, e) or
                  _restated_in(target, e) and claimable(e))]
        for told in retold:
            events.remove(told)
            seen.discard(_admit_key(told))
        event = coder.build_event(doc, Match(verb, trig, verb), actors, recipients, claim, args)
        hit = next((list(e.recipient) for e in [*retold, *filter(None, [told_before])]
                    if e.recipient and not _told_in_claim(verb, e)), [])
        if hit and not victims:  # "three guards were killed in the raid claimed by X": the people the attack hit, not
            event.recipient = hit  # the place of the attack; not whom the claimant says it aimed at ("saying it had
            # targeted informers": the claimant's words, not who was hit)
        event.evidence[0].trigger = f"{verb.text} … {target.text}"
        date = _own_date(doc, target) or (_own_date(doc, source) if source is not target else None)
        if date is not None:
            event.date = date
        location = location_for(doc, source, frozenset())  # type: ignore[arg-type]
        if location is not None:
            event.location = location
        if admit(event, seen):
            out.append(event)
    return out


def spoken_for(head: Token) -> Token:
    """The named group whose spokesperson ``head`` is, or names ("Taliban spokesman Zabihullah Mujahid", "an ELN
    spokesman", "a spokesman for the Baloch Liberation Army"): a claim its spokesperson makes is the group's, the
    claimant the guideline makes the attack's actor; ``head`` itself otherwise ("the group's spokesman" names no
    group: no common noun is taken)."""
    speakers = claim_cues()["speaker_nouns"]
    for word in head.doc[head.left_edge.i:head.i + 1]:
        if word.lower_ not in speakers:
            continue
        owners = [c for c in word.children if c.dep_ in ("compound", "poss", "nmod") and c.i < word.i]
        owners += [p for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "for"
                   for p in prep.children if p.dep_ == "pobj"]
        return next((o for o in owners if o.pos_ == "PROPN"), head)
    return head


def _is_target(target: Token, event: Event) -> bool:
    """``event`` is the claimed attack noun itself, coded with no attacker ("claimed responsibility for the suicide
    bombing in Bannu": the bombing is the claimed attack, not a second one)."""
    ev = event.evidence[0] if event.evidence else None
    return ev is not None and ev.trigger == target.text and ev.start <= target.idx < ev.end


def claimable(event: Event) -> bool:
    """An attack a claim of responsibility can make the claimant's: told with no attacker, by a thing ("struck by car
    bombs") or by a generic agent ("gunmen", "militants"); not one a named party or a state's force did ("the army
    killed five rebels", "police raided a house")."""
    return not state_force(list(event.actor)) and all(not a.actor_id or a.actor_id.startswith(AGENT_PREFIX)
                                                      for a in event.actor)


def _restated_in(target: Token, event: Event) -> bool:
    """``event``'s trigger is the verb the claimed attack noun restates ("a base was struck by car bombs, in an
    attack claimed by X": "struck"): the same act, told again as the noun the claim is about."""
    if target.dep_ != "pobj" or target.head.lower_ != "in" or not event.evidence or not event.evidence[0].trigger:
        return False
    verb = target.head.head
    ev = event.evidence[0]
    at = ev.sentence.find(ev.trigger.split()[0])
    # the parser may hang the phrase on a verb of saying beside the act ("X was struck, officials said, in an attack")
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "parataxis"))]
    if verb.dep_ in ("ccomp", "parataxis"):
        verbs.append(verb.head)
    return at >= 0 and any(v.pos_ == "VERB" and v.idx == ev.start + at for v in verbs)


def _told_in_claim(claim: Token, event: Event) -> bool:
    """Whether ``event``'s trigger is a verb of the claim's own clause other than the claim verb and its object
    ("claimed the attack, saying it had targeted informers": "targeted")."""
    if not event.evidence or not event.evidence[0].trigger:
        return False
    ev = event.evidence[0]
    at = ev.sentence.find(ev.trigger.split()[0])
    if at < 0:
        return False
    start = ev.start + at
    obj = claimed_object(claim)
    skip = {t.i for t in obj.subtree} if obj is not None else set()
    return any(t.idx == start and t.pos_ == "VERB" for t in claim.subtree if t.i != claim.i and t.i not in skip)


def later_deaths(doc: Doc, events: list[Event], coded: set[int]) -> None:
    """Add the dead of "N (more) died" / "succumbed to injuries" sentences to the latest earlier ASSAULT's toll
    (``events`` in text order; ``coded``: token indices that are triggers of coded events, never counted here).
    A doc without an ASSAULT event has no toll to add to: its tokens are not read."""
    if not any(e.event_type == "ASSAULT" for e in events):
        return
    for verb in verbs_with(doc, DEATH_VERBS):
        if verb.i in coded:
            continue
        if claim_for(verb).status not in ("asserted", "attributed"):
            continue  # "may die", "did not die"
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("he", "she"):
            continue
        number = number_of(subj)
        if number is None:
            number = 1 if subj.tag_ in ("NN", "NNP", "PRP") else None
        if number is None:
            continue
        before = [e for e in events if e.event_type == "ASSAULT" and e.evidence and e.evidence[0].end <= verb.idx]
        if not before:
            continue
        attack = before[-1]
        attack.counts.killed = (attack.counts.killed or 0) + number
