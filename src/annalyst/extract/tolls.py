"""The toll of an attack told in a sentence of its own (used by ``events.EventCoder``).

Conflict reports tell an attack, then its casualties in the next sentence with no attacker: "Militants attacked a
check post in Tank on Monday. Two soldiers were martyred in the attack." The second sentence is the first attack's
toll, not an attack of its own: ``fold_tolls`` adds its dead and wounded to the attack told before and its victims to
that attack's recipients, and drops it. It folds only an agentless casualty event (killed, injured, wounded,
martyred; "sustained injuries") whose sentence follows the attack's sentence directly or names "the attack" (or
blast, ambush, ...; "these attacks"), at
no other place or day than the attack's, not told as another incident ("in a separate attack"), and whose victims
are not the attacker's own side ("Forces killed three militants. A soldier was injured": hit back by the other),
by country or, for a state's force named by what it is, by sector ("Troops killed five militants. A Pakistani soldier
was killed": a soldier is the troops' side whichever country the text gives him). An agentless casualty event that
gives again, later in the article, as many killed of the same people as an attack told before it, at no other place
or day and not as another incident, is that toll told again by another source, and is dropped (``_retold``). A
negated one that names the attack or follows it ("No Kenyan soldiers were hurt in the attack") says nobody was hit:
no act of its own, dropped (``_no_casualty``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Event, EventActor
from .agents import AGENT_PREFIX, agent_table

__all__ = ["fold_tolls"]

#: trigger words of a casualty told without its attacker
_CASUALTY = frozenset({"killed", "injured", "wounded", "martyred", "hurt", "sustained", "suffered"})  # "sustained
# injuries in these attacks"
#: words that tell another incident than the one before
_OTHER = frozenset({"separate", "another", "second", "similar", "elsewhere", "meanwhile", "earlier", "later"})
#: attack nouns that, with "the", refer back to the attack told before
_BACK = frozenset({"attack", "blast", "explosion", "ambush", "incident", "assault", "bombing", "firing", "shooting",
                   "raid", "encounter", "gunfight", "clash"})
#: the same nouns in the plural ("in these attacks", "in the raids"): the attacks told before
_BACK_PLURAL = frozenset({"attacks", "blasts", "explosions", "ambushes", "incidents", "assaults", "bombings", "raids",
                          "encounters", "clashes", "strikes"})


def _sentence(doc: Doc, start: int) -> int | None:
    """The index of the sentence of ``doc`` holding character ``start``."""
    for i, sent in enumerate(doc.sents):
        if sent.start_char <= start < sent.end_char:
            return i
    return None


def _refers_back(doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """Whether the text between ``start`` and ``end`` names "the attack" (or a like noun), and whether it tells
    another incident."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False, True
    other = any(t.lower_ in _OTHER for t in span)
    back = any(t.lower_ in _BACK | _BACK_PLURAL and any(c.lower_ in ("the", "this", "that", "these", "those")
                                                         for c in t.children) for t in span)
    return back, other


def _country(actor_id: str | None) -> str | None:
    """The country part of an actor id ("PSE" of "PSE-HAMAS"); generic agents and new names keep their whole id."""
    if not actor_id or actor_id.startswith(("agent:", "new:")):
        return actor_id
    return actor_id.split("-")[0]


#: sectors of a state's own forces (agents.txt): soldiers and police are one side against those they fight
_FORCES = frozenset({"MIL", "COP"})


def _force(party: EventActor) -> bool:
    """``party`` is a state's force: a generic agent of that sector, or a party whose noun is one ("a Pakistani
    soldier", linked to its country)."""
    if party.actor_id and party.actor_id.startswith(AGENT_PREFIX):
        return party.actor_id.removeprefix(AGENT_PREFIX) in _FORCES
    words = party.text.lower().split()
    return bool(words) and agent_table().get(words[-1]) in _FORCES


