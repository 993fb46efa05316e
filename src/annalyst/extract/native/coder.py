"""Events of one sentence from triggers, argument groups and claim cues (the shallow native coder).

For each trigger of the lexicon the actor and recipient come from ``args.Frame``; a clause with no actor of its own
takes the actor of the clause it is joined to by "and" ("Tajikistan accused ... and arrested ..."). Then, as the
English coder does with a parse:

* **absorption**: what someone threatens, asks or agrees to do is not a second event ("threatened to strike",
  "asked Russia to supply");
* **accusations**: what someone is accused of is an ``alleged`` event of the accused ("accused the Taliban of
  withholding water"), against the accuser when no other party is named;
* **claims**: a statement whose content is denied in the same sentence ("a US official said Russia delivered arms,
  but Moscow denied it"), or made with a verb of alleging, is an ACCUSE by the speaker, its content ``alleged``;
* **denials** (REJECT) are against the accuser when the sentence names no one else (``resolve_rejects``).

Status, strongest first: ``negated`` (a negation in the clause, a negative verb prefix), ``hypothetical`` (in an
if-clause, or a material event in a sentence with one), ``predicted`` (a future or expectation cue in the clause or
the clause governing it), ``proposed``, ``alleged``, ``attributed`` (a report cue whose speaker is not the actor:
"police said", "according to a Russian newspaper"; a claim of responsibility), else ``asserted``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .args import Frame, Group
from .lexicon import GAP, NativeLexicon, Pattern, TriggerEntry, Word
from .sentence import Hit, Sentence

__all__ = ["Found", "code_sentence", "resolve_rejects", "SPEECH_TYPES", "ABSORBING_TYPES"]

#: verbal events whose status an "if" elsewhere in the sentence does not change
SPEECH_TYPES = frozenset({"THREATEN", "ACCUSE", "REJECT", "REQUEST", "AGREE", "CONSULT", "SUPPORT"})
#: events whose complement is their content, not a second event
ABSORBING_TYPES = frozenset({"THREATEN", "REQUEST", "AGREE"})
#: events whose other party may be named by a nationality adjective ("banned Afghan fuel tankers")
_MATERIAL = frozenset({"SANCTION", "AID", "ASSAULT", "COERCE"})
_NO_CUES: list[Pattern] = []
#: acts of speech whose content, not the act, waits on a condition ("called on X to act once ...")
_SPEECH_ACTS = frozenset({"THREATEN", "ACCUSE", "REJECT", "REQUEST"})
_STATUS_RANK = ("negated", "hypothetical", "predicted", "proposed", "alleged", "attributed", "asserted")


@dataclass
class Found:
    """A coded trigger before it becomes a ``models.Event``."""

    entry: TriggerEntry
    start: int
    end: int
    clause: int
    actor: Group | None
    recipient: Group | None
    flags: frozenset[str] = frozenset()
    status: str = "asserted"
    attributed_to: Group | None = None
    denied_by: list[Group] = field(default_factory=list)
    trigger_text: str = ""
    drop: bool = False
    made: bool = False  # created from a claim cue, not a trigger

    @property
    def event_type(self) -> str:
        return self.entry.event_type

    def set_status(self, status: str) -> None:
        if _STATUS_RANK.index(status) < _STATUS_RANK.index(self.status):
            self.status = status


def _ids(g: Group | None) -> set[str]:
    return g.ids() if g is not None else set()


def _trigger_hits(sent: Sentence, lex: NativeLexicon, frame: Frame) -> list[tuple[Hit, TriggerEntry]]:
    hits = sent.find(lex.trigger_patterns)
    excluded = sent.find(lex.exclude, longest=False)
    taken = {i for g in frame.groups for i in range(g.start, g.end)} | \
        {i for u in frame.places for i in range(u.start, u.end)}
    out = []
    for h in hits:
        if any(x.start <= h.start < x.end and x.end - x.start >= h.end - h.start for x in excluded):
            continue
        if {h.start, h.end - 1} & taken:  # a split trigger may hold a name in its gap ("вычеркнул талибов из списка")
            continue
        out.append((h, lex.entry_of[id(h.pattern)]))
    return out


def inherited_actor(frame: Frame, n: int, found: list[Found] | None = None, comma: bool = True) -> Group | None:
    """The actor of the clause that clause ``n`` is joined to by "and" (or a comma: their shared subject), if any:
    the actor of an event coded there, else the clause's subject."""
    links = ("coord", "comma") if comma else ("coord",)
    while n > 0 and frame.clauses[n].link in links:
        n -= 1
        for f in reversed(found or []):
            if f.clause == n and f.actor is not None and not f.entry.victim:
                return f.actor
        c = frame.clauses[n]
        if frame.lex.order == "SOV":
            subject = frame.actor(n, c.end, c.end)
        else:
            subject = next((g for g in frame.in_clause(n) if g.role in ("none", "nom", "erg") and g.agentive), None)
        if subject is not None:
            return subject
    return None


