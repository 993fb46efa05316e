"""Building stores of hand-made articles and events for the analysis tests (fictional states: Arnor, Gondor ...)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from annalyst.extract.eventlex import plover_table
from annalyst.models import Article, Counts, Event, EventActor, EventDate, Evidence, Location, ParseResult, Published

#: PLOVER base scores and quad classes (the package's table)
PLOVER = {name: (float(row["score"]), row["quad_class"]) for name, row in plover_table()["types"].items()}

#: who acts for whom among the fictional actors
AFFILIATIONS = {"P-ARN-FM": frozenset({"ARN"}), "ARN-COURT": frozenset({"ARN"}), "P-GON-FM": frozenset({"GON"})}


def affiliations(actor_id: str, day: str | None) -> frozenset[str]:
    return AFFILIATIONS.get(actor_id, frozenset())


def ev(eid: str, article_id: str, etype: str = "SUPPORT", actor: Iterable[str] = ("ARN",),
       recipient: Iterable[str] = ("GON",), start: str | None = None, end: str | None = None, gran: str | None = None,
       *, status: str = "asserted", killed: int | None = None, place: str | None = None, country: str | None = None,
       context: Iterable[str] = (), mode: str | None = None, denied_by: Iterable[str] = (),
       attributed_to: str | None = None, confidence: float = 0.7, at: int = 0) -> Event:
    score, quad = PLOVER[etype]
    if start and end is None:
        end = start
    if start and gran is None:
        gran = "day" if start == end else "interval"
    sentence = f"{etype} by {', '.join(actor)} on {', '.join(recipient)}."
    return Event(
        id=eid, article_id=article_id, event_type=etype, mode=mode, context=list(context),
        actor=[EventActor(a, a, a) for a in actor], recipient=[EventActor(r, r, r) for r in recipient],
        date=EventDate(start, end, gran, None, "published" if start else None),
        location=Location(name=place, country=country, precision="city") if place else None,
        counts=Counts(killed=killed), status=status, attributed_to=attributed_to, denied_by=list(denied_by),
        score=score, quad_class=quad, confidence=confidence,
        evidence=[Evidence(article_id, at, at + len(sentence), sentence, etype.lower())],
    )


def art(aid: str, *, site: str | None = None, published: str | None = "2025-07-12", text: str | None = None,
        url: str | None = None, original_url: str | None = None, translated: bool = False,
        language: str = "en") -> Article:
    from annalyst.ingest.metadata import content_hash

    body = text or _filler(aid)
    return Article(id=aid, text=body, site=site or f"{aid}.example", url=url, original_url=original_url,
                   translated=translated, language=language,
                   published=Published(date=published, source="meta" if published else None),
                   content_hash=content_hash(body))


_WORDS = ("officials capital talks railway harvest river council grain port envoy treaty border market court winter "
          "convoy bridge ledger census garrison caravan tolls customs archive lantern quarry mill ferry orchard").split()


def _filler(seed: str) -> str:
    """A body of its own for each article id (so that unrelated test articles are never near-duplicates)."""
    import random

    rng = random.Random(seed)
    return " ".join(" ".join(rng.sample(_WORDS, 9)).capitalize() + "." for _ in range(6))


class World:
    """A real SQLite store plus helpers to add articles with events and cluster them."""

    def __init__(self, path: Path) -> None:
        from annalyst.store import Store

        self.store = Store(f"sqlite:///{path}")

    def add(self, article: Article, *events: Event) -> Article:
        self.store.add_articles([article])
        self.store.save_extractions([(article.id, ParseResult(article=article, events=list(events)))], extractor="test")
        return article

    def cluster(self, **kw: Any):  # noqa: ANN201
        from annalyst.analyze.runner import cluster_pending

        kw.setdefault("affiliations", affiliations)
        return cluster_pending(self.store, **kw)

    def clusters(self, **kw: Any) -> list:
        kw.setdefault("limit", None)
        return self.store.clusters(**kw)

    def cluster_of(self, event_id: str):  # noqa: ANN201
        found = [c for c in self.clusters() if event_id in c.members]
        assert len(found) == 1, (event_id, found)
        return found[0]

    def close(self) -> None:
        self.store.close()
