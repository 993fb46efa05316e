"""Whom an act is directed at, and for whom its sides act (used by ``events.EventCoder``).

* ``office_country``: an office holder the dictionary does not know, named by the country or body that sends or
  holds the office ("Germany's ambassador to Iraq", "the Chinese envoy for the Middle East", "the UN envoy for
  Yemen"), is that country or body: the possessor or nationality word before the office, or the country of its
  "of" phrase ("the President of Ghana"), never the place after "to" ("to Iraq");
* ``described_people``: a group word the dictionary does not know, used as an adjective of people ("Kurdish
  militants", "Baloch separatists"), is told by the whole phrase, not the word alone;
* ``against_first``: an act of conflict told with a "with"/"to"/"before" phrase and an "against" phrase (of a
  complaint also "about": "filed a complaint with the Security Council against X", "lodged a protest with the UN
  against X") is directed at the party of "against"; the other one is where the act was lodged;
* ``addressee_first``: an appeal is directed at the party it is addressed to ("called on X to use its influence with
  Y", "urged X to press Y"), before any party of what X is asked to do;
* ``speaker_object``: "it" or "them" as the object of an act a party reports ("Russia said NATO was threatening
  it", "China said the US was provoking it over Taiwan") is the party reporting it, the act's recipient;
* ``topic_partners``: the "with" party of a verb of talk the parser hung inside the topic ("discussed the issue of
  border security with X", "raised the question of terrorism with his counterpart"): whom the talk was with;
* ``brokered``: the party that brokered, mediated or hosted what the sides agree to or talk about ("agreed to a
  ceasefire brokered by Qatar") is a third party, not whom the agreement or the talks are directed at;
* ``talk_topic``: the party of an "on"/"about"/"over" phrase of talks, an agreement or co-operation is what they are
  about ("held talks in Geneva on Syria"), not a side of them;
* ``compound_owner``: the party modifying the weapon or means an event noun is compounded with ("Russian missile
  strikes", "Israeli drone attacks") is the act's doer;
* ``same_prep_conjuncts``: a recipient told again with its preposition ("sent aid to Syria and to Lebanon", "to X
  as well as to Y") is one of several recipients;
* ``for_whom``: the party of "on behalf of", "in the name of" is the side an act is done for (the actor's own
  side: "signed the agreement on behalf of the United States"), never whom it is directed at;
* ``told_of_it``: a party named in a relative clause on the object ("welcomed new listings that put pressure on
  X's regime", "praised the plan, which gives X a role") is told of what the object does, not whom the act on it is
  directed at;
* ``author_before_topic``: an act on a document or proposal its author's name modifies ("vetoed a UN resolution on
  X", "rejected the EU plan for X") is directed at the author; the "on"/"for" phrase tells what it is about.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..models import EventActor
from .argwords import argument_words, is_party_noun, names_people
from .cooperation import setting_partners, talk_holder
from .eventargs import DOCUMENT_NOUNS, ArgValue, Args, is_relational, np_text
from .eventlex import claim_cues
from .phrases import TITLES
from .phrases import lemma as _lemma
from ..resources import load_word_lists

__all__ = ["described_people", "speaker_object", "brokered", "topic_partners", "office_country", "against_first",
           "author_before_topic", "paper_authors", "addressee_first", "talk_topic", "compound_owner", "same_prep_conjuncts", "for_whom", "told_of_it",
           "OFFICES", "CONFLICT_TYPES", "blamed_on"]

#: nouns of an office or a body that acts for a state ("ambassador", "envoy", "delegation", "embassy"); the words of
#: ``phrases.TITLES`` that name no office by themselves ("foreign", "general", "head") are left out
OFFICES = (TITLES - {"foreign", "general", "head", "deputy"}) | frozenset({
    "delegation", "embassy", "consulate", "mission", "government", "ministry", "officials", "diplomat", "attache",
    "attaché", "chargé", "charge", "negotiator", "delegate", "counterpart", "administration", "cabinet"})

#: types whose "against" party is the one acted on before a party the act is lodged "with" or addressed "to"
CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})
#: kinds of a known organisation that sends envoys and holds offices ("the UN envoy", "the EU's ambassador")
_BODIES = frozenset({"igo", "organisation", "organization", "armed_group", "party"})
_LODGED_PREPS = frozenset({"with", "to", "before", "at"})
#: a complaint is also directed at the party it is "about" ("complained to the IAEA about X")
_SIDE_PREPS = {"ACCUSE": frozenset({"against", "about"})}


def _sender_before(root: Token, dictionary: Any) -> Any:
    """The actor a word before the office ``root`` names: a country by its possessor ("Germany's", "South Korea's",
    "Moscow's") or nationality word ("Chinese"), else an organisation the dictionary knows by that exact name ("the
    UN envoy", "the EU's ambassador"); None when none does."""
    for child in root.lefts:
        if child.dep_ not in ("poss", "amod", "compound", "nmod"):
            continue
        words = [t.text for t in child.subtree if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
        for text in dict.fromkeys((" ".join(words), child.text)):
            code = dictionary.country_code(text) if text else None
            found = dictionary.find(code) if code else None
            if found is None and text:
                found = next((a for a in dictionary.lookup_exact(text) if a.kind in _BODIES), None)
            if found is not None:
                return found
    return None


def _holder_of(root: Token, dictionary: Any) -> Any:
    """The country of the office's "of" phrase ("the President of Ghana", "the Foreign Minister of Senegal"), never
    of its "to"/"for" phrase (where it is sent); None when the phrase names no country."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                text = " ".join(t.text for t in pobj.subtree if t.dep_ != "det")
                code = dictionary.country_code(text) or dictionary.country_code(pobj.text)
                found = dictionary.find(code) if code else None
                if found is not None:
                    return found
    return None


def office_country(value: ArgValue, args: Args, dictionary: Any) -> ArgValue:
    """``value`` as the country it stands for when it names an office of that country the dictionary does not know
    ("Germany's ambassador to Iraq" -> Germany, "the Chinese ambassador to India" -> China); a named person, a known
    actor or an office named with no country stays as it is. The text is kept."""
    actor_id = value.actor.actor_id
    if actor_id is not None and not actor_id.startswith("new:"):
        return value
    span = args.mentions.at(value.token)
    root = span.root if span is not None else value.token
    if root.ent_type_ == "PERSON" or (span is not None and span.label_.lower() == "person"):
        return value
    if root.lemma_.lower() not in OFFICES and root.lower_ not in OFFICES:
        return value
    country = _sender_before(root, dictionary) or _holder_of(root, dictionary)
    if country is None:
        return value
    return ArgValue(EventActor(actor_id=country.id, name=country.name, text=value.actor.text), True, value.token)


def against_first(cand: list[Token], event_type: str | None) -> list[Token]:
    """``cand`` (recipient heads in preference order) with the objects of "against" put before those of the
    prepositions an act is lodged with ("with", "to", "before", "at") when ``event_type`` is an act of conflict:
    "complained to the UN against X" (a complaint also "about X") is directed at X, also when the parser hangs
    "against X" on the body the act is lodged with ("a complaint with the Security Council against X"). Other
    orders are kept."""
    if event_type not in CONFLICT_TYPES:
        return cand
    lodged = [n for n, c in enumerate(cand) if c.dep_ == "pobj" and c.head.lower_ in _LODGED_PREPS]
    if not lodged:
        return cand
    sides = _SIDE_PREPS.get(event_type or "", frozenset({"against"}))
    against = [c for c in cand if c.dep_ == "pobj" and c.head.lower_ in sides]
    against += [g for n in lodged for p in cand[n].children if p.dep_ == "prep" and p.lower_ in sides
                for g in p.children if g.dep_ == "pobj" and g not in against]
    if not against:
        return cand
    rest = [c for c in cand if c not in against]
    at = rest.index(cand[lodged[0]])
    return rest[:at] + against + rest[at:]


#: documents and proposals whose "on"/"over"/"about"/"for" phrase is their topic ("a resolution on X")
_PAPERS = DOCUMENT_NOUNS | frozenset({"proposal", "plan", "draft", "initiative", "bill", "roadmap", "claim",
                                      "allegation"})
_TOPIC_PREPS = frozenset({"on", "over", "about", "for", "regarding", "concerning"})


#: acts on a proposal or document that are aimed at its author ("rejected the plan that X presented": X)
_AT_AUTHOR_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE", "AGREE"})
#: relative words that open a clause but name no author
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})


def paper_authors(verb: Token, args: Args, event_type: str | None) -> list[Token]:
    """The author a clause on the proposal or document ``verb`` acts on names ("rejected the proposal that Israel
    presented", "welcomed the plan Egypt drafted"), for an act aimed at the author (``_AT_AUTHOR_TYPES``): the act
    is directed at that author, as it is at one named before the noun ("the Russian proposal"). [] otherwise."""
    if event_type not in _AT_AUTHOR_TYPES:
        return []
    return [s for obj in verb.children if obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in _PAPERS
            for r in obj.children if r.dep_ in ("relcl", "acl") and r.i > obj.i and _gapped(r)
            for s in r.children if s.dep_ == "nsubj" and s.lower_ not in _RELATIVE_WORDS and
            args.mentions.at(s) is not None]


def _gapped(clause: Token) -> bool:
    """``clause`` on a noun is a relative clause whose object is the noun ("the plan (that) X presented"), not the
    noun's content ("the proposal that X would withdraw"): no "that" of content, no object of its own."""
    return not any(c.dep_ == "mark" for c in clause.children) and \
        all(c.lower_ in _RELATIVE_WORDS for c in clause.children if c.dep_ in ("dobj", "obj"))


def author_before_topic(cand: list[Token], args: Args) -> list[Token]:
    """``cand`` with an object that names a document or proposal by its author ("a UN resolution", "the Arab League
    plan") put before the parties of that object's topic phrase ("on X", "for X"): the act is directed at the
    author. Other orders are kept."""
    for obj in [c for c in cand if c.dep_ in ("dobj", "obj")]:
        if obj.lemma_.lower() not in _PAPERS:
            continue
        if not any(c.dep_ in ("compound", "amod", "nmod") and args.mentions.at(c) is not None for c in obj.lefts):
            continue
        topics = [n for n, c in enumerate(cand) if c.dep_ == "pobj" and c.head.lower_ in _TOPIC_PREPS and
                  c.head.head == obj]
        if topics and topics[0] < cand.index(obj):
            rest = [c for c in cand if c != obj]
            rest.insert(topics[0], obj)
            return rest
    return cand


#: types of sides acting with each other whose "with" party is their partner, whatever else the clause names
_PARTNER_TYPES = frozenset({"AGREE", "COOPERATE"})
#: prepositions of a verb of appeal that name whom it is addressed to ("called on X", "appealed to X")
_ADDRESS_PREPS = frozenset({"on", "upon", "to"})


def addressee_first(cand: list[Token], verb: Token, event_type: str | None) -> list[Token]:
    """``cand`` with the party a REQUEST verb itself addresses (its object, or the object of its "on"/"upon"/"to")
    put first: "called on Russia to use its influence with the regime" is directed at Russia, not at the party of
    the infinitive. An agreement or co-operation is directed at its partner, the "with" party of the verb or of its
    object, before a party of any other phrase the parser hung on the verb ("signed an accord with X on rail links
    to Y": X). Other types and orders are kept."""
    if event_type in _PARTNER_TYPES:
        partners = [c for c in cand if c.dep_ == "pobj" and c.head.lower_ == "with" and (
            c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or is_party_noun(c)) and (
            c.head.head == verb or (c.head.head.head == verb and c.head.head.dep_ in ("dobj", "obj")))]  # not
        # "with strings attached"
        return partners + [c for c in cand if c not in partners]
    if event_type != "REQUEST":
        return cand
    own = [c for c in cand if (c.head == verb and c.dep_ in ("dobj", "obj", "dative")) or
           (c.dep_ == "pobj" and c.head.head == verb and c.head.dep_ == "prep" and c.head.lower_ in _ADDRESS_PREPS)]
    if not own or cand[:len(own)] == own:
        return cand
    return own + [c for c in cand if c not in own]


#: participles whose "by" party made a deal or talks happen between others ("a truce brokered by X")
_BROKER_VERBS = frozenset({"broker", "mediate", "facilitate", "sponsor", "host", "arrange", "negotiate",
                           "propose", "draft", "organise", "organize", "convene"})
#: types of sides acting with each other, whose broker is no recipient
_BETWEEN_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT"})


def brokered(token: Token, event_type: str | None) -> bool:
    """``token`` is the "by" party of a participle of brokering inside the object of an act of ``event_type``
    between sides ("agreed to a ceasefire brokered by Qatar", "talks hosted by Oman"), or the name hyphened to such a
    participle ("a Qatar-brokered truce", "the Kenya-mediated accord"): a third party."""
    if event_type not in _BETWEEN_TYPES:
        return False
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_.endswith("ed") and \
            doc[token.i + 2].lemma_.lower() in _BROKER_VERBS:
        return True
    while token.dep_ == "conj" and token.head.i < token.i:  # "brokered by Egypt and Qatar": both broker it
        token = token.head
    if token.dep_ != "pobj" or token.head.dep_ not in ("agent", "prep") or token.head.lower_ != "by":
        return False
    verb = token.head.head
    return verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and verb.lemma_.lower() in _BROKER_VERBS


def topic_partners(verb: Token) -> list[Token]:
    """The objects of the "with" phrases inside the object of a verb of talk (``argwords.is_topic_verb``) that has
    none of its own: "discussed the issue of border security with X" is talk with X, however the parser hung the
    phrase; else the partner of the meeting the clause is set in (``cooperation.setting_partners``). [] when
    neither holds one."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    inside = [] if obj is None else [g for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "with"
                                     for g in t.children if g.dep_ == "pobj"]
    return inside or setting_partners(verb)  # "in talks with X, Y discussed ...": the meeting's partner


#: object pronouns that stand for the party reporting the act they are the object of
_SPEAKER_OBJECTS = frozenset({"it", "them"})


def speaker_object(verb: Token, args: Args) -> Token | None:
    """The subject of the reporting verb whose clause holds ``verb``, when ``verb``'s object is "it" or "them" and
    that subject names a party that is not the clause's own subject (a named one) and no other noun of the clause
    comes before the pronoun ("Russia said NATO was threatening it": Russia; not "said X had seized a tanker and
    would not release it"); None otherwise."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lower_ not in _SPEAKER_OBJECTS or obj.pos_ != "PRON":
        return None
    clause = verb
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in claim_cues()["report_verbs"]:
        return None
    own = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if not own or any(verb.doc[i].pos_ == "PRON" for i in own):
        return None  # "X said: 'we will never attack them'": the speaker acts, "them" is another
    if any(t.pos_ in ("NOUN", "PROPN") and t.i not in own for t in verb.doc[clause.left_edge.i:obj.i]):
        return None  # "had seized a tanker and would not release it": the tanker
    for subj in clause.head.children:
        if subj.dep_ == "nsubj" and subj.i not in own and args.mentions.at(subj) is not None:
            return subj
    return None


def _state_organ(people: Token) -> bool:
    """People that act for their state ("Israeli forces", "Egyptian authorities"): the country word names the party."""
    return people.lemma_.lower() in argument_words()["state_organ_nouns"] or \
        people.lower_ in argument_words()["state_organ_nouns"]


def described_people(value: ArgValue, args: Args, listed: bool = False) -> ArgValue:
    """``value`` with the text of the people its word describes when it is a group, nationality or country word used
    as a modifier of a noun of people ("Kurdish militants", "Baloch separatists", "Sudan's former finance minister")
    or named in a "from" phrase of one ("two peacekeepers from Chad"): the people were hit, held or addressed, not
    their country, so the text is the phrase of the people; its actor stays the one the word names. A named person
    stays as it is. People counted by their country's word ("sanctioned four Iranians") are named as written too.
    ``listed``: the party of a sanctions measure, where one person or firm named by a country word ("designated a
    Syrian national") is that person, named as written, by the country's code. Else ``value`` unchanged."""
    actor_id, tok = value.actor.actor_id, value.token
    span = args.mentions.at(tok)
    if span is None or span.label_.lower() == "person" or tok.ent_type_ == "PERSON":
        return value
    root = span.root
    people = None
    if root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.i >= span.end:
        people = root.head  # "Kurdish militants", "Sudan's finance minister"
    elif root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.i < root.head.i and (
            root.head.head.dep_ == "nsubjpass" or any(c.dep_ == "nummod" for c in root.head.head.children)):
        people = root.head.head  # "two peacekeepers from Chad were killed"; not "withdrew forces from Panama"
    if people is None and span.label_ == "country" and root.i == span.end - 1 and root.tag_ in ("NNS", "NNPS") and \
            root.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in root.children) and \
            not _state_organ(root) and not (root.dep_ == "pobj" and root.head.lower_ == "of"):  # "one of three
        # Canadians": one of them, not the three
        text = np_text(root)  # "sanctioned four Iranians", "five North Koreans": the people counted, by their code
        return ArgValue(EventActor(actor_id=actor_id, name=text, text=text), value.linked, root)
    plural = ("NNS", "NNPS", "NN") if listed else ("NNS", "NNPS")
    if people is None and span.label_ == "country" and root.tag_ in plural and span[0].dep_ in ("amod", "compound") and \
            span[0].head.i == root.i and span[0].ent_type_ in ("NORP", "GPE") and names_people(root) and \
            not _state_organ(root):
        text = np_text(root)  # "sanctions on nine Belarusian officials": the officials, by their country's code
        return ArgValue(EventActor(actor_id=actor_id, name=text, text=text), value.linked, root)
    if people is None or people.pos_ not in ("NOUN", "PROPN") or args.mentions.at(people) is not None:
        return value
    if not names_people(people) or is_relational(people):
        return value
    if (actor_id or "").startswith("new:") and root.dep_ in ("amod", "compound") and \
            not (tok.tag_ == "JJ" or tok.ent_type_ in ("NORP", "GPE")):
        return value
    text = np_text(people)  # "sanctioned six Russian individuals": the individuals are named as what they are,
    # by the country's code (a group of people named by its country's word: not the country)
    name = text if people.tag_ in plural and root.dep_ in ("amod", "compound") and span.label_ == "country" \
        and not _state_organ(people) and not any(c.dep_ == "cc" for c in root.children) else value.actor.name
    return ArgValue(EventActor(actor_id=actor_id, name=name, text=text), value.linked, people)


#: types of sides acting together whose "on"/"about"/"over" phrase says what they act on, not with whom
_TALK_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: how a name hangs inside a topic phrase: "on Syria", "on the future of Syria", "on Iran's nuclear programme"
_TOPIC_CHAIN = frozenset({"compound", "amod", "poss", "nmod", "appos", "conj"})
#: prepositions inside a topic phrase that name a side, not the topic ("an agreement on cooperation with X")
_SIDE_WORDS = frozenset({"with", "between", "against"})
#: prepositions of what sides talk or agree about ("for" is left out: "agreed to provide aid for X" names X)
_TALK_PREPS = _TOPIC_PREPS - {"for"}  # "aid for Yemen": "for" names the party helped, no topic


def talk_topic(tok: Token, event_type: str | None) -> bool:
    """``tok`` names what talks, an agreement or co-operation are about, not a side of them: it sits in an
    "on"/"about"/"over"/"regarding"/"concerning" phrase of the act ("held talks in Geneva on Syria", "an agreement
    on Iran's nuclear programme", "cooperate with X on Somalia": X is a side, Somalia the topic), however deep in
    that phrase ("an agreement on visas issued for entry to X", "talks on rail links to X"), unless a "with",
    "between" or "against" phrase inside it names the party as a side."""
    if event_type not in _TALK_TYPES:
        return False
    node = tok
    deep = False  # climbed through a phrase other than "of": only the topic of talks or a text holds it
    for _ in range(10):
        while node.dep_ in _TOPIC_CHAIN and node.head != node:
            node = node.head
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep = node.head
        if prep.lower_ in _TALK_PREPS:
            if prep.head.pos_ in ("NOUN", "PROPN"):
                return not deep or talk_holder(prep.head)
            # a verb's own phrase: "agreed on X" is what was agreed; "called on X" is whom a visit is paid, unless
            # the talk has its partner elsewhere ("spoke with Y on X"); a session convened on X is about X (a
            # briefing with private talks after it, "on Haiti"), not "is on a visit to X"
            return event_type == "CONSULT" and (prep.lower_ != "on" or not deep and prep.head.lemma_.lower() != "call"
                                                or any(
                c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") for c in prep.head.children))
        if prep.lower_ in _SIDE_WORDS:
            return False  # "an agreement on cooperation with X": X is a side
        deep = deep or prep.lower_ != "of"
        node = prep.head  # "on the future of Syria": climb to the topic noun
        if node.dep_ in ("acl", "relcl") and node.tag_ == "VBN":
            deep, node = True, node.head  # "on visas issued for entry to X": the noun the participle tells of
        if node.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def compound_owner(noun: Token, args: Args) -> Token | None:
    """The party named by a modifier of a noun compounded with the event noun ``noun`` ("Russian missile strikes",
    "Israeli drone attacks", "the Turkish artillery shelling"): the doer, as "Russian strikes" would be; a place
    ("the Kabul car bombing") is no doer. None when there is none."""
    for child in noun.children:
        if child.dep_ != "compound" or child.i > noun.i:
            continue
        for mod in child.children:
            if mod.dep_ in ("amod", "compound", "nmod", "poss") and args.mentions.at(mod) is not None and \
                    mod.ent_type_ not in ("GPE", "LOC", "FAC"):
                return mod
    return None


def same_prep_conjuncts(head: Token) -> list[Token]:
    """The objects of the phrases that repeat the preposition of ``head`` in a coordination ("to Syria and to
    Lebanon", "to Syria as well as to Lebanon"): further recipients of the same act. [] when there are none."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ not in ("prep", "dative"):
        return []
    word = prep.lower_
    again = [c for c in prep.children if c.dep_ == "conj" and c.lower_ == word]
    # "as well as to Lebanon": the parser hangs the second phrase on "as", a sibling of the first
    again += [g for c in prep.head.children if c.dep_ == "cc" and c.i > prep.i for g in c.children
              if g.dep_ == "prep" and g.lower_ == word]
    return [o for p in again for o in p.children if o.dep_ == "pobj"]


def for_whom(head: Token) -> bool:
    """Whether ``head`` is "behalf" of "on behalf of X" or "name" of "in the name of X" (see the module text)."""
    return head.dep_ == "pobj" and (head.lemma_.lower(), head.head.lower_) in (("behalf", "on"), ("behalf", "in"),
                                                                              ("name", "in"))


def told_of_it(tok: Token, obj: Token) -> bool:
    """Whether ``tok`` lies in a relative clause on ``obj`` or on a noun inside it (see the module text)."""
    cur = tok
    while cur.i != obj.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl" and cur.pos_ in ("VERB", "AUX"):  # not a noun misread as one ("an anti- X parade")
            return True
        cur = cur.head
    return False


def blamed_on(verb: Token) -> list[Token]:
    """The party an act is blamed on ("police blamed the bombing on separatists", "pinned the attack on the militia"):
    the "on" phrase of a verb of blaming or of its object, which the parser may read as the attack's target; the
    accusation is aimed at it (``statements.json``: ``blame_on_verbs``). None for another verb."""
    if _lemma(verb) not in load_word_lists("events", "statements.json")["blame_on_verbs"]:
        return []
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return [g for h in (verb, obj) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.dep_ == "pobj"][:1]