def code_sentence(sent: Sentence, frame: Frame) -> list[Found]:
    """The events of one sentence (see the module docstring); article-level steps follow in ``resolve_rejects``."""
    lex = sent.lex
    found: list[Found] = []
    hits = _trigger_hits(sent, lex, frame)
    bound = _bound_agents(sent, frame, [h for h, e in hits if not e.victim])
    for hit, entry in hits:
        n = frame.clause_of(hit.start)
        own = bound.get(hit.start)
        skip = tuple(g for start, g in bound.items() if start != hit.start)
        # a name in the gap of a split trigger is a party, looked for as if the trigger were its first word
        t_end = hit.start + 1 if any(hit.start < g.start < hit.end for g in frame.groups) else hit.end
        actor = own if own is not None else frame.actor(n, hit.start, t_end, victim=entry.victim, skip=skip)
        if actor is None and not entry.victim:
            actor = inherited_actor(frame, n, found) or _speaker_of_pronoun(sent, frame, n, hit.start)
        recipient = frame.recipient(n, hit.start, t_end, actor, wide=entry.event_type == "THREATEN",
                                    victim=entry.victim, agentive=entry.event_type not in _MATERIAL, skip=skip)
        if recipient is None and (entry.event_type == "ASSAULT" or entry.territory):
            recipient = frame.place_group()
        if recipient is None and actor is not None and frame.clauses[n].link in ("coord", "comma") and \
                entry.event_type not in ("REJECT", "ACCUSE"):
            recipient = _shared_object(found, n, actor)
        flags = hit.flags | ({"neg"} if _negated_inside(sent, hit) else set())
        found.append(Found(entry, hit.start, hit.end, n, actor, recipient, frozenset(flags),
                           trigger_text=sent.surface(hit.start, hit.end)))
    _event_objects(frame, found)
    _absorb(frame, found)
    _accusations(frame, found)
    found.extend(_claims(sent, frame, found))
    for f in found:
        _status(sent, frame, f, found)
    return _dedupe([f for f in found if not f.drop])


def _negated_inside(sent: Sentence, hit: Hit) -> bool:
    """A negator standing inside a split trigger ("تسلیم نہیں کیا", "په رسمیت نه دی پېژندلی"): the gap of a
    ``~`` pattern holds it."""
    if GAP not in hit.pattern.parts:
        return False
    return any(hit.start < h.start < hit.end - 1 for h in sent.find(sent.lex.cues.get("negation", _NO_CUES)))


def _speaker_of_pronoun(sent: Sentence, frame: Frame, n: int, before: int) -> Group | None:
    """"Turkmenistan said it would recognise ...": a pronoun subject of what is said is the speaker."""
    if n == 0 or frame.clauses[n].link != "comp":
        return None
    c = frame.clauses[n]
    if not any(c.start <= h.start < before for h in sent.find(sent.lex.pronouns)):
        return None
    prev = frame.clauses[n - 1]
    return frame.actor(n - 1, prev.end, prev.end)


#: Russian instrumental endings: the agent of a nominal event ("признание Россией")
_INSTRUMENTAL = ("ией", "ей", "ой", "ом", "ем", "ами", "ями")
#: languages whose agent phrase of a nominal event comes before it (by a postposition)
_AGENT_BEFORE = frozenset({"ur", "ps"})


