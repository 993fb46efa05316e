"""How the source of a claim stands to the act it tells (split from ``claims``, which finds the claim itself):

* ``speaks_for``: the source names one of the act's actors or an organ of its country ("Turkey said it ...");
* ``announced_measure``: a state's own minister or ministry announcing a measure takes it (``asserted``);
* ``cooperative_claim``: a claim verb whose clause tells only overtures of diplomacy charges nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..actors.dictionary import is_state_code
from .eventargs import ArgValue, Args
from .phrases import TITLES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .claims import Claim

__all__ = ["speaks_for", "announced_measure", "cooperative_claim"]


def speaks_for(source: Token | None, actors: list[ArgValue], args: Args) -> bool:
    """The source of a claim names one of the event's actors or an organ of its country ("Turkey said it ...",
    "..., its foreign ministry said", "the Iranian foreign ministry said Iran ...")."""
    if source is None:
        return False
    hit = args.resolve(source)
    if not isinstance(hit, ArgValue):
        return False
    known = source.doc._.actors or {}

    def keys(value: ArgValue) -> set[str]:
        # the actor and the country it belongs to ("Ministry of Foreign Affairs of Iran" speaks for Iran)
        entry = known.get(value.actor.actor_id) if value.actor.actor_id else None
        country = getattr(entry, "country", None)
        return {value.actor.key} | ({country} if country else set())

    mine = keys(hit)
    return any(mine & keys(a) for a in actors)


#: measures a government takes by announcing them (docs/annotation.md, "Sanctions notices": a measure decided is the
#: measure): sanctions, aid, lifted restrictions
_MEASURE_TYPES = frozenset({"SANCTION", "AID", "CONCEDE"})
#: verbs that make a measure public
_ANNOUNCE = frozenset({"announce", "unveil", "declare"})
#: nouns of a government's organs, which speak for it ("the ministry announced that ..."), besides its officials'
#: titles (``TITLES``: minister, secretary, spokesman ...), read once as one set
_ORGANS = TITLES | frozenset({"ministry", "department", "government", "office", "cabinet", "administration"})


def announced_measure(claim: Claim, event_type: str, actors: list[ArgValue]) -> bool:
    """A state's measure its own minister or ministry announces ("Minister X today announced that Canada is imposing
    new sanctions on ...", "the Foreign Secretary announced that the UK has sanctioned ..."): the measure is taken in
    the announcing, ``asserted`` as a decided measure is, not a report of someone else's act. Only sanctions, aid and
    lifted restrictions (an announced capture or strike stays the announcer's claim), only an act not still to come
    (that keeps its own status), only when the announcer is a government official or organ and every actor a state."""
    cue, source = claim.cue, claim.source
    if claim.status != "attributed" or event_type not in _MEASURE_TYPES or cue is None or source is None or \
            cue.lemma_.lower() not in _ANNOUNCE or not actors:
        return False
    words = {source.lemma_.lower()} | {c.lemma_.lower() for c in source.children if c.dep_ in ("compound", "appos")}
    if not words & _ORGANS:
        return False
    return all(is_state_code(a.actor.actor_id) for a in actors)


#: acts of diplomacy a claim may tell of another party without charging it with anything: seeking or holding talks,
#: asking, agreeing ("claimed that Hanoi had approached Manila to open talks")
_OVERTURES = frozenset({"CONSULT", "REQUEST", "AGREE"})


def cooperative_claim(m: Any, found: list[Any]) -> bool:
    """``m`` is a claim verb ("claimed that ...", an accusation only by its clause's actor) whose clause tells only
    overtures of diplomacy: "claimed that Hanoi had approached Manila to open talks", "claimed that Seoul had
    requested a meeting". Saying another party sought talks charges it with nothing (PLOVER ACCUSE is an
    allegation of wrongdoing); the act told keeps its own event, alleged. Help given ("claimed that Russia was
    supplying arms to the Taliban") or a hostile act is a charge and stays one; a clause that tells no act at all
    is left to the verb's own reading."""
    if m.nominal or not m.trigger.conditions.get("needs_ccomp_actor"):
        return False
    clause = {t.i for c in m.anchor.children if c.dep_ == "ccomp" for t in c.subtree}
    told = {o.trigger.event_type for o in found if o is not m and o.anchor.i in clause}
    return bool(told) and told <= _OVERTURES
