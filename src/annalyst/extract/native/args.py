"""Who did it to whom, without a parser: roles from markers, groups of mentions, clauses, and word order.

1. **Roles.** Each mention takes a role from the words around it: a postposition after it (Urdu نے is the agent,
   کو/سے/پر mark the other party; Persian را; Pashto ته, سره), else a preposition before it (Russian с, против;
   Persian به، از، با; Pashto له، پر، د; Arabic إلى، على، مع; Chinese 向、对、与), else an Arabic proclitic (بـ، لـ),
   else, in Russian, its case: written as the alias is (nominative) or inflected (oblique). Locative markers make
   a mention a place ("в Кабуле", "در کابل", "在喀布尔").
2. **Groups.** Mentions joined by "and" act together ("Saudi Arabia and Turkey delivered"); a person and the
   country or organisation named next to them with only titles between ("Uzbek Foreign Minister Bakhtiyor Saidov",
   "بختیار سعیدوف، وزیر خارجه ازبکستان") are one party, listed as both (as the gold convention lists them).
3. **Clauses.** A sentence is cut at commas, semicolons, the language's clause conjunctions, complementizers
   ("что", "که", "کہ", "چې", "أن") and conditionals, never inside a group.
4. **Order.** In the trigger's clause the actor is, by the language's basic order: SVO (Russian, Chinese) the nearest
   agent-like group before the trigger (Russian also a nominative one after it: "взяло на себя движение ..."); SOV
   (Urdu, Persian, Pashto) the group marked as agent, else the first unmarked group; VSO (Arabic) an unmarked group
   before the trigger, else the first unmarked one after it. The recipient is the nearest marked group, else the next
   unmarked group on the object side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import NativeLexicon
from .mentions import Unit
from .sentence import Sentence

__all__ = ["Group", "Clause", "Frame", "build_frame", "AGENT_ROLES", "OTHER_ROLES"]

#: roles that may be the actor
AGENT_ROLES = frozenset({"none", "nom", "erg", "by"})
#: roles that mark the other party
OTHER_ROLES = frozenset({"to", "with", "against", "on", "from", "obj", "bi", "for", "about"})
_CLAUSE_PUNCT = frozenset({",", "،", ";", "؛", "，", "；", ":", "—", "–", "(", ")", "、"})
_COORD_PUNCT = frozenset({",", "،", "，", "、"})
_NONE: list = []


@dataclass
class Group:
    """One party: one or more units, the words they span, and their role in the clause."""

    units: list[Unit]
    start: int
    end: int
    role: str
    coordinated: bool = False

    @property
    def linked(self) -> bool:
        return any(u.actor is not None for u in self.units)

    def ids(self) -> set[str]:
        """Actor ids of the group (a place counts as its country)."""
        out = set()
        for u in self.units:
            if u.actor is not None:
                out.add(u.actor.id)
            elif u.place is not None and u.place.country:
                out.add(u.place.country)
        return out

    @property
    def is_place(self) -> bool:
        return all(u.actor is None for u in self.units)

    @property
    def agentive(self) -> bool:
        """Can act: not a bare nationality adjective ("Afghan soil", "افغان ریلوے"); "a US official" can."""
        return any(u.kind != "demonym" or u.head for u in self.units) or len(self.units) > 1


@dataclass
class Clause:
    start: int
    end: int  # exclusive word indexes
    link: str  # first | coord | comp | cond


@dataclass
class Frame:
    """A sentence's groups and clauses, with the searches over them."""

    sent: Sentence
    lex: NativeLexicon
    groups: list[Group]
    places: list[Unit]
    clauses: list[Clause] = field(default_factory=list)

    # --------------------------------------------------------------------------------------- clauses

    def clause_of(self, i: int) -> int:
        for n, c in enumerate(self.clauses):
            if c.start <= i < c.end:
                return n
        return len(self.clauses) - 1

    def in_clause(self, n: int) -> list[Group]:
        c = self.clauses[n]
        return [g for g in self.groups if c.start <= g.start < c.end]

    # ---------------------------------------------------------------------------------------- search

    def actor(self, n: int, t_start: int, t_end: int, victim: bool = False,
              skip: tuple[Group, ...] = ()) -> Group | None:
        """The actor of a trigger at words ``t_start`` .. ``t_end`` in clause ``n`` (see the module docstring);
        ``skip`` are groups bound to another trigger (the agent of a nominal event)."""
        groups = [g for g in self.in_clause(n) if not (g.start < t_end and t_start < g.end) and not g.is_place
                  and g.agentive and not any(g is k for k in skip)]
        if victim:
            return next((g for g in groups if g.role == "by"), None)
        before = [g for g in groups if g.end <= t_start]
        after = [g for g in groups if g.start >= t_end]
        order = self.lex.order
        if order == "SOV":
            erg = [g for g in before if g.role == "erg"]
            if erg:
                return erg[-1]
            unmarked = [g for g in before if g.role in AGENT_ROLES]
            return unmarked[0] if unmarked else None
        if order == "VSO":
            unmarked = [g for g in before if g.role in ("none", "by")]
            if unmarked:
                return unmarked[-1]
            return next((g for g in after if g.role in ("none", "by")), None)
        agents = [g for g in before if g.role in AGENT_ROLES]
        if agents:
            return agents[-1]
        if self.lex.lang == "ru":
            return next((g for g in after if g.role in ("nom", "by")), None)
        return next((g for g in after if g.role == "by"), None)

    def recipient(self, n: int, t_start: int, t_end: int, actor: Group | None, *, wide: bool = False,
                  victim: bool = False, agentive: bool = False, skip: tuple[Group, ...] = ()) -> Group | None:
        """The other party of a trigger. ``wide`` also searches the rest of the sentence and takes places'
        countries (the target of a threat: "strike hideouts inside Afghanistan")."""
        def usable(g: Group) -> bool:
            return g is not actor and not any(g is k for k in skip) and not g.is_place and \
                not (g.start < t_end and t_start < g.end) and \
                (actor is None or not (g.ids() & actor.ids())) and (g.agentive or not agentive)

        groups = [g for g in self.in_clause(n) if usable(g)]
        before = [g for g in groups if g.end <= t_start]
        after = [g for g in groups if g.start >= t_end]
        marked_before = [g for g in before if g.role in OTHER_ROLES]
        order = self.lex.order
        found: Group | None = None
        if victim:
            found = next((g for g in reversed(before) if g.role in ("none", "nom", "erg", "obl")), None)
        elif order == "SOV":
            objects = [g for g in before if g.role == "obj"] if self.lex.lang == "fa" else []
            if objects:  # Persian را marks the one acted on, whatever else is marked ("X را به ... متهم کرد")
                found = objects[-1]
            elif marked_before:
                found = marked_before[-1]
            else:
                start = actor.end if actor is not None else -1
                plain = [g for g in before if g.role in ("none", "nom") and g.start >= start]
                found = plain[-1] if plain else next((g for g in after if g.role not in ("gen", "loc", "source")), None)
        else:
            found = next((g for g in after if g.role not in ("gen", "loc", "source", "erg")), None)
            if found is None and marked_before:
                found = marked_before[-1]
        if found is None:
            gen = [g for g in groups if g.role == "gen"]
            found = gen[-1] if gen else None
        if found is None and wide:
            rest = [g for g in self.groups if usable(g) and g.start >= t_end]
            found = next((g for g in rest if g.role not in ("source",)), None)
            if found is None:
                found = self.place_group(t_end)
        return found

    def place_group(self, after: int = 0) -> Group | None:
        """A place named in the sentence (after word ``after`` when one is), as a group of its country."""
        places = sorted(self.places, key=lambda u: (u.start < after, u.start))
        for u in places:
            if u.place is not None and u.place.country:
                return Group([u], u.start, u.end, "loc")
        return None