def _bound_agents(sent: Sentence, frame: Frame, hits: list[Hit]) -> dict[int, Group]:
    """The agent of a nominal event, bound to its trigger and to no other (by the start of the trigger):

    * a group marked as agent ("by": "کی جانب سے", "از سوی", "د ... له خوا", "со стороны", "من قبل") belongs to
      the trigger nearest to it in its clause ("welcomed the recognition of the Taliban by Russia");
    * Russian: an inflected group in the instrumental right after a trigger ("признание Россией");
    * Arabic: an unmarked group right after a nominal trigger (a word with the article or بـ: "باعتراف روسيا").
    """
    out: dict[int, Group] = {}
    if not hits:
        return out
    for g in frame.groups:
        n = frame.clause_of(g.start)
        near = [h for h in hits if frame.clause_of(h.start) == n]
        if g.role == "by" and near:
            # a postposition ("کی جانب سے", "له خوا") stands before its noun, a preposition ("از سوی") after it
            side = [h for h in near if (h.start >= g.end) == (frame.lex.lang in _AGENT_BEFORE)] or near
            best = min(side, key=lambda h: min(abs(h.start - g.end), abs(g.start - h.end)))
            out.setdefault(best.start, g)
            continue
        after = next((h for h in near if h.end == g.start), None)
        if after is None:
            continue
        name = sent.words[g.units[0].end - 1].norm
        instrumental = frame.lex.lang == "ru" and not g.units[0].exact and name.endswith(_INSTRUMENTAL)
        genitive = frame.lex.lang == "ar" and g.role == "none" and _nominal_ar(sent.words[after.start])
        if instrumental or genitive:
            out.setdefault(after.start, g)
    return out


def _nominal_ar(word: Word) -> bool:
    norm = word.norm
    return norm.startswith(("ال", "بال", "وال", "لل")) or (norm.startswith("با") and len(norm) > 5)


def _event_objects(frame: Frame, found: list[Found]) -> None:
    """A support whose object is another event ("welcomed Russia's recognition of ...", "از به رسمیت شناختن ...
    از سوی روسیه استقبال کرد") is support of that event's actor, not a second recognition."""
    for head in found:
        if not head.entry.of_event:
            continue
        for other in found:
            if other is head or other.actor is None or not _complement(frame, head, other):
                continue
            if _ids(other.actor) & _ids(head.actor):
                continue
            head.recipient = other.actor
            break


def _shared_object(found: list[Found], n: int, actor: Group) -> Group | None:
    """"Tajikistan accused ISKP of ... and arrested 12 suspects": a verb joined by "and" to the one before, with the
    same actor and no party of its own, acts on the same party."""
    prev = [f for f in found if f.clause == n - 1 and f.actor is not None and f.recipient is not None]
    if prev and prev[-1].actor is not None and _ids(prev[-1].actor) & _ids(actor):
        return prev[-1].recipient
    return None


# ----------------------------------------------------------------------------------------------- frames


def _complement(frame: Frame, head: Found, other: Found) -> bool:
    """Is ``other`` in the content of ``head`` (what is threatened, asked, agreed, accused)?"""
    if other is head or other.start == head.start:
        return False
    order = frame.lex.order
    if other.clause == head.clause:
        return other.start > head.start if order != "SOV" else other.start < head.start or \
            frame.lex.lang == "fa" and other.start > head.start
    if other.clause > head.clause and head.clause + 1 < len(frame.clauses) and \
            frame.clauses[head.clause + 1].link in ("comp", "cond"):
        for m in range(head.clause + 2, other.clause + 1):
            if frame.clauses[m].link in ("coord", "comma") and frame.clauses[m - 1].link != "cond" and \
                    _opens_new_subject(frame, m):
                return False
        return True
    return False


def _opens_new_subject(frame: Frame, m: int) -> bool:
    """A clause "but Moscow denied it" after the content ends the content (a consequent "then ..." does not)."""
    c = frame.clauses[m]
    return frame.actor(m, c.end, c.end) is not None


