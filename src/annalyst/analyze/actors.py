"""Actors as the analysis stage needs them: whom an actor acts for (affiliations), and turning what a user types
("Russia", "RUS", "Kablov") into the actor keys stored with clusters.

``dictionary_affiliations()`` reads the actor dictionary (``actors/dictionary.py``) lazily. An actor acts for:

* the organisation of each role it holds on the day (``Role.of``: a minister for the government, a commander for
  the armed group);
* its country, when it is an organ of the state (a government body, ministry, army, court or legislature);
* its country, while it holds that country's government role (the Taliban for Afghanistan from 2021-08-15);

and, transitively, whatever those act for (a spokeswoman of the foreign ministry acts for the ministry and for
Russia). Armed groups, parties and media act for no one but themselves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from .compat import Affiliations

__all__ = ["ActorRef", "dictionary_affiliations", "load_dictionary", "resolve_actor", "expand_actor"]

log = logging.getLogger(__name__)

#: kinds of actor that are organs of their state
STATE_ORGANS = frozenset({"government", "military", "judiciary", "legislature", "police", "intelligence", "ministry"})


def load_dictionary() -> Any:
    """The packaged actor dictionary (a resource that cannot be read raises ``ModelError``)."""
    from ..actors.dictionary import default_dictionary

    return default_dictionary()


def dictionary_affiliations(dictionary: Any | None = None) -> Affiliations:
    """An ``Affiliations`` function over ``dictionary`` (default: the packaged one)."""
    dictionary = dictionary if dictionary is not None else load_dictionary()

    @lru_cache(maxsize=65536)
    def acts_for(actor_id: str, day: str | None) -> frozenset[str]:
        out: set[str] = set()
        frontier = [actor_id]
        for _ in range(4):
            nxt: list[str] = []
            for current in frontier:
                actor = dictionary.find(current)
                if actor is None:
                    continue
                for target in _direct(actor, day):
                    if target != actor_id and target not in out:
                        out.add(target)
                        nxt.append(target)
            frontier = nxt
            if not frontier:
                break
        return frozenset(out)

    return acts_for


def _direct(actor: Any, day: str | None) -> set[str]:
    out: set[str] = set()
    for role in actor.roles:
        if not role.active(day):
            continue
        if role.of:
            out.add(role.of)
        elif (role.title or "") == "government" and role.code.endswith("GOV"):
            out.add(actor.country or role.code[:3])
    if actor.kind in STATE_ORGANS and actor.country and actor.country != actor.id:
        out.add(actor.country)
    return out


@dataclass
class ActorRef:
    """What a user named: a label to print and the actor keys it stands for."""

    label: str
    keys: list[str]


def resolve_actor(text: str, *, dictionary: Any | None = None, expand: bool = False) -> ActorRef:
    """The actor keys for ``text``: an actor id, an exact alias or a close spelling in the dictionary, and always the
    key of an actor not in the dictionary with that name (``text:<name>``). ``expand`` adds every actor that acts for
    it (``expand_actor``)."""
    from ..store.extractions import actor_key

    dictionary = dictionary if dictionary is not None else load_dictionary()
    keys: list[str] = []
    label = text
    if dictionary is not None:
        found = dictionary.find(text) or dictionary.find(text.upper())
        actors = [found] if found is not None else list(dictionary.lookup_exact(text))
        if not actors:
            actors = [a for a, score in dictionary.search(text, limit=3) if score >= 0.9][:1]
        for actor in actors:
            if actor.id not in keys:
                keys.append(actor.id)
        if actors:
            label = actors[0].name
    if text not in keys:
        keys.append(text)  # an id typed verbatim (also ids of actors the dictionary does not hold)
    keys.append(actor_key(None, text))
    if expand and dictionary is not None:
        for key in list(keys):
            for extra in expand_actor(key, dictionary):
                if extra not in keys:
                    keys.append(extra)
    return ActorRef(label=label, keys=keys)


def expand_actor(actor_id: str, dictionary: Any | None = None,
                 affiliations: Callable[[str, str | None], frozenset[str]] | None = None) -> list[str]:
    """Every dictionary actor that acts for ``actor_id`` at some time (its ministries, officials, commanders)."""
    dictionary = dictionary if dictionary is not None else load_dictionary()
    if dictionary is None:
        return []
    acts_for = affiliations or dictionary_affiliations(dictionary)
    return sorted(a.id for a in dictionary if a.id != actor_id and actor_id in acts_for(a.id, None))
