"""When a verb's default CAMEO code tells its act: the arguments the act needs.

A verb no curated list names falls to the generated CAMEO layer (``resources/events/cameo_verbs.json``): a pattern
of words around the verb, else the verb's default code. The default is one sense of the verb, and news uses most
such verbs in others ("the rupee settled at 82.6" is no concession, "passed a driving test" none, "manage a fund"
no cooperation, "celebrated the victory" no support). Without a pattern, the default's act is told only when its
arguments are those of that act:

- an act between parties needs a party as its doer: a named actor (a mention or a name the mentions lack), a
  pronoun of persons or a noun of people ("the index settled", "the fire raged", "the assault failed" are no acts
  of anybody);
- an act between parties with a direct object needs a party as that object ("thanked the United States",
  "congratulated all concerned"), an act the object names ("brokered the cease-fire") or a measure a party
  proposes or adopts ("approved the law", ``defaults.json``): a thing as the object ("organized a vote", "passed a
  fitness test", "intensified efforts") is another sense of the verb. Attacks, seizures and shows of force take
  things as their targets and keep them; verbs of discussion, praise and criticism ("discussed the crisis",
  "hailed the agreement", "decried the vote") take their topic, and verbs of forbearance what is forborne ("will
  no longer tolerate aggression");
- a journey ("travel", "arrive") is a visit only when its traveller is a state, a body or an official: a named
  actor or a pronoun, not a generic person of private life ("tourists arrived in Mombasa").

Verbs whose default is nearly always another sense ("dominate", "inspire", "postpone") are listed in
``triggers.json`` (``generated_no_default``): only an object pattern of the dictionary codes them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_word_lists
from .agents import agent_code
from .argwords import is_party_noun
from .eventargs import Args
from .eventlex import Lexicon, Trigger, intent_cues
from .phrases import lemma as _lemma
from .readouts import bare_pair
from .wordsenses import verb_senses

#: acts whose object may be a thing: a target attacked, property seized, a force shown
_THING_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
#: acts whose object may be their topic when the verb is one of speech ("discussed the crisis", "decried the vote",
#: "hailed the agreement", "congratulated all concerned")
_TOPIC_TYPES = frozenset({"CONSULT", "ACCUSE", "SUPPORT"})
#: named-entity labels of parties
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: sectors of generic agents whose journeys are no diplomatic visits (agents.txt)
_PRIVATE = frozenset({"CVL", "REF", "LAB", "AGR", "EDU", "BUS", "HLH"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "defaults.json")


def _named(tok: Token, args: Args) -> bool:
    """A mention of an actor, or a name the mentions lack: a name the tagger labels a person, body or country, or
    a proper noun it does not label ("Macron" unknown to the model)."""
    return args.mentions.at(tok) is not None or tok.ent_type_ in _NAMED or (tok.pos_ == "PROPN" and not tok.ent_type_)


def _party(tok: Token, args: Args) -> bool:
    """The token names a party: a mention of an actor, a name of a person, body or country the mentions lack
    ("Macron" when no dictionary names him), a pronoun of persons, a noun of people, "the two" of a readout."""
    return _named(tok, args) or tok.lower_ in _words()["person_words"] or bare_pair(tok) or \
        _lemma(tok) in _words()["party_words"] or \
        agent_code(tok) is not None or (tok.pos_ in ("NOUN", "PROPN") and is_party_noun(tok))


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.children if c.dep_ == "conj")]


def _direct_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _names_act(obj: Token, lex: Lexicon) -> bool:
    """The object is a noun of an act ("the ceasefire") or of a measure ("the law"), a hyphened one too ("the
    cease-fire", which the parser splits into "cease", "-", "fire")."""
    lemma = _lemma(obj)
    if obj.i >= 2 and obj.doc[obj.i - 1].text == "-":
        lemma = f"{obj.doc[obj.i - 2].lower_}-{lemma}"
    return lex.noun(lemma) is not None or lemma in _words()["measure_objects"]


def default_told(verb: Token, trig: Trigger, args: Args | None, lex: Lexicon) -> bool:
    """Whether the generated layer's default code ``trig`` (no pattern matched) tells an act of ``verb``: its doer
    a party, its object a party or an act for acts between parties, a state, body or official for a journey."""
    if args is None or trig.event_type is None:
        return True
    kind = trig.event_type
    if kind == "ASSAULT":
        return True
    subjects = args.subject_heads(verb)
    lexname = verb_senses().lexname(_lemma(verb))
    # a verb of feeling is its feeler's: the subject of its passive, the object of its active ("Japan was dismayed
    # by China's decision", "China's decision dismayed Japan")
    felt = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")] if lexname == "emotion" else []
    if subjects and not any(_party(s, args) for s in (*subjects, *felt)):
        return False  # "the rupee settled at 82.6", "the assault failed to make progress"
    if kind == "CONSULT" and lexname == "motion" and subjects and not any(
            _named(s, args) or s.lower_ in _words()["person_words"] or
            agent_code(s) not in (None, *_PRIVATE) for s in subjects):
        return False  # "fans travelled to Doha": no envoy's journey
    if kind in _THING_OBJECT_TYPES or (kind in _TOPIC_TYPES and lexname == "communication") or \
            _lemma(verb) in intent_cues()["warning_verbs"]:
        return True  # a target, a topic, or what a party will not tolerate ("will not tolerate terrorism")
    obj = _direct_object(verb)
    if obj is None:
        return True
    return any(_party(o, args) or _names_act(o, lex) for o in _with_conjuncts(obj))
