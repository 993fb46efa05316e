"""The event lexicon: which words are event triggers, and with which PLOVER type, mode, context and CAMEO code.

Three layers, most trusted first:

1. ``resources/events/triggers.json`` — curated by hand: verbs with conditions on their object and prepositional
   phrases, multiword verbs, light verbs ("carry out", "launch") whose object noun is the trigger, nominalisations.
2. ``resources/events/cameo_verbs.json`` — generated from the CAMEO verb dictionary (see
   ``tools/build_event_lexicon.py``): verb -> default code and patterns of words before and after the verb (the
   best-matching pattern wins). Used only for verbs the curated file does not list, and only when the code maps to
   a PLOVER type (CAMEO 01x statements do not; 02x appeals are REQUEST in mode "appeal", ``plover_for_cameo``).
3. ``resources/events/cameo_plover.json`` — CAMEO code -> PLOVER type/mode/context, and ``plover.json`` — type ->
   quad class, base score and mode scores.

Extra verb dictionaries (e.g. PETRARCH's validation verbs) can be overlaid with ``Lexicon.with_cameo_verbs``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable

from ..resources import load_json, load_word_lists

__all__ = ["Trigger", "Lexicon", "request_cameo", "lexicon", "plover_table", "score_for", "plover_for_cameo",
           "claim_cues", "normalise_type", "SYMMETRIC_TYPES"]

#: types whose parties act together, each an actor ("talks between X and Y", "the agreement between X and Y")
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(frozen=True)
class Trigger:
    """What a trigger word means: a PLOVER type (or ``no_event``) with mode, context and CAMEO code."""

    event_type: str | None
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    source: str = "curated"  # curated | cameo | overlay
    light: bool = False  # a light verb: the event is its object noun
    conditions: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def no_event(self) -> bool:
        return self.event_type is None


@lru_cache(maxsize=1)
def plover_table() -> dict[str, Any]:
    return load_json("events", "plover.json")


@lru_cache(maxsize=1)
def _cameo_plover() -> dict[str, dict]:
    return load_json("events", "cameo_plover.json")["codes"]


def claim_cues() -> dict[str, frozenset[str]]:
    """Words that decide an event's claim status (``resources/events/claims.json``)."""
    return load_word_lists("events", "claims.json")


def intent_cues() -> dict[str, frozenset[str]]:
    """Words that decide what kind of statement of intent a future act is (``resources/events/intents.json``)."""
    return load_word_lists("events", "intents.json")


def threat_code(act_cameo: str | None) -> str | None:
    """The CAMEO code of a threat to do the act coded ``act_cameo`` (``intents.json`` threat_codes: "threatened to
    impose sanctions" 1312, "threatened to attack" 1384), None when the act's code names no kind of threat."""
    codes: dict[str, str] = load_json("events", "intents.json")["threat_codes"]
    code = (act_cameo or "").strip()
    for end in range(len(code), 1, -1):
        if code[:end] in codes:
            return codes[code[:end]]
    return None


def normalise_type(name: str, mode: str | None = None) -> tuple[str, str | None]:
    """A PLOVER 0.5b1 category (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) as PLOVER 1.0 ``(type, mode)``."""
    legacy = plover_table()["legacy"]
    up = name.strip().upper()
    if up in legacy:
        new_type, new_mode = legacy[up]
        return new_type, new_mode or mode
    return up, mode


def plover_for_cameo(code: str | None) -> dict | None:
    """PLOVER type/mode/context for a CAMEO code (the code, else its parent, else its root's generic entry)."""
    if not code:
        return None
    table = _cameo_plover()
    code = code.strip()
    if not code[:2].isdigit():
        return None
    override = plover_table().get("cameo_overrides", {}).get(code)
    if override is not None:  # plover.json: where CAMEO2PLOVER departs from PLOVER 1.0's definitions
        return {**table.get(code, {}), **override}
    if code.startswith("02"):
        # CAMEO's appeals (02x) parallel its demands (10x) code for code (021/101 material cooperation ... 028/108
        # mediation); CAMEO2PLOVER maps only the demands: an appeal is their REQUEST in mode "appeal"
        demand = plover_for_cameo("10" + code[2:])
        return {**demand, "mode": "appeal"} if demand is not None else None
    for n in range(len(code), 2, -1):
        if code[:n] in table:
            return table[code[:n]]
    return table.get(code[:2] + "0") or table.get(code[:2])


def score_for(event_type: str, mode: str | None) -> tuple[float | None, str | None]:
    """``(score, quad_class)`` of a PLOVER type and mode (ACCUSE's base score is read as -3: see plover.json)."""
    info = plover_table()["types"].get(event_type)
    if info is None:
        return None, None
    score = info["modes"].get(mode, info["score"]) if mode else info["score"]
    return float(score), info["quad_class"]


