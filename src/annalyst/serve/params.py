"""Query parameters shared by pages and the API (one definition: the same filters everywhere)."""

from __future__ import annotations

from typing import Annotated, Optional

from fastapi import Query

from ..models import Filters

__all__ = ["filters", "Limit", "Offset", "Sort"]

_Text = Annotated[Optional[str], Query(max_length=300)]
_Day = Annotated[Optional[str], Query(max_length=10, description="YYYY-MM-DD")]


def filters(
    q: Annotated[Optional[str], Query(max_length=500, description='Full text of the reporting articles: words, "phrases", OR, -word.')] = None,
    actor: Annotated[Optional[str], Query(max_length=300, description="Actor side: an actor id (RUS), a name or alias, or text:<name>.")] = None,
    recipient: Annotated[Optional[str], Query(max_length=300, description="Recipient side, as for actor.")] = None,
    party: Annotated[Optional[str], Query(max_length=300, description="Either side, as for actor.")] = None,
    event_type: Annotated[Optional[str], Query(max_length=16, description="PLOVER event type, e.g. SUPPORT.")] = None,
    status: Annotated[Optional[str], Query(max_length=16, description="asserted, attributed, alleged, denied, proposed, predicted, hypothetical, negated.")] = None,
    quad_class: Annotated[Optional[str], Query(max_length=24, description="verbal cooperation, material cooperation, verbal conflict or material conflict.")] = None,
    since: _Day = None,
    until: _Day = None,
    language: Annotated[Optional[str], Query(max_length=8, description="Language of the reporting article (ISO 639-1).")] = None,
    source: Annotated[Optional[str], Query(max_length=300, description="Site of the reporting article.")] = None,
    article_id: Annotated[Optional[str], Query(max_length=64)] = None,
    cluster_id: Annotated[Optional[str], Query(max_length=64)] = None,
    min_sources: Annotated[Optional[int], Query(ge=1, le=10_000, description="Clusters (and their events) reported by at least this many outlets.")] = None,
) -> Filters:
    return Filters(q=q, actor=actor, recipient=recipient, party=party, event_type=event_type, status=status, quad_class=quad_class, since=since,
                   until=until, language=language, source=source, article_id=article_id, cluster_id=cluster_id,
                   min_sources=min_sources)


Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
Sort = Annotated[str, Query(pattern="^(date|-date|id)$", description="date (oldest first), -date (newest first) or id.")]