# ------------------------------------------------------------------------------------------- building


def _role(sent: Sentence, lex: NativeLexicon, start: int, end: int, first: Unit, last: Unit,
          post_only: bool = False) -> str:
    if lex.chars:
        return _role_chars(sent, lex, start, end, post_only)
    j = end
    while j < len(sent.words) and sent.words[j].token.punct and sent.words[j].token.text in "«»\"“”":
        j += 1
    post = sent.first_at(lex.post_markers, j) if lex.post_markers else None
    if post is not None:
        return lex.roles[post.pattern.text]
    if post_only:
        return "none"
    k = start
    while k > 0 and sent.words[k - 1].token.punct and sent.words[k - 1].token.text in "«»\"“”":
        k -= 1
    pre = sent.ends_at(lex.pre_markers, k) if lex.pre_markers else None
    if pre is not None:
        role = lex.roles[pre.pattern.text]
        if role == "gen" and last.head_after:
            return "none"  # "د پاکستان او طالبانو چارواکو": the officials act
        if role == "loc" and lex.lang == "ru" and first.exact and pre.pattern.text in ("в", "во", "на"):
            return "to"  # "в Афганистан" (where to), not "в Афганистане" (where)
        return role
    if first.proclitic and first.proclitic != "and":
        return first.proclitic
    if lex.lang == "ru":
        return "nom" if first.exact else "obl"
    return "none"


