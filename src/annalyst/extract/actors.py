"""The ``annalyst_actors`` component: find actor mentions and link them to one identity.

First it corrects the model's entity labels from the article's context (``entities.correct_entities``: titled names
and a later given or family name are persons, names in a place's position are places). Then, for each doc, it
proposes spans from five sources, keeps the best non-overlapping ones, then links them in text order
(so that what the article already named can be used):

1. **dictionary aliases** (PhraseMatcher on lowercase text; acronyms such as "US", "IS" case-sensitively), extended
   over a following group noun (``"Taliban" movement``) and into government phrases ("the Afghan interim government",
   "the government of Pakistan"), which link to the actor governing that country on the article's date;
2. **capitals and seats of power** ("Moscow", "the Kremlin"), linked to the government they stand for only when the
   place acts (see ``is_agentive``): "Moscow said", "Kabul's interest", "ties between Moscow and the Taliban"; not
   "the Russian embassy in Kabul" or "retook Kabul" (those are places, for ``annalyst_places``);
3. **titles** ("the Afghan Foreign Minister", "Russia's ambassador to Kabul"), linked to the office holder on the
   article's date; a title directly followed by the holder's name is not a mention of its own;
4. **named entities** of the English model (PERSON, ORG, NORP, GPE) not covered above, linked by exact alias, then
   to a person already named in the article ("Kabulov" after "Zamir Kabulov"), then by fuzzy and phonetic match
   (``ActorDictionary.candidates``) at or above ``link_threshold``; names that stay unknown become candidate actors
   ``new:<slug>`` with a kind guessed from the entity label, never dropped;
5. **coreference** (simple, by design): "he/him/his/she/her" link to the last person named within the last
   ``coref_window_sentences`` sentences; "the group", "the movement", "the country" ... to the last actor of a fitting
   kind (``lexicon.json: coref_nouns``).

Output (see ``pipeline.py``): ``doc.spans["mentions"]`` with ``kb_id_`` the actor id (``new:<slug>`` for a candidate),
``label_`` the actor kind (``"unknown"`` for a candidate) and ``span._.score``; ``doc._.actors`` maps ids to ``Actor``.
The forms of a mention (its bounds, clean name, proper-name and own-name checks) are in ``mentionforms``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..models import Actor, Alias
from ..settings import SETTINGS
from ..actors.dictionary import ActorDictionary, default_dictionary
from ..actors.names import lexicon, norm_key, slug
from .entities import correct_entities
from .linkstate import LinkState, described_person, title_words_before, unheld_role
from .agents import agent_code, generic_name
from .argwords import is_equipment
from .personnames import named_after, role_only
from .nameforms import institution_of, vessel_states
from .namecues import after_outlet
from .phrases import tokens_with
from .datelines import agencies
from .mentionforms import (ORG_KINDS, QUOTES, clause_subjects, phrase_clause_subjects, clean_name, currency_amount,
                           definite_start, has_capital, is_known_place, looks_like_name, members_named,
                           said_of_person, modifies_following_noun, own_name, trim)

__all__ = ["ActorLinker", "is_agentive", "make_actor_linker", "DEFAULT_THRESHOLD"]

DEFAULT_THRESHOLD: float = next(s.default for s in SETTINGS if s.name == "link_threshold")

#: kinds a named entity of each label may link to by fuzzy match (exact aliases may link to any kind)
_LABEL_KINDS: dict[str, frozenset[str] | None] = {
    "PERSON": frozenset({"person"}),
    "ORG": None,  # anything but a person, see _fuzzy_kinds
    "NORP": frozenset({"country", "armed_group", "party", "region", "group"}),
    "GPE": frozenset({"country", "region"}),
}
#: offices held "to" or "for" a place they are sent to: the place is the post, not whose office it is
_POSTED_TO = frozenset({"ambassador", "special envoy", "envoy", "high commissioner", "representative",
                        "special representative", "consul"})
_NEW_KIND = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
_MEDIA_WORDS = {"news", "times", "gazeta", "gazette", "tv", "radio", "post", "agency", "press", "journal", "daily", "tribune"}

# priorities when proposals overlap (higher wins at equal length)
_P_NER, _P_METONYM, _P_ALIAS, _P_TITLE, _P_GOV = 1, 2, 3, 4, 5


def _state_body(rest: Span) -> bool:
    """The words after a country's name in a longer name are one of its state's bodies ("the North Korean Foreign
    Ministry", "the Saudi Defence Ministry", ``state_body_words``): the name speaks for the country."""
    words = lexicon().get("state_body_words", ())
    return bool(words) and all(t.lower_ in words for t in rest)


@dataclass
class _Proposal:
    start: int
    end: int
    source: str  # alias, weak, metonym, title, gov, ner
    priority: int
    ids: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def _ancestors_through(token: Token, deps: tuple[str, ...], limit: int = 4) -> Token:
    while token.dep_ in deps and token.head is not token and limit:
        token, limit = token.head, limit - 1
    return token


def is_agentive(span: Span | Token) -> bool:
    """True when a place name acts: subject ("Moscow said"), possessor ("Kabul's interest"), agent of a passive or
    object of "by/between/with/against" ("a move by Kabul", "ties between Moscow and the Taliban"), or a conjunct or
    apposition of one of those. False for places of events ("embassy in Kabul", "retook Kabul") and name parts
    ("the Moscow Format")."""
    lex = lexicon()
    root = span.root if isinstance(span, Span) else span
    if root.dep_ == "compound":
        return False
    root = _ancestors_through(root, ("conj", "appos"))
    dep = root.dep_
    if dep in lex["agent_dependencies"]:
        return True
    if dep == "pobj" and root.head.lower_ in lex["agent_prepositions"]:
        return True
    return False


class ActorLinker:
    """The ``annalyst_actors`` pipeline component (build with ``nlp.add_pipe("annalyst_actors")``)."""

    def __init__(self, nlp: Language, name: str = "annalyst_actors", link_threshold: float = DEFAULT_THRESHOLD,
                 spans_key: str = "mentions", coref: bool = True) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.link_threshold = float(link_threshold)
        self.spans_key = spans_key
        self.coref = coref
        self._dictionary: ActorDictionary | None = None
        self._built_version = -1
        self._built_for: ActorDictionary | None = None
        self._fuzzy_cache: dict[tuple[str, frozenset[str] | None], list[tuple[str, float]]] = {}
        lex = lexicon()
        self._gov_nouns = {w for w in lex["government_nouns"] if " " not in w}
        self._gov_mods = set(lex["government_modifiers"])
        self._group_nouns = set(lex["group_nouns"])
        #: office words a person is named with ("Secretary", "Chancellor"); "Mr", "Dr" are forms of address
        self._office_words = frozenset(w for w in lex["office_titles"] if len(w) > 3)
        self._lesser_offices = frozenset(lex["lesser_office_modifiers"])  # "Deputy Secretary": not the Secretary
        self._sector_nouns = set(lex["sector_nouns"])
        self._coref_nouns = {k: frozenset(v) for k, v in lex["coref_nouns"].items()}
        self._coref_pronouns = dict(lex["coref_pronouns"])
        self._window = int(lex["coref_window_sentences"])
        self._coref_modifiers = frozenset(lex["coref_modifiers"])
        #: the words that may refer back to a mention (pronouns, "his", "her", "the" + noun)
        self._coref_words = frozenset(self._coref_pronouns) | frozenset(self._coref_nouns) | {"his", "her"}

    # -------------------------------------------------------------------------------- dictionary & matchers

    @property
    def dictionary(self) -> ActorDictionary:
        if self._dictionary is None:
            self._dictionary = default_dictionary()
        return self._dictionary

    @dictionary.setter
    def dictionary(self, value: ActorDictionary) -> None:
        """Use another dictionary (e.g. with the user's corrections from the store); matchers are rebuilt."""
        self._dictionary = value
        self._built_version = -1

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   dictionary: ActorDictionary | None = None) -> None:
        """Link against ``dictionary`` (``pipeline.build_pipeline`` passes the workspace's)."""
        if dictionary is not None:
            self.dictionary = dictionary

    def _ensure_matchers(self) -> None:
        d = self.dictionary
        if self._built_version == d.version and self._built_for is d:
            return
        lower, orth = PhraseMatcher(self.vocab, attr="LOWER"), PhraseMatcher(self.vocab, attr="ORTH")
        lower_terms: dict[str, str] = {}
        orth_terms: dict[str, str] = {}
        for text, _ in d.alias_texts():
            key = f"A|{norm_key(text)}"
            bare = text.replace(".", "")
            acronym = bare.isalpha() and (bare.isupper() or any(ch.isupper() for ch in bare[1:]))  # "US", "LeT"
            if len(bare) <= 5 and " " not in text and acronym:
                orth_terms.setdefault(text, key)
                orth_terms.setdefault(text.replace(".", "") if "." in text else text, key)
            else:
                lower_terms.setdefault(text.lower(), key)
                if "." in text:  # "U.N. Security Council": the tokenizer keeps "U.N." one token, not "u.n."
                    lower_terms.setdefault(text, key)
                if "'" in text or "’" in text:  # both apostrophes: "Da'esh" / "Da’esh"
                    lower_terms.setdefault(text.lower().replace("'", "’"), key)
                    lower_terms.setdefault(text.lower().replace("’", "'"), key)
        for key in d.metonym_names():
            lower_terms.setdefault(key, f"M|{key}")
        for variant in d.title_variants():
            lower_terms.setdefault(variant, f"T|{variant}")
        self._add_terms(lower, lower_terms)
        self._add_terms(orth, orth_terms)
        self._lower, self._orth = lower, orth
        self._built_version, self._built_for = d.version, d
        self._fuzzy_cache.clear()

    def _add_terms(self, matcher: PhraseMatcher, terms: dict[str, str]) -> None:
        by_key: dict[str, list[Doc]] = {}
        texts = list(terms)
        for text, doc in zip(texts, self.tokenizer.pipe(texts)):  # type: ignore[union-attr]
            if len(doc):
                by_key.setdefault(terms[text], []).append(doc)
        for key, docs in by_key.items():
            matcher.add(key, docs)

    # ------------------------------------------------------------------------------------------- the call

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_matchers()
        correct_entities(doc, self.dictionary, self.link_threshold)
        day = str(doc._.published or "")[:10] or None
        proposals = self._propose(doc, day)
        chosen = self._select(proposals)
        mentions: list[Span] = []
        actors: dict[str, Actor] = {}
        state = LinkState(doc)
        titled: dict[int, _Proposal] = {}  # "Prime Minister Arvo Kallas": the title the article names him with
        for prop in proposals:
            if prop.source == "title" and prop.data.get("holder_at") is not None:
                had = titled.get(prop.data["holder_at"])
                if had is not None and had.start <= prop.start:
                    continue  # "Vice President Dana Ortiz": the whole title, not the "President" inside it
                titled[prop.data["holder_at"]] = prop
                holder = self._office_holder(prop, day, state)
                if holder is not None:
                    state.expected_holder[prop.data["holder_at"]] = holder.id
        for prop in chosen:
            linked = self._link(doc, prop, day, state)
            if linked is None and "fallback" in prop.data:
                linked = self._link(doc, prop.data["fallback"], day, state)
            if linked is None:
                continue
            actor, score, start, end = linked
            span = Span(doc, start, end, label=actor.kind if not actor.id.startswith("new:") else "unknown",
                        kb_id=actor.id)
            span._.score = round(float(score), 4)
            mentions.append(span)
            actors[actor.id] = actor
            state.add(span, actor, named=prop.source != "title")
            if actor.kind == "person" and start in titled:
                state.note_title(actor, titled[start].data["title"], titled[start].data["country"])
            if actor.kind == "person" and prop.source != "title":
                state.note_title_words(actor, title_words_before(doc, start, self._office_words, self._lesser_offices))
        if self.coref:
            mentions.extend(self._coreference(doc, mentions, actors, state))
            mentions.sort(key=lambda s: (s.start, s.end))
        doc.spans[self.spans_key] = mentions
        doc._.actors = actors
        return doc

    # -------------------------------------------------------------------------------------------- proposing

    def _propose(self, doc: Doc, day: str | None) -> list[_Proposal]:
        d = self.dictionary
        props: list[_Proposal] = []
        ents = list(doc.ents)
        person_tokens = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        # names of places, events, laws ... that contain a country or region: "Western Europe", "the Afghan War"
        named = [(e.start, e.end) for e in ents if e.label_ in ("LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")]
        matches = [(m, s, e) for m, s, e in self._lower(doc)] + [(m, s, e) for m, s, e in self._orth(doc)]
        for match_id, start, end in matches:
            key = self.vocab.strings[match_id]
            kind, _, text_key = key.partition("|")
            span = doc[start:end]
            if kind != "T" and not has_capital(span.text):
                continue  # lowercase "us", "turkey", "west": not a name
            if kind == "T" and len(text_key) <= 3 and not span.text.isupper():
                continue  # "pm" in "5 pm"
            if kind == "A":
                ids = [a.id for a in d.lookup_exact(text_key)]
                if not ids or modifies_following_noun(span):
                    continue
                if any(i in person_tokens for i in range(start, end)) and all(
                        d.get(i).kind == "country" for i in ids):
                    continue  # "Jordan" in "Michael Jordan"
                if any(a <= start and end <= b and (a, b) != (start, end) for a, b in named) and all(
                        d.get(i).kind in ("country", "region") for i in ids):
                    continue
                strong = [i for i in ids if not d.is_weak(i, text_key)]
                prop = _Proposal(start, end, "alias" if strong else "weak", _P_ALIAS, strong or ids)
                self._extend_group_noun(doc, prop)
                props.append(prop)
                country = next((i for i in strong if d.get(i).kind == "country"), None)
                if country:
                    gov = self._government_phrase(doc, start, end)
                    if gov:
                        props.append(_Proposal(gov[0], gov[1], "gov", _P_GOV, [], {"iso": country}))
                    sector_end = self._sector_phrase(doc, end) if d.demonym(span.text) else None
                    if sector_end:
                        props.append(_Proposal(start, sector_end, "alias", _P_ALIAS, [country]))
            elif kind == "M":
                if any(i in person_tokens for i in range(start, end)):
                    continue
                target = d.metonym(text_key)
                if not target:
                    continue
                gov = self._government_phrase(doc, start, end)
                if gov:
                    props.append(_Proposal(gov[0], gov[1], "gov", _P_GOV, [], {"target": target}))
                props.append(_Proposal(start, end, "metonym", _P_METONYM, [], {"target": target}))
            elif kind == "T":
                prop = self._title_proposal(doc, start, end, text_key, ents)  # type: ignore[assignment]
                if prop is not None:
                    props.append(prop)
        props.extend(self._office_word_proposals(doc, person_tokens))
        for ent in ents:
            if ent.label_ not in _LABEL_KINDS:
                continue
            start, end = trim(ent)
            if end > start:
                props.append(_Proposal(start, end, "ner", _P_NER, [], {"label": ent.label_, "ent": (ent.start, ent.end),
                                                                   "own": own_name(ent), "after": named_after(ent),
                                                                   "of_country": institution_of(ent) and not own_name(ent)}))
        # a warship acts for the state its navy's prefix names ("HMS Corrib", and "Corrib" later: ``nameforms``)
        props.extend(_Proposal(b, e, "alias", _P_ALIAS, [i]) for b, e, i in vessel_states(ents) if d.find(i) is not None)
        return props

    def _office_word_proposals(self, doc: Doc, person_tokens: set[int]) -> list[_Proposal]:
        """A bare office word in capitals that no title variant covers ("The Secretary praised ...", "the Chancellor
        and the President", "The Vice President and the Secretary urged ..."): the person the article named with that
        word before ("Secretary of State Paul Hendry"), linked in ``_link`` (none when the article named no one so)."""
        props: list[_Proposal] = []
        for tok in doc:
            i = tok.i
            if i == 0 or i in person_tokens or tok.lower_ not in self._office_words or not tok.text[:1].isupper():
                continue
            before = doc[i - 1].lower_
            if not (before == "the" or before == "and" and i >= 2 and doc[i - 2].text[:1].isupper()
                    and doc[i - 2].lower_ in self._office_words | {"minister", "president"}):
                continue
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and (nxt.text in ("-", "General") or nxt.pos_ in ("PROPN", "ADP") or
                                    nxt.text[:1].isupper() and nxt.is_alpha or
                                    nxt.text == "," and i + 2 in person_tokens):
                continue  # "the Secretary-General", "the Secretary of State", "The Minister for Asia, X": not bare
            props.append(_Proposal(i, i + 1, "office_word", _P_NER - 1, [], {"word": tok.lower_}))
        return props

    def _select(self, props: list[_Proposal]) -> list[_Proposal]:
        """Best non-overlapping proposals, longest first; a country or capital inside a longer organisation name
        gives way to the name ("the Russian Supreme Court"), other dictionary matches beat the entity around them
        ("President Vladimir Putin" -> the alias "Vladimir Putin")."""
        d = self.dictionary
        ner = [p for p in props if p.source == "ner"]
        rest = [p for p in props if p.source != "ner"]
        keep_ner: list[_Proposal] = []
        by_start: dict[int, list[tuple[int, _Proposal]]] = {}  # each entity looks only at the tokens it spans
        for k, q in enumerate(rest):
            by_start.setdefault(q.start, []).append((k, q))
        for p in ner:
            within = sorted(x for i in range(p.start, p.end) for x in by_start.get(i, ()) if x[1].end <= p.end)
            inner = [q for _, q in within if (q.start, q.end) != (p.start, p.end)
                     and q.source in ("alias", "weak", "metonym", "gov")]
            same = [q for _, q in within if (q.start, q.end) == (p.start, p.end) and q.source != "title"]
            if same:
                for q in same:
                    q.data["fallback"] = p  # used when a weak alias or a capital does not link
                continue
            if p.data.get("of_country") and inner and all(q.end == p.end and q.source == "alias" and all(
                    d.get(i).kind == "country" for i in q.ids) for q in inner):
                inner[0].start = p.start  # "the Ministry of Foreign Affairs of Ukraine": Ukraine, by the whole name
            elif inner and all(self._yields_to_name(q, p, d) for q in inner):
                for q in inner:
                    q.data["dropped"] = True
                keep_ner.append(p)
            elif not inner:
                keep_ner.append(p)
        pool = [p for p in rest if not p.data.get("dropped")] + keep_ner
        pool.sort(key=lambda p: (-(p.end - p.start), -p.priority, p.start))
        taken: set[int] = set()
        chosen: list[_Proposal] = []
        for p in pool:
            if p.source == "title" and p.data.get("suppressed"):
                continue
            if any(i in taken for i in range(p.start, p.end)):
                continue
            chosen.append(p)
            taken.update(range(p.start, p.end))
        chosen.sort(key=lambda p: p.start)
        return chosen

    @staticmethod
    def _yields_to_name(inner: _Proposal, outer: _Proposal, d: ActorDictionary) -> bool:
        if inner.source == "weak" or outer.data.get("after"):
            return True  # "Dawn" in "Dawn News TV", "Benazir Bhutto" in "Benazir Bhutto International Airport"
        if outer.data.get("label") not in ("ORG", "NORP", "FAC"):
            return False
        if inner.end == outer.end and inner.source != "metonym" and not outer.data.get("own"):
            return False  # "the Government of Iraq" is Iraq; "the University of Benin" is not Benin
        return inner.source == "metonym" or all(d.get(i).kind == "country" for i in inner.ids)

    def _extend_group_noun(self, doc: Doc, prop: _Proposal) -> None:
        """``"Taliban" movement``: take in the quotes and a following group noun of a non-person, non-country."""
        d = self.dictionary
        if not prop.ids or any(d.get(i).kind in ("person", "country") for i in prop.ids):
            return
        end = prop.end
        if end < len(doc) and doc[end].text in QUOTES:
            end += 1
        if end < len(doc) and doc[end].lower_ in self._group_nouns and doc[end].is_lower:
            start = prop.start
            if start > 0 and doc[start - 1].text in QUOTES:
                start -= 1
            prop.start, prop.end = start, end + 1

    def _government_phrase(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Span of "Afghan (interim) government", "Russia's government", "Kabul regime", "government of Pakistan" or
        "the government in Kabul" around a country/demonym/capital at ``start:end``; None when there is none."""
        i = end
        if i < len(doc) and doc[i].lower_ in ("'s", "’s"):
            i += 1
        j = i
        while j < len(doc) and j - i < 3 and (doc[j].lower_ in self._gov_mods or doc[j].lower_ == "-"):
            j += 1
        if j < len(doc) and doc[j].lower_ in self._gov_nouns and (doc[j].is_lower or doc[j].is_title):
            if doc[j].lower_ == "state" and j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN"):
                return None
            return start, j + 1
        k = start - 1
        if k > 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 1 and doc[k].lower_ in ("of", "in") and doc[k - 1].lower_ in self._gov_nouns:
            lo = k - 1
            while lo > 0 and doc[lo - 1].lower_ in self._gov_mods:
                lo -= 1
            if doc[k].lower_ == "in" and not (lo > 0 and doc[lo - 1].lower_ == "the"):
                return None  # "the government in Kabul" is Afghanistan's; "U.S. authorities in Iraq" are not Iraq's
            if lo > 0 and doc[lo].text[:1].isupper() and doc[lo - 1].is_alpha and doc[lo - 1].text[:1].isupper() \
                    and doc[lo - 1].lower_ != "the":
                return None  # "the Islamic State of Iraq": a group's name holding the country, not its state
            return lo, end
        return None

    def _sector_phrase(self, doc: Doc, end: int) -> int | None:
        """End of "Iraqi (security) forces", "the Syrian people" after a nationality adjective ending at ``end``."""
        for width in (2, 1):
            if end + width <= len(doc):
                words = doc[end:end + width]
                if " ".join(t.lower_ for t in words) in self._sector_nouns and words[-1].pos_ == "NOUN" \
                        and not (words[-1].dep_ in ("compound", "amod") and words[-1].head.i >= end + width):
                    return end + width
        return None

    def _title_proposal(self, doc: Doc, start: int, end: int, variant: str, ents: list[Span]) -> _Proposal | None:
        d = self.dictionary
        canonical = d.title_variants().get(variant, variant)
        country = of_id = None
        first = start
        i = start - 1
        former = False
        while i >= 0 and doc[i].lower_ in ("acting", "then", "interim", "current", "new", "former", "ex", "-"):
            former = former or doc[i].lower_ in ("former", "ex")
            i -= 1
        if i >= 0 and doc[i].lower_ in ("'s", "’s"):
            i -= 1
        for width in (1, 2, 3):
            lo = i - width + 1
            if lo < 0 or doc[lo].lower_ in ("the", "a", "an"):
                continue
            text = doc[lo:i + 1].text
            code = d.country_code(text)
            if code:
                country, first = code, lo
                break
            hits = [a for a in d.lookup_exact(text) if a.kind not in ("person", "country")]
            if hits and has_capital(text):
                of_id, country, first = hits[0].id, hits[0].country, lo
                break
        last = end
        target = None
        j = end
        if j < len(doc) and doc[j].lower_ == "of":
            k = j + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            # "special representative of the President of Russia"
            if k + 1 < len(doc) and doc[k].lower_ in d.title_variants() and doc[k + 1].lower_ == "of":
                k += 2
            found = self._name_at(doc, k)
            if found:
                code, stop = found
                country = country or code
                last = j = stop
        if j < len(doc) and doc[j].lower_ in ("to", "in", "for", "at"):
            k = j + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            found = self._name_at(doc, k, targets=True)
            if found and doc[j].lower_ == "for" and canonical not in _POSTED_TO:
                # "a spokesman for the Kenyan police" speaks for Kenya: whose office it is, not where it is posted
                if not (country or of_id):
                    owner = d.find(found[0])
                    if owner is not None and owner.kind == "country":
                        country = found[0]
                    else:
                        of_id = found[0]
                last = found[1]
                while last < len(doc) and _state_body(doc[last:last + 1]):
                    last += 1  # "a spokesman for the Saudi Foreign Ministry": the body's words are the mention's
            elif found and (canonical in _POSTED_TO or doc[j].lower_ == "to"):
                target, last = found  # "the US ambassador in Kabul"; "the UAE president in Abu Dhabi" is where he is
        # a name right after the title (or after a comma) is the holder: the title is no mention of its own
        follow = last + 1 if last < len(doc) and doc[last].text == "," else last
        honorifics = set(lexicon()["honorifics"])
        while follow < len(doc) and doc[follow].text[:1].isupper() and doc[follow].lower_.rstrip(".") in honorifics \
                and not any(e.start == follow and e.label_ == "PERSON" for e in ents):
            follow += 1  # "army chief General Asim Munir"
        named = any(e.start == follow and e.label_ == "PERSON" for e in ents)
        if not (country or of_id or target):
            country = d.title_country(variant)  # "the Foreign Secretary": the UK's, not the last foreign minister named
        if former or canonical == variant and canonical in ("king", "emir") and not (country or of_id):
            if not named:
                return None
        return _Proposal(first, last, "title", _P_TITLE, [], {
            "title": canonical, "country": country, "of": of_id, "target": target, "suppressed": named or former,
            "holder_at": follow if named else None,
        })

    def _name_at(self, doc: Doc, k: int, targets: bool = False) -> tuple[str, int] | None:
        """(ISO3 or actor id, end token) of a country, capital or organisation named from token ``k``."""
        d = self.dictionary
        for width in (4, 3, 2, 1):
            if k + width > len(doc) or any(t.is_punct and t.text != "." for t in doc[k:k + width]) or \
                    doc[k + width - 1].text == ".":  # the sentence's full stop ends no name
                continue
            text = doc[k:k + width].text
            if not has_capital(text):
                continue
            code = d.country_code(text)
            if code and any(e.label_ in ("ORG", "FAC", "PRODUCT", "LAW") and e.start <= k and k + width < e.end and
                            not _state_body(doc[k + width:e.end]) for e in doc.ents):
                return None  # "secretary general of the Kenya African National Union": the country begins a longer name
            if code:
                return code, k + width
            if targets:
                hits = [a for a in d.lookup_exact(text) if a.kind != "person"]
                if hits:
                    return hits[0].id, k + width
        return None

    # ---------------------------------------------------------------------------------------------- linking

    def _link(self, doc: Doc, prop: _Proposal, day: str | None, state: LinkState
              ) -> tuple[Actor, float, int, int] | None:
        d = self.dictionary
        start, end = prop.start, prop.end
        if prop.source == "alias":
            actor = self._choose(prop.ids, state, doc[start:end])
            return actor, 1.0, start, end
        if prop.source == "weak":
            before = [i for i in prop.ids if i in state.seen or d.get(i).kind == "media" and after_outlet(doc, start)]
            if not before:
                return None
            actor = max((d.get(i) for i in before), key=lambda a: state.seen.get(a.id, 0))
            return actor, 0.9, start, end
        if prop.source == "gov":
            actor = d.resolve_target(prop.data["target"], day) if "target" in prop.data else d.government_of(prop.data["iso"], day)  # type: ignore[assignment]
            return (actor, 0.95, start, end) if actor else None
        if prop.source == "metonym":
            if not is_agentive(doc[start:end]):
                return None
            actor = d.resolve_target(prop.data["target"], day)  # type: ignore[assignment]
            return (actor, 0.95, start, end) if actor else None
        if prop.source == "office_word":
            worded = state.titled_by_word(prop.data["word"])
            return (worded, 0.9, start, end) if worded is not None else None
        if prop.source == "title":
            # "Tomas Arrieta, president of Chile (1902-08)": the role describes the person named, not today's holder
            last = doc[end - 1]
            several = last.tag_ in ("NNS", "NNPS") and last.lemma_.lower() != last.lower_ and \
                "'" not in last.text  # "the foreign ministers of the countries": no one holder (not "d'affaires")
            head = (prop.data.get("title") or "").split()[-1:]
            plurals = {head[0] + "s", head[0] + "es", head[0][:-1] + "ies"} if head else set()
            several = several or any(t.lower_ in plurals for t in doc[start:end])  # "the Foreign Ministers of
            # Chile": the office's own word in the plural, their country's people
            described = described_person(doc[start:end], state) if not several else None
            holder: Actor | None = described or None  # False: a name the article gave, no person it knows
            if described is None and not unheld_role(doc[start:end]) and not several:  # not "a country's ambassador"
                holder = self._office_holder(prop, day, state)
            if holder is not None:
                return holder, 0.9, start, end
            if (several or doc[end - 1].tag_ in ("NNS", "NNPS")) and prop.data["country"]:
                # "Afghan ministers", the parser's plural "the Belarusian charge d'affaires": no one person, but
                # their country's people, as "Iranian officials" is
                country = d.find(prop.data["country"])
                return (country, 0.9, start, end) if country is not None else None
            if several or doc[end - 1].tag_ in ("NNS", "NNPS") or \
                    not (has_capital(doc[start:end].text) or prop.data["country"]):
                return None
            # an office whose holder we do not know on that day: a candidate person named by the title
            text = clean_name(doc[start:end])
            return Actor(id=f"new:{slug(text)}", name=text, kind="person", country=prop.data["country"],
                         aliases=[Alias(text, "en", "Latn")]), 0.0, start, end
        return self._link_entity(doc, prop, day, state)

    def _choose(self, ids: list[str], state: LinkState, span: Span) -> Actor:
        d = self.dictionary
        if len(ids) == 1:
            return d.get(ids[0])
        seen = [i for i in ids if i in state.seen]
        if seen:
            return d.get(max(seen, key=lambda i: state.seen[i]))
        label = span.root.ent_type_
        for i in ids:
            kinds = _LABEL_KINDS.get(label)
            if kinds and d.get(i).kind in kinds:
                return d.get(i)
        return d.get(ids[0])

    def _office_holder(self, prop: _Proposal, day: str | None, state: LinkState) -> Actor | None:
        d = self.dictionary
        title, country, target = prop.data["title"], prop.data["country"], prop.data["target"]
        if country or target or prop.data["of"]:
            # "the Czech ambassador in Moscow" after "Czech Ambassador to Russia Karel Dvorsky": the article's own
            named = state.titled_holder(title, country) if country else None
            if named is not None:
                return named
            holders = d.office_holders(title, country, target, day, of=prop.data["of"])
            return holders[0][0] if holders else None
        # a bare title ("the foreign minister"): the last person named in the article who holds it, by the
        # dictionary or by the title the article named the person with ("Prime Minister Arvo Kallas")
        for actor_id in sorted(state.seen, key=lambda i: -state.seen[i]):
            actor = state.named_with(actor_id, title)
            if actor is not None:
                return actor
            actor = d.find(actor_id)
            if actor is None or actor.kind != "person":
                continue
            role = actor.role_on(day)
            if role and role.title and d.parse_title(role.title)[0] == title:
                return actor
        return None

    def _link_entity(self, doc: Doc, prop: _Proposal, day: str | None, state: LinkState
                     ) -> tuple[Actor, float, int, int] | None:
        d = self.dictionary
        label = prop.data["label"]
        start, end = prop.start, prop.end
        span = doc[start:end]
        text = span.text
        exact = [a for a in d.lookup_exact(text) if not d.is_weak(a.id, text)]
        if label == "PERSON":
            if span.root.dep_ in ("appos", "attr", "oprd", "pobj", "conj") and role_only(text):
                # "Lucien Marchal, who served as premier of France": he, not another premier
                described = described_person(span, state)
                if described:
                    return described, 0.9, start, end
            persons = [a for a in exact if a.kind == "person"]
            local = state.same_person(text, self.link_threshold) if exact and not persons else None
            if local is not None:  # "Jordan said" after "Michael Jordan": the person, not the country
                return local[0], local[1], start, end
            exact = persons or exact
        if exact:
            return self._choose([a.id for a in exact], state, span), 1.0, start, end
        if label == "GPE":
            return None  # unknown places are left to annalyst_places
        if currency_amount(span):
            return None  # "NOK 50 million", "USD 2 million": a sum of money, no party
        if generic_name(text) is not None:
            return None  # "Security Forces", "the Police": a generic party in capitals (agents.agent_code), no name
        if label == "NORP" and len(span) == 1 and span[0].dep_ in ("amod", "compound") and \
                span[0].lower_ in lexicon()["group_adjectives"] and agent_code(span[0].head) is not None:
            return None  # "Islamist militants", "Kurdish rebels": a creed or a people of no state qualifies a
            # generic party, which is the party ("Afghan soldiers" and "Houthi rebels" link above)
        if len(span) == 1:
            short = label != "PERSON" and start > 0 and doc[start - 1].lower_ == "the" and text[:1].isupper()
            org = state.same_organisation(text, short)
            if org is not None:
                return org, 0.9, start, end
        if is_equipment(text):
            return None  # "a VBIED", "two UAVs", "an Improvised Explosive Device": a weapon or vehicle, no party
            # (an acronym of an organisation the article named, "the APC" after "All Progressives Congress", is above)
        person = label == "PERSON"
        if person or (label in ("ORG", "NORP") and len(span) <= 2):
            # the model often tags a bare surname ORG: "Kablov said" after "Zamir Kablov"
            given = len(span) > 1 and all(t.pos_ == "PROPN" for t in span[:-1])  # "Edgar Hollis", not "Accompanying Sisi"
            local = state.same_person(text, self.link_threshold, given)
            if local is not None:
                actor, score = local
                return actor, score, start, end
        if person and len(span) <= 3:
            holder = state.person_holding(text)
            if holder is not None:  # "Abiy" after "Abiy Ahmed", "Al-Sudani" after "Mohammed Shia al-Sudani"
                return holder, 0.9, start, end
        if text in agencies():  # "according to Kyodo": a news agency credited, never a near spelling of a party
            return replace(self._new_actor(span, label), kind="media"), 0.0, start, end
        kinds = _LABEL_KINDS.get(label)
        expected = state.expected_holder.get(start)
        # an acronym is written one way: "SAC" is no misspelling of "SCO"
        acronym = text.replace(".", "").isupper() and len(text.replace(".", "")) <= 6
        best = [] if acronym else self._fuzzy(text, kinds, person)
        if best:
            actor_id, score = best[0]
            ambiguous = len(best) > 1 and best[1][1] >= score - 0.02 and best[1][0] != actor_id
            if expected and any(a == expected for a, s in best if s >= self.link_threshold - 0.15):
                return d.get(expected), max(score, self.link_threshold), start, end
            if score >= self.link_threshold and not ambiguous:
                return d.get(actor_id), score, start, end
        if label in ("ORG", "NORP") and not looks_like_name(span):
            return None
        if is_known_place(text, label) and not (person and said_of_person(span)):
            return None
        return self._new_actor(span, label), 0.0, start, end

    def _fuzzy(self, text: str, kinds: frozenset[str] | None, person: bool) -> list[tuple[str, float]]:
        key = (text, kinds)
        hit = self._fuzzy_cache.get(key)
        if hit is not None:
            return hit
        wanted = kinds if kinds is not None else ORG_KINDS
        # a country is known by every name and demonym it has (countries.tsv): it matches exactly or not at all
        # ("Crimean" is no spelling of "German")
        found = [(a.id, s) for a, s in self.dictionary.candidates(text, wanted, limit=3, min_score=0.6)
                 if a.kind != "country"]
        if len(self._fuzzy_cache) > 20000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[key] = found
        return found

    def _new_actor(self, span: Span, label: str) -> Actor:
        text = clean_name(span)
        kind = _NEW_KIND.get(label, "organisation")
        words = {w.lower() for w in text.split()}
        if kind == "organisation" and words & _MEDIA_WORDS:
            kind = "media"
        country = None
        if kind != "person":
            for width in (2, 1):
                code = self.dictionary.country_code(" ".join(text.split()[:width]))
                if code:
                    country = code
                    break
        return Actor(id=f"new:{slug(text)}", name=text, kind=kind, country=country,
                     aliases=[Alias(text, "en", "Latn")])

    # ----------------------------------------------------------------------------------------- coreference

    def _coreference(self, doc: Doc, mentions: list[Span], actors: dict[str, Actor], state: LinkState) -> list[Span]:
        if not mentions:
            return []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        starts = [sent.start for sent in doc.sents]  # a token's sentence: the last one starting at or before it
        ordered = sorted(mentions, key=lambda s: s.start)
        out: list[Span] = []
        for tok in tokens_with(doc, self._coref_words):  # the words that may refer back
            if tok.i in taken:
                continue
            kinds: frozenset[str] | None = None
            start = end = tok.i
            if tok.lower_ in self._coref_pronouns and tok.pos_ == "PRON" or tok.lower_ in ("his", "her") and tok.dep_ == "poss":
                kinds = frozenset({self._coref_pronouns.get(tok.lower_, "person")})
                end = tok.i + 1
            elif tok.lower_ in self._coref_nouns and tok.pos_ == "NOUN" and (the := definite_start(tok, self._coref_modifiers)) is not None:
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if nxt is not None and (nxt.lower_ == "'s" or nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ == "of" and
                                        members_named(nxt)):
                    continue  # "the group of seven", "the group of states", "the country's"
                kinds = self._coref_nouns[tok.lower_]
                start, end = the, tok.i + 1
            if kinds is None:
                continue
            here = bisect_right(starts, tok.i) - 1
            antecedent = None
            bound = clause_subjects(tok) if start == tok.i else phrase_clause_subjects(tok)
            bound_ids = {m.kb_id_ for m in ordered if any(m.start <= i < m.end for i in bound)}
            for m in reversed(ordered):
                if m.end > start:
                    continue
                if here - (bisect_right(starts, m.start) - 1) > self._window:
                    break
                if m.kb_id_ in bound_ids:
                    continue  # "Faramir thanked him": an object pronoun is not its own clause's subject
                if start < tok.i and len(m.root.conjuncts) >= 2:
                    continue  # "other countries, such as A, B and C, ...": "the country" is no member of a list
                actor = actors.get(m.kb_id_)
                if actor is not None and actor.kind in kinds:
                    antecedent = (actor, m)
                    break
            if antecedent is None:
                continue
            actor, m = antecedent
            span = Span(doc, start, end, label=m.label_, kb_id=actor.id)
            span._.score = round(0.75 * (m._.score or 0.5), 4)
            out.append(span)
        return out


@Language.factory(
    "annalyst_actors",
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc.spans", "doc._.actors", "doc.ents"],
    default_config={"link_threshold": DEFAULT_THRESHOLD, "spans_key": "mentions", "coref": True},
)
def make_actor_linker(nlp: Language, name: str, link_threshold: float, spans_key: str, coref: bool) -> ActorLinker:
    from .pipeline import register_extensions

    register_extensions()
    return ActorLinker(nlp, name, link_threshold=link_threshold, spans_key=spans_key, coref=coref)
