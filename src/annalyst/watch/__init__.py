"""Watching: continuous ingestion from folders and feeds, the journal of what changed, saved alerts and digests.

``sources`` polls and claims new items, ``changes`` journals what changed in clusters, ``alerts`` keeps saved
alerts and their matches, ``delivery`` writes matches out (JSONL, webhook, Atom), ``digest`` summarises a period and
``runner`` runs a watch pass: ingest, extract, cluster, changes, alerts, delivery, in that order.
"""

from .alerts import REASONS, AlertSpec
from .runner import PassSummary, watch_pass

__all__ = ["AlertSpec", "PassSummary", "REASONS", "watch_pass"]
