"""Who an actor key names: the packaged actor dictionary overlaid by the store's ``actors`` rows (corrections,
imports and candidates), then the names seen in events for actors no dictionary knows."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..models import Actor
from . import schema as t

if TYPE_CHECKING:  # pragma: no cover
    from .core import Store

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

    def _key_in_use(self, conn: sa.Connection, key: str) -> bool:
        for column in (t.event_actors.c.actor_key, t.cluster_actors.c.actor_key, t.actors.c.id):
            if conn.execute(sa.select(column).where(column == key).limit(1)).first() is not None:
                return True
        return False

    def resolve(self, text: str, dictionary: Any | None = None) -> tuple[str, list[str]]:
        """``(label, actor keys)`` of what a user typed, the one actor resolver of the CLI, the Python API and the
        web app (``Annalyst.resolve_actor``). In this order:

        1. ``text:<name>``: that key as given (an actor no dictionary holds);
        2. an actor id: a stored or dictionary actor's id, or a key found in the store's events and clusters;
        3. an exact name or alias (case, quotes and a leading "the" ignored) of stored and dictionary actors, plus
           the key of events naming an actor by that name without a dictionary link (``text:<name>``).

        Anything else raises ``UnknownActor`` with the closest names as suggestions: a misspelt or unknown name is
        never silently replaced by another actor."""
        from ..errors import UnknownActor
        from .extractions import actor_key

        value = " ".join(text.split())
        if not value:
            raise UnknownActor(text, [])
        if value.startswith("text:"):
            return value[5:], [value]
        dictionary = dictionary if dictionary is not None else _dictionary()
        with self.store.read() as conn:
            if self._key_in_use(conn, value):
                return self.name(value), [value]
        found = dictionary.find(value) if dictionary is not None else None
        if found is None and dictionary is not None and value.upper() != value:
            found = dictionary.find(value.upper()) if value.upper() in dictionary else None
        if found is not None:
            return found.name, [found.id]
        ids = self.lookup(value)
        if dictionary is not None:
            ids += [a.id for a in dictionary.lookup_exact(value) if a.id not in ids]
        unlinked = actor_key(None, value)
        with self.store.read() as conn:
            if self._key_in_use(conn, unlinked):
                ids.append(unlinked)
        if ids:
            return self.name(ids[0], value), ids
        raise UnknownActor(value, [f"{r['name']} ({r['id']})" for r in self.suggestions(value)])

    def suggestions(self, text: str, limit: int = 5) -> list[dict[str, Any]]:
        """The actors a mistyped ``text`` most likely meant: the search's matches ordered by how close the name is to
        what was typed ("Rusia": Russia before Belarus, whose alias merely contains it)."""
        import difflib

        from ..actors.names import norm_key

        key = norm_key(text)
        found = self.search(text, limit=max(limit * 3, 15))

        def closeness(r: dict[str, Any]) -> float:
            return difflib.SequenceMatcher(None, key, norm_key(str(r.get("name") or ""))).ratio()

        return sorted(found, key=closeness, reverse=True)[:limit]

    def search(self, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Actors for a search box, best first: an exact name or alias, then names or aliases starting with
        ``text`` (a word of them for a name), then containing it, then close spellings; ties go to the actor with more
        events in the store. Stored actors (corrections, imports, candidates) and the dictionary's, each
        ``{id, name, kind, country, score, n}`` (``n``: clusters, or events before clustering, naming it)."""
        from ..actors.names import norm_key

        key = norm_key(text)
        if not key:
            return []
        ranked: dict[str, tuple[int, float, Any]] = {}  # id -> (rank, score, actor or row)

        def rank_of(names: list[str]) -> int | None:
            keys = [norm_key(n) for n in names if n]
            if key in keys:
                return 0
            if any(k.startswith(key) for k in keys):
                return 1
            if any(w.startswith(key) for k in keys for w in k.split()):
                return 2
            if any(key in k for k in keys):
                return 3
            return None

        def offer(actor_id: str, rank: int, score: float, record: Any) -> None:
            if actor_id not in ranked or (rank, -score) < ranked[actor_id][:2]:
                ranked[actor_id] = (rank, score, record)

        with self.store.read() as conn:
            for row in conn.execute(
                sa.select(t.actors.c.id, t.actors.c.name, t.actors.c.kind, t.actors.c.country, t.actors.c.record)
                .where(sa.func.lower(t.actors.c.name).contains(text.strip().casefold(), autoescape=True)).limit(200)
            ):
                aliases = [str(a.get("text") or "") for a in (row.record or {}).get("aliases") or [] if isinstance(a, dict)]
                rank = rank_of([row.name, row.id, *aliases])
                offer(row.id, 3 if rank is None else rank, 1.0,
                      {"id": row.id, "name": row.name, "kind": row.kind, "country": row.country})
        dictionary = _dictionary()
        if dictionary is not None:
            for actor in dictionary:
                rank = rank_of([actor.name, actor.id, *(a.text for a in actor.aliases)])
                if rank is not None:
                    offer(actor.id, rank, 1.0 if rank == 0 else 0.9 if rank < 3 else 0.7, actor)
            for actor, score in dictionary.candidates(text, limit=max(limit, 10), min_score=0.6):
                offer(actor.id, 4, score, actor)
        counts = self.event_counts(list(ranked))
        # close spellings (rank 4) go by similarity first; the others by events, the busier actor first
        order = sorted(ranked, key=lambda i: (ranked[i][0], -ranked[i][1] if ranked[i][0] == 4 else 0,
                                              -counts.get(i, 0), -ranked[i][1], i))
        out = []
        for actor_id in order[offset:offset + limit]:
            _rank, score, record = ranked[actor_id]
            if not isinstance(record, dict):
                record = {"id": record.id, "name": record.name, "kind": record.kind, "country": record.country}
            out.append({**record, "score": round(score, 3), "n": counts.get(actor_id, 0)})
        return out

    def _unit_actors(self, conn: sa.Connection) -> tuple[sa.Table, sa.Column]:
        """The actor rows of what the store counts: clusters once it holds any, extracted events before."""
        if conn.execute(sa.select(t.clusters.c.id).limit(1)).first() is not None:
            return t.cluster_actors, t.cluster_actors.c.cluster_id
        return t.event_actors, t.event_actors.c.event_id

    def event_counts(self, keys: list[str]) -> dict[str, int]:
        """How many clusters (or events, before clustering) name each of these actor keys."""
        out: dict[str, int] = {}
        if not keys:
            return out
        with self.store.read() as conn:
            table, unit = self._unit_actors(conn)
            for i in range(0, len(keys), 500):
                part = keys[i:i + 500]
                n = sa.func.count(sa.distinct(unit))
                for row in conn.execute(sa.select(table.c.actor_key, n).where(table.c.actor_key.in_(part))
                                        .group_by(table.c.actor_key)):
                    out[row[0]] = row[1]
        return out

    def in_store(self, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """The actors named by the store's clusters (events before clustering), most events first: ``(rows,
        total)``, each row ``{id, name, kind, country, n}``."""
        with self.store.read() as conn:
            table, unit = self._unit_actors(conn)
            n = sa.func.count(sa.distinct(unit)).label("n")
            rows = conn.execute(sa.select(table.c.actor_key, n).group_by(table.c.actor_key)
                                .order_by(n.desc(), table.c.actor_key).limit(limit).offset(offset)).all()
            total = conn.execute(sa.select(sa.func.count(sa.distinct(table.c.actor_key)))).scalar_one()
        names = self.names([r[0] for r in rows])
        out = []
        for key, count in rows:
            actor = self.get(key)
            out.append({"id": key, "name": names.get(key, key), "kind": actor.kind if actor else None,
                        "country": actor.country if actor else None, "n": count})
        return out, total


def directory(store: Store) -> ActorDirectory:
    return ActorDirectory(store)