def _role_chars(sent: Sentence, lex: NativeLexicon, start: int, end: int, post_only: bool) -> str:
    """Chinese: a marker is the string right after or right before the name (下于多哈: 于 is glued to 下)."""
    s, e = sent.char_span(start, end)
    after = sent.text[e - sent.start:].lstrip("“”\"'")
    for pat in lex.post_markers:
        if after.startswith(pat.text):
            return lex.roles[pat.text]
    if post_only:
        return "none"
    before = sent.text[:s - sent.start].rstrip("“”\"'")
    for pat in lex.pre_markers:
        if before.endswith(pat.text):
            return lex.roles[pat.text]
    return "none"


def _only(sent: Sentence, idx: list[int], hits: set[int], allow_punct: frozenset[str]) -> bool:
    return all(i in hits or (sent.words[i].token.punct and sent.words[i].token.text in allow_punct) for i in idx)


def _covered(sent: Sentence, patterns: list) -> set[int]:  # noqa: ANN001 - list[Pattern]
    out: set[int] = set()
    for h in sent.find(patterns, longest=False):
        out.update(range(h.start, h.end))
    return out


def build_frame(sent: Sentence, units: list[Unit]) -> Frame:
    """Roles, groups and clauses of a sentence whose mentions are ``units``."""
    lex = sent.lex
    places: list[Unit] = []
    parties: list[tuple[Unit, str]] = []
    for u in units:
        role = _role(sent, lex, u.start, u.end, u, u)
        if u.kind == "place" or (u.kind == "capital" and role == "loc"):
            places.append(u)
            continue
        if u.kind == "capital" and u.actor is None:
            places.append(u)
            continue
        parties.append((u, role))
    coord = _covered(sent, lex.coordination)
    titles = _covered(sent, lex.titles) | _covered(sent, lex.heads)
    gen_markers = {i for h in sent.find(lex.post_markers) + sent.find(lex.pre_markers)
                   if lex.roles[h.pattern.text] == "gen" for i in range(h.start, h.end)}
    groups: list[Group] = []
    for u, role in parties:
        if groups:
            g = groups[-1]
            gap = list(range(g.end, u.start))
            last = g.units[-1]
            if gap and _only(sent, gap, coord, _COORD_PUNCT) and not _comma_only(sent, gap):
                g.units.append(u)
                g.end = u.end
                g.coordinated = True
                if role not in ("none", "nom", "obl"):
                    g.role = role
                continue
            if not gap and u.proclitic == "and":
                g.units.append(u)
                g.end, g.coordinated = u.end, True
                continue
            if (last.person != u.person) and not g.coordinated and len(g.units) == 1 and (gap or not last.person) and \
                    _only(sent, gap, titles | gen_markers, frozenset({",", "،", "，"})):
                g.units.append(u)
                g.end = u.end
                if u.person:
                    g.role = role if role != "gen" else g.role
                elif g.role == "gen":
                    g.role = role
                continue
        groups.append(Group([u], u.start, u.end, role))
    for g in groups:  # a group that acts through its trailing marker keeps it (SOV: "X اور Y نے")
        if lex.order == "SOV" and g.role in ("none", "gen"):
            role = _role(sent, lex, g.start, g.end, g.units[0], g.units[-1], post_only=True)
            g.role = role if role != "none" else g.role
    frame = Frame(sent, lex, groups, places)
    frame.clauses = _clauses(sent, lex, groups)
    return frame


