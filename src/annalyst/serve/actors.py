"""Who an actor key names: the packaged actor dictionary overlaid by the store's ``actors`` rows (corrections,
imports and candidates), then the names seen in events for actors no dictionary knows."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from ..models import Actor
from ..store import Store
from ..store import schema as t

__all__ = ["ActorDirectory", "directory", "script_name", "aliases_by_script"]

_SCRIPT_NAMES = {
    "Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic", "Hans": "Chinese (simplified)", "Hant": "Chinese (traditional)",
    "Deva": "Devanagari", "Grek": "Greek", "Hebr": "Hebrew", "Geor": "Georgian", "Armn": "Armenian", "Thai": "Thai",
    "Jpan": "Japanese", "Kore": "Korean", "Beng": "Bengali", "Guru": "Gurmukhi", "Taml": "Tamil",
}


def script_name(code: str | None) -> str:
    return _SCRIPT_NAMES.get(code or "", code or "unknown script")


def _guess_script(text: str) -> str | None:
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            for word, code in (("LATIN", "Latn"), ("CYRILLIC", "Cyrl"), ("ARABIC", "Arab"), ("CJK", "Hans"),
                               ("DEVANAGARI", "Deva"), ("GREEK", "Grek"), ("HEBREW", "Hebr")):
                if name.startswith(word):
                    return code
            return None
    return None


def aliases_by_script(actor: Actor) -> list[dict[str, Any]]:
    """The actor's aliases grouped by script: ``[{"script", "script_name", "aliases": [{"text", "lang"}]}]``."""
    groups: dict[str, list[dict[str, Any]]] = {}
    seen: set[tuple[str, str | None]] = set()
    for alias in actor.aliases:
        key = (alias.text, alias.lang)
        if key in seen:
            continue
        seen.add(key)
        script = alias.script or _guess_script(alias.text) or "?"
        groups.setdefault(script, []).append({"text": alias.text, "lang": alias.lang})
    order = sorted(groups, key=lambda s: (s != "Latn", s))
    return [{"script": s, "script_name": script_name(s), "aliases": groups[s]} for s in order]


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    from ..actors.dictionary import default_dictionary

    return default_dictionary()


class ActorDirectory:
    """Look-ups of actors for one store (cheap to build: the dictionary is shared and cached)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _stored(self, actor_id: str) -> Actor | None:
        with self.store.read() as conn:
            row = conn.execute(sa.select(t.actors.c.record).where(t.actors.c.id == actor_id)).first()
        if row is None:
            return None
        try:
            return Actor.from_dict(row[0])
        except (TypeError, KeyError):
            return None

    def get(self, key: str) -> Actor | None:
        """The actor for an id (store first, then the dictionary); None for unknown ids and ``text:`` keys."""
        if not key or key.startswith("text:"):
            return None
        actor = self._stored(key)
        if actor is not None:
            return actor
        dictionary = _dictionary()
        return dictionary.find(key) if dictionary is not None else None

    def name(self, key: str, fallback: str | None = None) -> str:
        """A display name for an actor key."""
        actor = self.get(key)
        if actor is not None:
            return actor.name
        if fallback:
            return fallback
        if key.startswith("text:"):
            return key[5:]
        return key

    def names(self, keys: list[str]) -> dict[str, str]:
        """Display names for many keys at once (one query for the stored ones)."""
        out: dict[str, str] = {}
        wanted = [k for k in keys if k and not k.startswith("text:")]
        if wanted:
            with self.store.read() as conn:
                for i in range(0, len(wanted), 500):
                    part = wanted[i:i + 500]
                    for row in conn.execute(sa.select(t.actors.c.id, t.actors.c.name).where(t.actors.c.id.in_(part))):
                        out[row.id] = row.name
        dictionary = _dictionary()
        for key in keys:
            if key in out:
                continue
            if key.startswith("text:"):
                out[key] = key[5:]
                continue
            actor = dictionary.find(key) if dictionary is not None else None
            out[key] = actor.name if actor is not None else key
        return out

    def lookup(self, value: str) -> list[str]:
        """Ids of actors whose name or alias is ``value`` (exact, case-insensitive): stored actors, then the
        dictionary."""
        with self.store.read() as conn:
            ids = [r[0] for r in conn.execute(
                sa.select(t.actors.c.id).where(sa.func.lower(t.actors.c.name) == value.casefold()).limit(20)
            )]
        dictionary = _dictionary()
        if dictionary is not None:
            for actor in dictionary.lookup_exact(value):
                if actor.id not in ids:
                    ids.append(actor.id)
        return ids

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Actors for a search box: stored ones whose name contains ``text``, then dictionary matches."""
        out: dict[str, dict[str, Any]] = {}
        with self.store.read() as conn:
            for row in conn.execute(
                sa.select(t.actors.c.id, t.actors.c.name, t.actors.c.kind, t.actors.c.country)
                .where(sa.func.lower(t.actors.c.name).contains(text.casefold(), autoescape=True)).limit(limit)
            ):
                out[row.id] = {"id": row.id, "name": row.name, "kind": row.kind, "country": row.country, "score": 1.0}
        dictionary = _dictionary()
        if dictionary is not None and len(out) < limit:
            for actor, score in dictionary.search(text, limit=limit):
                out.setdefault(actor.id, {"id": actor.id, "name": actor.name, "kind": actor.kind,
                                          "country": actor.country, "score": score})
        return list(out.values())[:limit]


def directory(store: Store) -> ActorDirectory:
    return ActorDirectory(store)