def _absorb(frame: Frame, found: list[Found]) -> None:
    for head in found:
        if head.event_type == "REJECT":  # "rejected the accusation", "это обвинение отверг": the charge is no event
            for other in found:  # "rejected Pakistan's accusations": the accuser is the one rejected
                if other is not head and other.clause == head.clause and other.event_type in ("ACCUSE", "REQUEST") \
                        and (other.actor is None or _ids(other.actor) & (_ids(head.actor) | _ids(head.recipient))):
                    other.drop = True
            continue
        if head.event_type not in ABSORBING_TYPES:
            continue
        for other in found:
            if other.event_type in SPEECH_TYPES and other.event_type != "SUPPORT" or not _complement(frame, head, other):
                continue
            own = _ids(other.actor)
            if not own or own & (_ids(head.actor) | _ids(head.recipient)):
                other.drop = True


def _accusations(frame: Frame, found: list[Found]) -> None:
    for acc in found:
        if acc.event_type != "ACCUSE" or acc.drop:
            continue
        for other in found:
            if other.drop or other.event_type in SPEECH_TYPES or not _complement(frame, acc, other):
                continue
            other.set_status("alleged")
            if other.actor is None or (_ids(other.actor) & _ids(acc.actor)):
                other.actor = acc.recipient
            if other.recipient is None or (_ids(other.recipient) & _ids(other.actor)):
                other.recipient = acc.actor


def _speaker(frame: Frame, hit: Hit) -> Group | None:
    n = frame.clause_of(hit.start)
    source = next((g for g in frame.groups if g.role == "source"), None)
    if source is not None:
        return source
    return frame.actor(n, hit.start, hit.end) or inherited_actor(frame, n, comma=False)


def _claims(sent: Sentence, frame: Frame, found: list[Found]) -> list[Found]:
    lex = frame.lex
    denial = any(f.event_type == "REJECT" for f in found) or bool(sent.find(lex.cues.get("deny", _NO_CUES)))
    made: list[Found] = []
    for kind in ("allege", "report"):
        if kind == "report" and not denial:
            continue
        for cue in sent.find(lex.cues.get(kind, _NO_CUES)):
            speaker = _speaker(frame, cue)
            if speaker is None or not speaker.linked:
                continue
            n = frame.clause_of(cue.start)
            probe = Found(_ACCUSE, cue.start, cue.end, n, speaker, None)
            content = [f for f in found if not f.drop and f.event_type not in ("REJECT", "ACCUSE")
                       and _complement(frame, probe, f) and f.actor is not None and not (_ids(f.actor) & _ids(speaker))]
            if not content:
                continue
            for f in content:
                f.set_status("alleged")
            if any(m.start == cue.start for m in made) or any(f.event_type == "ACCUSE" and f.clause == n for f in found):
                continue
            made.append(Found(_ACCUSE, cue.start, cue.end, n, speaker, content[0].actor,
                              trigger_text=sent.surface(cue.start, cue.end), made=True))
    return made


_ACCUSE = TriggerEntry("ACCUSE", (), mode="allege", cameo="112")


# ----------------------------------------------------------------------------------------------- status


def _cue_in(sent: Sentence, frame: Frame, kind: str, clauses: set[int], exclude: tuple[int, int] | None = None) -> bool:
    taken = {i for g in frame.groups for i in range(g.start, g.end)}
    # a word that marks the name after it (Chinese 将 before its object) is no cue there
    marking = {g.start - 1 for g in frame.groups} if frame.lex.chars else set()
    for h in sent.find(frame.lex.cues.get(kind, _NO_CUES)):
        if frame.clause_of(h.start) in clauses and h.start not in taken and \
                not (h.end - 1 in marking and sent.surface(h.start, h.end) in frame.lex.roles):
            if exclude and exclude[0] <= h.start < exclude[1]:
                continue
            return True
    return False


def _status(sent: Sentence, frame: Frame, f: Found, found: list[Found]) -> None:
    if f.made:
        return
    own = {f.clause}
    governing = {f.clause}
    if frame.clauses[f.clause].link == "comp" and f.clause > 0:
        governing.add(f.clause - 1)
    if f.event_type not in _SPEECH_ACTS and sent.find(frame.lex.cues.get("condition", _NO_CUES)):
        f.set_status("hypothetical")  # "only after ...", "once ...", "إلا بعد": the event waits on a condition
        return
    if "neg" in f.flags or _cue_in(sent, frame, "negation", own, (f.start, f.end)) or _unproven(sent, frame, f):
        f.set_status("negated")
        return
    future = "fut" in f.flags or _cue_in(sent, frame, "predicted", governing)
    conds = {n for n, c in enumerate(frame.clauses) if c.link == "cond"}
    if f.clause in conds or (conds and (f.event_type not in SPEECH_TYPES or future)):
        f.set_status("hypothetical")
        return
    if future:
        f.set_status("predicted")
        return
    if f.event_type != "REQUEST" and _proposed(sent, frame, f):
        f.set_status("proposed")
    _attribution(sent, frame, f, found)