def _comma_only(sent: Sentence, gap: list[int]) -> bool:
    """A gap of commas alone joins nothing (an apposition or a new clause follows), except Chinese 、."""
    return all(sent.words[i].token.punct and sent.words[i].token.text != "、" for i in gap)


def _clauses(sent: Sentence, lex: NativeLexicon, groups: list[Group]) -> list[Clause]:
    inside = {i for g in groups for i in range(g.start + 1, g.end)}
    verbs = sorted({h.start for h in sent.find(lex.trigger_patterns)} |
                   {h.start for kind in ("report", "allege", "deny") for h in sent.find(lex.cues.get(kind, _NONE))})
    coordinators = {h.start for h in sent.find(lex.coordination)}
    cuts: dict[int, str] = {}
    last = 0
    for h in sent.find(lex.boundaries):
        # "and" between nouns ("helicopters and spare parts") cuts nothing: only after a clause with a verb
        if h.start in coordinators and not any(last <= v < h.start for v in verbs):
            continue
        cuts.setdefault(h.start, "coord")
        last = h.start
    for h in sent.find(lex.complementizers):
        cuts[h.start] = "comp"
    for h in sent.find(lex.cues.get("hypothetical", _NONE)):
        cuts[h.start] = "cond"
    if lex.order == "SOV":  # "X گفت چین ... نداده است": what is said follows the verb of saying
        for kind in ("report", "allege"):
            for h in sent.find(lex.cues.get(kind, _NONE)):
                if h.end < len(sent.words) and not sent.words[h.end].token.punct:
                    cuts.setdefault(h.end, "comp")
    for w in sent.words:
        if w.token.punct and w.token.text in _CLAUSE_PUNCT and w.index + 1 < len(sent.words):
            cuts.setdefault(w.index + 1, "comma")
    for g in groups:  # "Pakistan and the Taliban": the conjunction inside a group cuts nothing
        for i in range(g.start + 1, g.end):
            cuts.pop(i, None)
    for i in list(cuts):
        if i in inside or i <= 0:
            cuts.pop(i)
    # "警方称，...", "заявил, что": what follows a verb of saying is its content
    for kind in ("report", "allege"):
        for h in sent.find(lex.cues.get(kind, _NONE)):
            nxt = h.end + 1 if h.end < len(sent.words) and sent.words[h.end].token.punct else h.end
            if cuts.get(nxt) in ("comma", "coord"):
                cuts[nxt] = "comp"
    clauses: list[Clause] = []
    # a sentence that opens with "if" ("如果 ...，X 将 ...") opens with its condition
    start, link = 0, "cond" if any(h.start == 0 for h in sent.find(lex.cues.get("hypothetical", _NONE))) else "first"
    for i in sorted(cuts):
        if i > start:
            clauses.append(Clause(start, i, link))
            start = i
        link = cuts[i]
    clauses.append(Clause(start, len(sent.words), link))
    return clauses