def _trigger_from(entry: dict, weapons: frozenset[str], source: str = "curated") -> Trigger:
    conditions = {}
    for key in ("obj", "pobj", "xcomp_obj", "xcomp", "subj", "subj_ids", "oprd", "conj", "advmod", "subj_head", "out_of", "out_of_cued", "not_on", "not_modifier", "particles", "not_after", "not_in",
                "pcomp_obj", "not_obj", "clause_verbs"):
        if key in entry:
            value = entry[key]
            conditions[key] = weapons if value == "@weapons" else frozenset(value)
    for key in ("prep", "particle", "needs_actor_object", "needs_xcomp", "needs_ccomp_actor", "needs_modifier",
                "needs_light_verb", "needs_dative", "needs_clause", "patient", "needs_place_object", "no_obj",
                "alone_cameo", "pobj_party", "no_clause", "obj_body", "no_prep", "no_party_in_obj", "passive", "phrase", "undergone",
                "subj_igo", "no_office_object", "armed_sides", "party_topic", "on_party", "foreign_obj",
                "obj_named", "bare_obj", "xcomp_against", "pair_subj", "goods_obj", "no_firm_giver", "active",
                "measure_clause", "pcomp_act", "no_fallback", "rung_up", "launcher"):
        if key in entry:
            conditions[key] = entry[key]
    if entry.get("no_event"):
        return Trigger(None, source=source, conditions=conditions)
    return Trigger(
        event_type=entry["type"], mode=entry.get("mode"), context=tuple(entry.get("context") or ()),
        cameo=entry.get("cameo"), source=source, conditions=conditions,
    )


def _class_trigger(entry: dict, weapons: frozenset[str]) -> Trigger | None:
    """A verb-class or adjective entry as a curated trigger; type, mode and context from its CAMEO code unless
    given."""
    info = plover_for_cameo(entry.get("cameo")) or {}
    full = {"type": info.get("event_type"), "mode": info.get("mode"), "context": info.get("context"), **entry}
    if not full.get("type") and not entry.get("no_event"):
        return None
    keep_prep = "pobj" in entry or "pobj_party" in entry or entry.get("route_prep", False)
    full = {k: v for k, v in full.items() if k not in ("verbs", "prep", "speaker") or k == "prep" and keep_prep}
    return _trigger_from(full, weapons)


def _from_cameo(code: str | None, source: str) -> Trigger | None:
    info = plover_for_cameo(code)
    if info is None:
        if source == "overlay" and code and code[:1].isdigit() and not code.startswith(("01", "02")):
            # an overlaid dictionary's own code (PETRARCH's validation verbs use codes outside CAMEO): kept as is
            return Trigger(event_type="OTHER", cameo=code, source=source)
        return None
    return Trigger(event_type=info["event_type"], mode=info.get("mode"), context=tuple(info.get("context") or ()),
                   cameo=code, source=source)


def request_cameo(code: str | None, mode: str) -> str:
    """The CAMEO code of a request in ``mode``: an appeal is 02x, a demand 10x, the same sub-code either way."""
    code = (code or "").strip()
    tail = code[2:] if code[:2] in ("02", "10") else "0"
    return ("02" if mode == "appeal" else "10") + (tail or "0")