def _same(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _retold(doc: Doc, event: Event, before: list[Event]) -> bool:
    """``event`` (an agentless casualty) gives again the toll of an attack told earlier in the article: as many
    killed, at no other place or day, of the same people, not told as another incident ("Three troops were killed in a raid ... . A
    second officer told reporters three troops were killed and one was hurt."): the same dead, no new act."""
    killed = event.counts.killed
    ev = event.evidence[0]
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if not killed or span is None or any(t.lower_ in _OTHER and (t.head.lemma_.lower() in _BACK or t.lower_ in (
            "separate", "elsewhere", "meanwhile")) for t in span):
        return False  # "in another attack", "in a separate incident"; not "another official said"
    people = _people(event)
    return any(e.counts.killed == killed and e.evidence[0].end <= ev.start and
               _same(event.location and event.location.name, e.location and e.location.name) and
               _same(event.date.start, e.date.start) and (not people or not _people(e) or people & _people(e))
               for e in before)


def _no_casualty(doc: Doc, event: Event, before: list[Event]) -> bool:
    """``event`` (an agentless casualty, negated) says that nobody of a side was hit in the attack told just before
    it ("... conducted a strike. No Kenyan troops were hurt or killed during the raid"): no act of its own and no
    toll to add, when it names "the attack" (or follows the attack's sentence) and tells no other incident."""
    ev = event.evidence[0]
    attack = before[-1] if before else None
    if attack is None or attack.evidence[0].end > ev.start:
        return False
    here, there = _sentence(doc, ev.start), _sentence(doc, attack.evidence[0].start)
    if here is None or there is None or here == there:
        return False
    back, other = _refers_back(doc, ev.start, ev.end)
    return not other and (back or here == there + 1)


def _people(event: Event) -> set[str]:
    """The head words of ``event``'s victims ("two Malian soldiers": soldier): a toll told again names the same
    people ("three civilians were killed" after "killed three soldiers" is other dead)."""
    return {r.text.split()[-1].lower().removesuffix("s") for r in event.recipient if r.text and r.text.split()}


def fold_tolls(doc: Doc, events: list[Event]) -> None:
    """Fold, in place, each agentless casualty event of ``events`` into the ASSAULT told just before it (see the
    module)."""
    if not any(e.event_type == "ASSAULT" and not e.actor for e in events):
        return  # the usual case: nothing to fold
    order = sorted((e for e in events if e.event_type == "ASSAULT" and e.evidence), key=lambda e: e.evidence[0].start)
    dropped: set[str] = set()
    for k, event in enumerate(order):
        ev = event.evidence[0]
        if k == 0 or event.actor or ev.trigger.lower() not in _CASUALTY or \
                event.status not in ("asserted", "attributed", "negated"):
            continue
        if event.status == "negated":
            if _no_casualty(doc, event, [e for e in order[:k] if e.id not in dropped]):
                dropped.add(event.id)  # "No Kenyan troops were hurt during the raid": nobody hit
            continue
        if _retold(doc, event, [e for e in order[:k] if e.id not in dropped]):
            dropped.add(event.id)  # "a second officer said three troops were killed": the dead already counted
            continue
        attack = next((e for e in reversed(order[:k]) if e.id not in dropped), None)
        if attack is None or attack.evidence[0].end > ev.start:
            continue
        here, there = _sentence(doc, ev.start), _sentence(doc, attack.evidence[0].start)
        if here is None or there is None or here == there:
            continue
        back, other = _refers_back(doc, ev.start, ev.end)
        if (other and not back) or not (back or here == there + 1):
            continue  # "in a separate attack"; but "a second policeman was killed in the attack" is this attack's
        if {_country(r.actor_id) for r in event.recipient} & {_country(a.actor_id) for a in attack.actor if a.actor_id}:
            continue  # "Forces killed three militants. A soldier was injured.", "Hamas fired rockets at Israel. Ten
            # Palestinians were killed.": the attacker's own side (its country's code), hit back
        if any(_force(a) for a in attack.actor) and any(_force(r) for r in event.recipient):
            continue  # "Troops killed five militants. A Pakistani soldier was killed.": the troops' side
        if not _same(event.location and event.location.name, attack.location and attack.location.name) or \
                not _same(event.date.start, attack.date.start):
            continue
        for field in ("killed", "injured"):
            add = getattr(event.counts, field)
            if add is not None:
                setattr(attack.counts, field, (getattr(attack.counts, field) or 0) + add)
        have = {r.key for r in attack.recipient}
        attack.recipient.extend(r for r in event.recipient if r.key not in have)
        dropped.add(event.id)
    if dropped:
        events[:] = [e for e in events if e.id not in dropped]
