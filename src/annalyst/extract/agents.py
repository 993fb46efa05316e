"""Generic agents: parties a report names by what they are, not by name ("militants", "unidentified gunmen",
"security forces", "protesters").

The nouns and their CAMEO sector codes are ``resources/actors/agents.txt``, read by the one agents reader
(``actors.phoenix.parse_agents``). A noun phrase whose head is such a noun (a two-word entry first: "security
forces", "suicide bomber") names the party ``agent:<CODE>`` ("agent:REB", "agent:COP"): an actor of no country,
with the sector as its role and kind (``actors.phoenix.guess_kind``). An organisation's name is never a generic
agent, and a country is never guessed for one ("Tehreek-e-Taliban Pakistan" is not Pakistan).

* ``agent_code(token)``: the sector code of the noun phrase headed by ``token``, or None;
* ``agent_actor(actor_id)``: the ``models.Actor`` record of an ``agent:<CODE>`` id (for the parse output's actors);
* ``is_agent(actor)``: an ``EventActor`` that is a generic agent;
* ``state_force(parties)``: one of the parties is an unnamed force of a state (soldiers, police: MIL, COP), whose
  attacks in a country are not attacks on that country;
* ``speaking_agent(pronoun, subject_heads)``: the generic agent who says what its pronoun subject did ("police said
  they had arrested two suspects": the police), when no name is there for the pronoun;
* ``cameo_code(actor_id)``: the CAMEO code of a party id: ``---<CODE>`` for a generic agent (CAMEO's code of a
  sector whose country is not told: "students" -> ``---EDU``), the id itself otherwise.

The text's own author ("We call on X to ...", "I welcome ..." in a government's release with no speaker named) is a
party too, one the text does not name: ``author_party`` makes it (named ``AUTHOR`` by the coder) and
``author_name`` names it for one article, by the site that published it, so that the "we" of one publisher is never
the "we" of another (``store.extractions.actor_key`` keys an unlinked party by its name). A joint statement names
its authors once, in an apposition to its "we" ("We, the Heads of Government of the Pacific Alliance, ...", "We,
the Foreign Ministers of A, B and C, ..."): ``signatories`` finds them, and the text's "we" is they, not an unnamed
author.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span, Token

from ..models import Actor, Article, EventActor, Role
from .reports import member_of, office_of
from .eventlex import claim_cues

__all__ = ["AGENT_PREFIX", "AUTHOR", "generic_name", "author_party", "described_party", "is_author", "author_name", "signatories", "agent_code", "agent_actor", "is_agent", "agent_table", "cameo_code", "state_force", "nonstate_demonym",
           "speaking_agent"]

AGENT_PREFIX = "agent:"
#: how the parse output names each sector's unnamed party
_SECTOR_NAMES = {"REB": "rebels", "SEP": "separatists", "RAD": "radicals", "UAF": "unidentified armed men",
                 "CRM": "criminals", "MIL": "military", "COP": "police", "OPP": "protesters", "EDU": "students",
                 "LAB": "workers", "AGR": "farmers", "CVL": "civilians", "MED": "journalists", "HLH": "health workers",
                 "JUD": "lawyers", "BUS": "business people", "REF": "refugees",
                 "NGO": "non-governmental organisations"}


@lru_cache(maxsize=1)
def agent_table() -> dict[str, str]:
    """Noun (singular, plural and irregular plural forms, lower case) -> sector code (without the ``~``)."""
    from ..actors.phoenix import parse_agents
    from ..errors import ModelError
    from ..resources import resource_path

    entries, errors = parse_agents(resource_path("actors", "agents.txt"))
    if errors:
        raise ModelError(f"cannot read the generic agents: {errors[0]}")
    table: dict[str, str] = {}
    for entry in entries:
        code = entry.code.lstrip("~")
        forms = [entry.text, *entry.plurals]
        if not entry.no_regular_plural:
            forms.append(entry.text + "s")
        for form in forms:
            table.setdefault(form, code)
    return table


#: agent words that also name a line of anything ("a junta column" is a force, "a column of refugees" a line of them)
_LINE_WORDS = frozenset({"column"})
#: agent words that, before another noun, name its kind ("fighter jets", "a fighter squadron" are aircraft of a
#: kind, no fighters' property)
_KIND_WORDS = frozenset({"fighter"})


def agent_code(token: Token, owner: bool = False) -> str | None:
    """The sector code of the noun phrase headed by ``token`` ("security forces" -> MIL, "gunmen" -> UAF; in
    capitals too when the whole name is such a phrase, "Security Forces", ``generic_name``), or None for any other
    word, a proper noun ("the Rebel Alliance") and a word inside a name. With ``owner``, a thing of a
    sector counts as its party ("a police checkpoint" -> COP, "an army convoy" -> MIL): what an attack hits."""
    table = agent_table()
    if token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "NORP"):
        whole = generic_name(token.doc[_phrase_start(token):token.i + 1].text)
        if whole is not None:  # "Security Forces", "the Police", "SFs": a report's capitals, not a name
            return whole
        office = office_of(token, generic_name)
        if office is not None:  # "the Superintendent of Police" (reports)
            return office
    first = token.pos_ == "PROPN" and (token.is_sent_start or token.text.islower()) and not token.ent_type_
    # "Rebels in Sudan said"; "a jawan": a lower-case word the model did not know is a noun
    if (token.pos_ != "NOUN" and not first) or token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"):
        return None
    if owner:  # "a police check post": the word before the compound before the head too
        for child in [*token.lefts, *(g for c in token.lefts if c.dep_ == "compound" for g in c.lefts)]:
            if child.dep_ in ("compound", "amod") and child.lower_ in table and not child.ent_type_ and \
                    child.lower_ not in _KIND_WORDS:
                return table[child.lower_]
    if token.lemma_.lower() in _LINE_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "a column of refugees", "a column of smoke": a line of what its phrase names, no force
    words = {token.lower_, token.lemma_.lower()}
    for child in token.lefts:
        if child.dep_ in ("compound", "amod") and child.i == token.i - 1:
            for word in words:
                code = table.get(f"{child.lower_} {word}")
                if code:
                    return code
    for word in words:
        code = table.get(word)
        if code:
            return code
    return member_of(token, table)  # "a Maoist commander" (reports)


def generic_name(text: str) -> str | None:
    """The sector code of a whole name that is only a generic noun phrase written with capitals ("Security
    Forces", "the Police", "SFs"), or None: such a name names no one ("Pakistan Army", "Free Syrian Army" are names)."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not any(w[:1].isupper() for w in words):
        return None
    return agent_table().get(" ".join(words).lower())


def _phrase_start(token: Token) -> int:
    """Where the run of compound words before ``token`` starts (``token.i`` when there is none)."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i in range(start, token.i + 1):
        start -= 1
    return start


def is_agent(actor: EventActor) -> bool:
    """``actor`` is a generic agent (``agent:<CODE>``)."""
    return bool(actor.actor_id and actor.actor_id.startswith(AGENT_PREFIX))


def agent_actor(actor_id: str) -> Actor:
    """The actor record of ``agent:<CODE>``: no country, its sector as role and code, its kind from the code."""
    from ..actors.phoenix import guess_kind

    code = actor_id.removeprefix(AGENT_PREFIX)
    roles = [Role(code=code)]
    return Actor(id=actor_id, name=_SECTOR_NAMES.get(code, code.lower()), kind=guess_kind(roles), country=None,
                 roles=roles, codes={"cameo": code})


def cameo_code(actor_id: str) -> str:
    """The CAMEO code of a party id: ``---<CODE>`` for ``agent:<CODE>`` (a sector of no told country), else the id."""
    return "---" + actor_id.removeprefix(AGENT_PREFIX) if actor_id.startswith(AGENT_PREFIX) else actor_id


#: the name the coder gives the text's unnamed author (``author_name`` says whose text it is)
AUTHOR = "the author"


def author_party(text: str) -> EventActor:
    """The text's author as a party ("We" / "I" with no speaker named): no dictionary id, named ``AUTHOR``."""
    return EventActor(actor_id=None, name=AUTHOR, text=text)


#: pronouns that name a party only by what its modifier says of it ("those responsible for the attack")
_DESCRIBED = frozenset({"those", "anyone", "everyone", "all"})
#: prepositions of such a description ("those behind the coup", "those involved in the killings")
_DESCRIBING_PREPS = frozenset({"behind", "in", "from", "with", "at"})


def described_party(pronoun: Token) -> EventActor | None:
    """The party a pronoun names by what it did or is ("calls on those responsible for the attack to ...", "urged
    those behind the coup to restore order", "those holding the hostages", "those who carried out the bombing"):
    statements name the authors of an act they condemn this way when no name is known. The phrase is the party (no
    dictionary id); None for a bare pronoun ("those", "all"), which names no one by itself."""
    if pronoun.dep_ == "predet" and pronoun.head.lower_ in _DESCRIBED:
        return described_party(pronoun.head)  # "all those involved in the fighting"
    if pronoun.lower_ not in _DESCRIBED:
        return None
    # not a participle of what was done to them ("those killed", "those wounded"): the people an act hit, told
    # with their act
    mods = [c for c in pronoun.rights if c.dep_ in ("amod", "relcl") or (c.dep_ == "acl" and (
        c.tag_ == "VBG" or c.lemma_.lower() == "involve")) or (c.dep_ == "prep" and c.lower_ in _DESCRIBING_PREPS)]
    if not mods:
        return None
    end = min(max(t.i for c in mods for t in c.subtree), pronoun.i + 12)  # a long clause: its first words
    # the infinitive after the description is the act asked of the party ("urged those who fired to surrender")
    end = next((t.i - 1 for t in pronoun.doc[pronoun.i + 1:end + 1] if t.tag_ == "TO" and t.dep_ == "aux"), end)
    while end > pronoun.i and pronoun.doc[end].is_punct:
        end -= 1
    if end == pronoun.i:
        return None  # "calls on those to stop": no description
    text = pronoun.doc[pronoun.i:end + 1].text
    return EventActor(actor_id=None, name=text, text=text)


def is_author(actor: EventActor) -> bool:
    """``actor`` is the coder's unnamed author (``author_party``)."""
    return actor.actor_id is None and actor.name == AUTHOR


def author_name(article: Article) -> str:
    """The unnamed author of ``article`` named for it: by its site ("the author (gov.example)"), else by the host of
    its address, else by the article itself, so that two publishers' "we" are never one party."""
    from urllib.parse import urlsplit

    site = (article.site or "").strip()
    if not site and article.url:
        site = urlsplit(article.url).hostname or ""
        site = site.removeprefix("www.")
    return f"{AUTHOR} ({site})" if site else f"{AUTHOR} (article {article.id[:12]})"


#: mention labels of a body of states, which a statement signed by its members' envoys is the act of
_BODY_LABELS = frozenset({"igo"})
#: mention labels of the states or people an apposition to "we" may list as the signatories
_SIGNER_LABELS = frozenset({"country", "person", "igo"})


def signatories(doc: Doc, spans: list[Span]) -> list[Span]:
    """The parties a joint statement names as its "we" in an apposition outside any quote ("We, the Heads of State
    of the Pacific Alliance, assembled in Lima", "We, the Foreign Ministers of A, B and C, ..."): the body of
    states the apposition names first, else the states, bodies and people it lists; [] when it names none ("We, the
    undersigned countries") or the text has no such "we". ``spans`` are the doc's mentions, in order."""
    from .quotespeakers import in_quote

    for tok in doc:
        if tok.lower_ != "we" or tok.dep_ not in ("nsubj", "nsubjpass") or in_quote(tok):
            continue
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
        if appos is None:
            continue
        first, last = appos.left_edge.i, appos.right_edge.i
        closing = [c.i for c in tok.children if c.dep_ == "punct" and c.i > last]  # the parser may hang the
        if closing and closing[0] - first < 60:  # apposition's "of" phrase on "we": up to the comma closing it
            last = closing[0] - 1
        named = [s for s in spans if first <= s.start and s.end - 1 <= last and s.kb_id_ and
                 not s.kb_id_.startswith("new:") and s.label_.lower() in _SIGNER_LABELS]
        if named and named[0].label_.lower() in _BODY_LABELS:
            return [named[0]]  # "the Heads of State of the Pacific Alliance": the body; a body named after the
            # states ("... of A, B and C, and the EU's envoy") is one signatory among them
        out: list[Span] = []
        for span in named:
            if all(span.kb_id_ != o.kb_id_ for o in out):
                out.append(span)
        return out
    return []


#: sectors of a state's own forces
_STATE_SECTORS = frozenset({"MIL", "COP"})
#: sectors of armed parties no state fields: rebels, separatists, radicals, unidentified armed men and militias,
#: criminals
_NONSTATE_ARMED = frozenset({"REB", "SEP", "RAD", "UAF", "CRM"})


def nonstate_demonym(token: Token, country_word: Token) -> str | None:
    """The sector code of the generic party headed by ``token`` when ``country_word``, a state's name or demonym
    modifying it, qualifies an armed party no state fields ("Syrian rebels", "Iraqi militiamen", "Libyan
    insurgents"): the country only says where the party comes from, the generic party acts (a state's own forces,
    "Syrian troops", "the Iraqi army", stay the state). None otherwise."""
    if country_word.i >= token.i or country_word.head.i != token.i or country_word.dep_ not in ("amod", "compound") \
            or not (country_word.pos_ == "ADJ" or country_word.ent_type_ == "NORP"):
        return None  # a demonym only: "ISIL fighters", a party's own name before the noun, are that party's
    code = agent_code(token)
    return code if code in _NONSTATE_ARMED else None


def state_force(parties: list) -> bool:
    """One of ``parties`` (``ArgValue`` or ``EventActor``) is an unnamed force of a state ("security forces",
    "police"): the country of the place it acts in is not its target."""
    for party in parties:
        actor = getattr(party, "actor", party)
        if is_agent(actor) and actor.actor_id.removeprefix(AGENT_PREFIX) in _STATE_SECTORS:
            return True
    return False


#: nouns of a body taken as one or as its members alike ("police said they", "the police said it")
_COLLECTIVE = frozenset({"police", "military", "staff", "personnel", "crew", "leadership"})


def speaking_agent(pronoun: Token, subject_heads: Callable[[Token], list[Token]]) -> Token | None:
    """The generic agent that says what its pronoun subject did: "police said they had arrested two suspects",
    "the army said it had seized arms" (the pronoun the subject of a clause of a verb of saying whose subject is a
    generic agent); None otherwise."""
    clause = pronoun.head
    if pronoun.dep_ == "poss" and clause.dep_ in ("nsubj", "nsubjpass"):
        clause = clause.head  # "the army said its soldiers killed six militants": the army's soldiers
    elif pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in claim_cues()["report_verbs"]:
        return None
    agent = next((h for h in subject_heads(clause.head) if h.pos_ != "PRON" and agent_code(h) is not None), None)
    if agent is None:
        return None
    singular = agent.tag_ in ("NN", "NNP") and agent.lemma_.lower() not in _COLLECTIVE
    if pronoun.lower_ in ("it", "its") and not singular or pronoun.lower_ in ("they", "their", "them") and singular:
        return None  # "the army said they had attacked a post": "they" are others than the army
    return agent
