"""Words joined to a prefix by a hyphen kept whole: "co-operate", "re-imposed", "co-sponsored".

The English tokenizer splits a hyphen between letters, so "Britain will co-operate with France" reached the parser
as "co", "-", "operate": "co" became the sentence's verb and the act was lost; British, South Asian and many
government releases write "co-operate", "co-ordinate", "re-open" so. For the prefixes named in
``resources/events/verb_anchors.json`` (``joined_prefixes``) the hyphen after the prefix no longer splits; the coder
reads the whole word as its unhyphened form or as the verb after the prefix (``wordsenses``). Compounds of other
prefixes stay split ("counter-terrorism", "anti-government"): their second word carries the meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from ..resources import load_json


@lru_cache(maxsize=1)
def joined_prefixes() -> frozenset[str]:
    return frozenset(load_json("events", "verb_anchors.json").get("joined_prefixes", ()))


def keep_prefixed_words(nlp: Any) -> None:
    """Make ``nlp``'s tokenizer keep "co-operate" whole (idempotent)."""
    tokenizer = nlp.tokenizer
    split: Callable[[str], Iterator[Any]] = tokenizer.infix_finditer
    if getattr(split, "keeps_prefixed_words", False):
        return
    prefixes = joined_prefixes()

    def infixes(text: str) -> Iterator[Any]:
        for match in split(text):
            if match.group() == "-" and text[:match.start()].lower() in prefixes:
                continue
            yield match

    infixes.keeps_prefixed_words = True  # type: ignore[attr-defined]
    tokenizer.infix_finditer = infixes