def _unproven(sent: Sentence, frame: Frame, f: Found) -> bool:
    """"There is no evidence that X supplies Y": a negated statement of evidence before the event negates it."""
    for h in sent.find(frame.lex.cues.get("unproven", _NO_CUES)):
        if h.start < f.start and frame.clause_of(h.start) <= f.clause:
            return True
    return False


def _proposed(sent: Sentence, frame: Frame, f: Found) -> bool:
    for h in sent.find(frame.lex.cues.get("proposed", _NO_CUES)):
        n = frame.clause_of(h.start)
        probe = Found(_ACCUSE, h.start, h.end, n, None, None)
        if n == f.clause and h.start < f.start or _complement(frame, probe, f):
            return True
    return False


def _attribution(sent: Sentence, frame: Frame, f: Found, found: list[Found]) -> None:
    lex = frame.lex
    if f.event_type == "ASSAULT" and sent.find(lex.cues.get("responsibility", _NO_CUES)):
        f.set_status("attributed")
        f.attributed_to = f.actor
        return
    sources = [g for g in frame.groups if g.role == "source"]
    if sources or sent.find(lex.cues.get("according", _NO_CUES)):
        if not (sources and _ids(sources[0]) & _ids(f.actor)):
            f.set_status("attributed")
            f.attributed_to = sources[0] if sources else None
        return
    for kind in ("report", "allege"):
        for cue in sent.find(lex.cues.get(kind, _NO_CUES)):
            n = frame.clause_of(cue.start)
            probe = Found(_ACCUSE, cue.start, cue.end, n, None, None)
            governs = _complement(frame, probe, f) if n < f.clause else (
                n > f.clause and n == len(frame.clauses) - 1 and not any(o.clause == n for o in found if o is not f))
            if not governs:
                continue
            speaker = _speaker(frame, cue)
            if speaker is not None and (_ids(speaker) & _ids(f.actor)):
                continue
            f.set_status("attributed")
            if speaker is not None:
                f.attributed_to = speaker
            return


# ------------------------------------------------------------------------------------------------ dedupe


def _compatible(a: Group | None, b: Group | None) -> bool:
    return a is None or b is None or bool(_ids(a) & _ids(b))


def _dedupe(found: list[Found]) -> list[Found]:
    """One event per type and party in a sentence: "killed ... wounded ... bomber blew himself up" is one attack."""
    out: list[Found] = []
    for f in found:
        twin = next((o for o in out if o.event_type == f.event_type and _compatible(o.actor, f.actor)
                     and (_compatible(o.recipient, f.recipient) or
                          f.event_type in ("CONSULT", "AGREE") and o.actor is not None and f.actor is not None)), None)
        if twin is None:
            out.append(f)
            continue
        if twin.actor is None:
            twin.actor = f.actor
        if twin.recipient is None:
            twin.recipient = f.recipient
        if _STATUS_RANK.index(f.status) < _STATUS_RANK.index(twin.status) and f.status != "attributed":
            twin.status = f.status
        if twin.entry.victim and not f.entry.victim:
            twin.entry = f.entry
    return out


def resolve_rejects(sentences: list[list[Found]]) -> None:
    """A denial with no named counterpart is against the last accuser of the article (this sentence or before)."""
    accuser: Group | None = None
    for found in sentences:
        accusers = [f.actor for f in found if f.event_type == "ACCUSE" and f.actor is not None]
        for f in found:
            if f.event_type == "REJECT" and f.recipient is None:
                here = [a for a in accusers if not (_ids(a) & _ids(f.actor))]
                target = here[-1] if here else accuser
                if target is not None and not (_ids(target) & _ids(f.actor)):
                    f.recipient = target
        if accusers:
            accuser = accusers[-1]