class Lexicon:
    """Trigger look-up: ``curated_verb(lemma)`` gives candidate ``Trigger``s in priority order (conditions not yet
    checked), ``cameo_entry(lemma)`` the generated (or overlaid) code and patterns, ``noun(lemma)`` nominalisations."""

    def __init__(self, curated: dict, cameo_verbs: dict, overlay: dict | None = None) -> None:
        self.weapons = frozenset(curated.get("weapons", ()))
        #: nouns of armed forces and their craft ("troops", "warships"): the owner of forces moved in an agentless
        #: passive is the actor ("Indian troops were deployed")
        self.forces = frozenset(curated.get("forces", ()))
        self.verbs: dict[str, list[Trigger]] = {
            lemma: [_trigger_from(e, self.weapons) for e in entries] for lemma, entries in curated["verbs"].items()
        }
        self.phrasal: dict[str, list[Trigger]] = {}
        self.light_verbs = frozenset(curated.get("light_verbs", ()))
        for phrase, entries in curated.get("phrasal", {}).items():
            if entries == "light":
                continue
            self.phrasal[phrase] = [_trigger_from(e, self.weapons) for e in entries]
        self.nouns: dict[str, Trigger] = {k: _trigger_from(v, self.weapons) for k, v in curated.get("nouns", {}).items()}
        self.count_verbs = {k: frozenset(v) for k, v in curated.get("count_verbs", {}).items()}
        self.count_nouns = {k: frozenset(v) for k, v in curated.get("count_nouns", {}).items()}
        self.cameo_verbs = cameo_verbs
        #: inflected forms the generated dictionary lists -> its lemma ("extolled" -> "extol"): the small model
        #: mislemmatises rare verbs ("extoll"), the very verbs only that dictionary knows
        self.verb_forms: dict[str, str] = {f: v for v, e in cameo_verbs.items() for f in e.get("forms", ())}
        self.generated_stop = frozenset(curated.get("generated_stop", ()))
        self.generated_no_default = frozenset(curated.get("generated_no_default", ()))
        self.generated_fallback = frozenset(curated.get("generated_fallback", ()))
        #: "this ban", "the decision": noun -> event types it can refer back to (empty: any type)
        self.anaphoric_nouns = {k: frozenset(v) for k, v in curated.get("anaphoric_nouns", {}).items()}
        self.overlay = overlay or {}
        #: verb classes (``verb_classes.json``): lemma -> conditional triggers tried before the verb's own entries
        self.classes: dict[str, list[Trigger]] = {}
        for entry in curated.get("verb_classes", ()):
            trig = _class_trigger(entry, self.weapons)
            if trig is not None:
                for verb in entry["verbs"]:
                    self.classes.setdefault(verb, []).append(trig)
        #: copular predicates ("is opposed to"): adjective -> (trigger, preposition of the recipient)
        self.adjectives: dict[str, tuple[Trigger, str, bool]] = {}
        for adj, entry in curated.get("adjectives", {}).items():
            trig = _class_trigger(entry, self.weapons)
            if trig is not None:
                self.adjectives[adj] = (trig, entry.get("prep", ""), bool(entry.get("speaker")))
        modes = curated.get("request_modes", {})
        self.appeal_words = frozenset(modes.get("appeal", ()))
        self.demand_words = frozenset(modes.get("demand", ()))

    def request_mode(self, trig: Trigger, words: Iterable[str]) -> Trigger:
        """A REQUEST trigger with its mode, appeal or demand, chosen by the words that made it ("urged", "called
        on": appeal; "demanded", "must": demand; a generated CAMEO 10x code with no listed word: demand), and the
        CAMEO code that follows the mode."""
        if trig.event_type != "REQUEST" or trig.mode in ("appeal", "demand"):
            return trig
        words = set(words)
        if words & self.demand_words:
            mode = "demand"
        elif words & self.appeal_words:
            mode = "appeal"
        elif trig.cameo and trig.cameo.startswith("02"):
            mode = "appeal"
        else:
            mode = "appeal" if trig.source == "curated" else "demand"
        return replace(trig, mode=mode, cameo=request_cameo(trig.cameo, mode))

    def with_cameo_verbs(self, verbs: dict[str, dict]) -> Lexicon:
        """A copy whose look-ups try ``verbs`` (``{lemma: {"code", "patterns"}}``) before everything else."""
        new = Lexicon.__new__(Lexicon)
        new.__dict__.update(self.__dict__)
        new.overlay = verbs
        return new

    def curated_verb(self, lemma: str) -> list[Trigger]:
        return self.phrasal.get(lemma) or self.verbs.get(lemma, [])

    def cameo_entry(self, lemma: str) -> tuple[dict | None, str]:
        if lemma in self.overlay:
            return self.overlay[lemma], "overlay"
        return self.cameo_verbs.get(lemma), "cameo"

    def trigger_for_code(self, code: str | None, source: str) -> Trigger | None:
        return _from_cameo(code, source)

    def may_name_act(self, lemma: str, lower: str) -> bool:
        """A noun of this lemma (and lower-cased text) can have a trigger: its lemma is a word of a listed noun (alone,
        with a modifier, or with an "of" phrase), holds a space or a hyphen, is "strike", or the word is "call"
        ("held a call with X"). Any other noun has none, whatever its modifiers."""
        words = self.__dict__.get("_noun_words")
        if words is None or words[0] is not self.nouns:
            words = (self.nouns, frozenset(w for k in self.nouns for w in k.split(" ")))
            self.__dict__["_noun_words"] = words
        return lemma in words[1] or " " in lemma or "-" in lemma or lemma == "strike" or lower in ("call", "calls")

    def noun(self, lemma: str) -> Trigger | None:
        """The noun's trigger; a hyphened form the list lacks as its unhyphened one ("co-operation")."""
        hit = self.nouns.get(lemma)
        return hit if hit is not None or "-" not in lemma else self.nouns.get(lemma.replace("-", ""))

    def is_light(self, lemma: str) -> bool:
        return lemma in self.light_verbs

    def known_verbs(self) -> Iterable[str]:
        return set(self.verbs) | set(self.phrasal) | set(self.cameo_verbs) | set(self.overlay)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon (cached)."""
    classes = load_json("events", "verb_classes.json")
    curated = {**load_json("events", "triggers.json"), "verb_classes": classes["classes"],
               "adjectives": classes["adjectives"], "forces": classes.get("forces", ())}
    return Lexicon(curated, load_json("events", "cameo_verbs.json")["verbs"])
