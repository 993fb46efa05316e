"""CAMEO verb patterns matched against a verb's context: the word forms before the verb in its sentence and after it
(its object and phrases, not other clauses, not the words of a proper name, not a "since ..." or "in response to ..."
adjunct), and the ordered-elements match of a pattern (``resources/events/
cameo_verbs.json``) against them. Used by the event coder (``events.EventCoder``) to pick a verb's CAMEO code."""

from __future__ import annotations

from spacy.tokens import Token

from .eventargs import sentence_of

__all__ = ["word_forms", "pattern_contexts", "match_elements", "particle_held"]

_CLAUSAL = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj"})
#: clauses below the verb's object or phrases whose words are not the verb's ("flies patrols in an attempt to prevent
#: X": the "to" of the noun's clause is no "fly ... to" of a journey)
_NESTED = frozenset({"acl", "relcl", "advcl", "ccomp"})
#: entity types whose capitalised words, in a phrase of the verb, are a name, not the common noun of a pattern
#: ("operations alongside the African Union Mission": no "lead ... mission" of a delegation)
_NAMES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PERSON"})
#: adjuncts of time or cause on the verb whose nouns tell another act ("launched strikes since the launch of the
#: campaign", "led an operation in response to attacks"): a preposition, or "in" with its noun
_ADJUNCTS = frozenset({"since"})
_ADJUNCT_NOUNS = frozenset({"response", "reaction"})

#: prepositions and particles: a pattern whose words after the verb open with one of these names a phrasal verb or a
#: verb's own phrase ("rip into", "crack down on", "call for"), which hangs on the verb itself
_PARTICLES = frozenset({
    "in", "into", "on", "onto", "up", "down", "out", "off", "over", "through", "to", "at", "with", "for", "against",
    "away", "back", "from", "by", "about", "around", "across", "after", "under", "upon", "along", "of", "behind",
    "toward", "towards", "within", "without", "between", "among", "near"})


def word_forms(tok: Token) -> frozenset[str]:
    low = tok.lower_
    out = {low, tok.lemma_.lower()}
    if low.endswith("s") and len(low) > 3:
        out.add(low[:-1])
    return frozenset(out)


def pattern_contexts(verb: Token) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Word forms before the verb (its sentence up to it) and after it (its object and phrases, not other clauses,
    not a clause below them, not the words of a name, not an adjunct of time or cause)."""
    sent = sentence_of(verb)
    before = [word_forms(t) for t in verb.doc[max(sent.start, verb.i - 12):verb.i]]
    skip: set[int] = set()
    for child in verb.children:
        if child.i > verb.i and (child.dep_ in _CLAUSAL or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))
                                 or _adjunct(child)):
            skip.update(t.i for t in child.subtree)
    tail = [t for t in verb.subtree if t.i > verb.i and t.i not in skip]
    for t in tail:
        if t.head is not verb and t.dep_ in _NESTED:
            skip.update(s.i for s in t.subtree)
    after = [word_forms(t) for t in tail if t.i not in skip and not (
        t.pos_ == "PROPN" and t.ent_type_ in _NAMES and t.text[:1].isupper() and _in_phrase(t, verb))]
    return before, after


def _in_phrase(tok: Token, verb: Token) -> bool:
    """``tok`` hangs from the verb through a preposition ("operations alongside the African Union Mission"): a name
    in a phrase of the act, not the object the verb takes ("joined the Naval Forces Command" joins forces)."""
    node = tok
    while node != verb and node.head != node:
        if node.dep_ == "prep":
            return True
        node = node.head
    return False


def _adjunct(child: Token) -> bool:
    """``child`` of the verb is an adjunct of time or cause ("since the launch of X", "in response to X")."""
    if child.dep_ != "prep":
        return False
    low = child.lower_
    return low in _ADJUNCTS or low == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _ADJUNCT_NOUNS for g in child.children)


def match_elements(elements: list[list[str]], forms: list[frozenset[str]], compound: bool = False) -> int | None:
    """Words matched when every element matches, in order (gaps allowed between elements); else None. The element
    ``["%"]`` matches when the subject is a compound (``compound``)."""
    pos = score = 0
    for alternatives in elements:
        if alternatives == ["%"]:
            if not compound:
                return None
            score += 1
            continue
        found: tuple[int, int] | None = None
        for alt in alternatives:
            parts = alt.split()
            for start in range(pos, len(forms) - len(parts) + 1):
                if all(part in forms[start + k] for k, part in enumerate(parts)):
                    if found is None or start + len(parts) < found[0]:
                        found = (start + len(parts), len(parts))
                    break
        if found is None:
            return None
        pos = found[0]
        score += found[1]
    return score


def particle_held(post: list[list[str]], verb: Token) -> bool:
    """False when the pattern's words after the verb open with a preposition or particle that the verb does not
    take as its own: a particle of the verb ("pulled its troops out"), a phrase of the verb opening right after it
    ("called for", "cracked down on") or right after its object ("charged X with murder"), or the "to" of its
    infinitive ("ordered them to leave"), or a phrase of the verb further on when the pattern names more words after
    the particle ("arrive ... for talks"). "Ripped through a market in the city" does not match "rip in", whose "in"
    comes with a place further on. Patterns opening with other words are always held."""
    if not post or not all(len(alt.split()) == 1 and alt in _PARTICLES for alt in post[0]):
        return True
    words = set(post[0])
    nxt = verb.i + 1
    while nxt < len(verb.doc) and verb.doc[nxt].dep_ == "advmod" and verb.doc[nxt].head == verb and \
            verb.doc[nxt].lower_ not in words:
        nxt += 1  # "cracked hard down on"
    after_object = {c.right_edge.i + 1 for c in verb.children if c.dep_ in ("dobj", "obj", "dative") and c.i > verb.i}
    for c in verb.children:
        if c.i > verb.i and c.lower_ in words and (c.dep_ == "prt" or c.i == nxt or c.i in after_object):
            return True  # "pulled its troops out", "called for", "charged X with murder"
        if c.i > verb.i and c.lower_ in words and c.dep_ == "prep" and len(post) > 1:
            return True  # "arrived in Egypt for talks": a phrase of the verb itself, whose words the pattern goes on
            # to name, after another of its phrases
    return any(g.lower_ in words and g.dep_ == "aux" for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
               for g in c.children)  # "ordered them to leave": the infinitive's "to"
