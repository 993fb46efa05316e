"""The store's tables, as SQLAlchemy Core metadata (the one definition queries are built from).

Migrations in ``store/migrations/versions`` create and alter these tables; ``tests/store/test_migrations.py`` checks
that the migrated database and this metadata agree. Dates are ISO ``YYYY-MM-DD`` text in both backends, so they
compare the same way in SQLite and PostgreSQL. Full records (as docs/architecture.md lists them) are kept in ``record``
columns; the other columns are what queries filter, join and sort on.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

__all__ = [
    "metadata",
    "articles",
    "article_links",
    "actors",
    "mentions",
    "time_exprs",
    "quotes",
    "events",
    "event_actors",
    "clusters",
    "cluster_members",
    "cluster_actors",
    "actor_merges",
    "article_minhash",
    "article_bands",
    "cluster_articles",
    "cluster_pairs",
    "watch_sources",
    "watch_items",
    "watch_state",
    "cluster_snapshots",
    "cluster_changes",
    "alerts",
    "alert_matches",
]

#: JSON in SQLite (text), JSONB in PostgreSQL
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(32), nullable=False, unique=True),
    sa.Column("url", sa.Text),
    sa.Column("site", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("subtitle", sa.Text),
    sa.Column("authors", JSON, nullable=False),
    sa.Column("published_date", sa.String(10)),
    sa.Column("published_source", sa.String(16)),
    sa.Column("published_detail", sa.Text),
    sa.Column("language", sa.String(8)),
    sa.Column("translated", sa.Boolean, nullable=False, default=False),
    sa.Column("original_url", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("furniture", JSON, nullable=False),
    sa.Column("fetched_at", sa.String(32)),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("section", sa.Text),
    sa.Column("ingested_at", sa.String(32), nullable=False),
    #: when events were last extracted, and by which extractor version (None: not yet)
    sa.Column("extracted_at", sa.String(32)),
    sa.Column("extractor", sa.String(32)),
    #: when the article was last clustered (None: not yet)
    sa.Column("clustered_at", sa.String(32)),
    #: 0006: why the last extraction of the article failed, and when (None: it did not); failed articles are skipped
    sa.Column("extract_error", sa.Text),
    sa.Column("extract_failed_at", sa.String(32)),
    sa.Index("ix_articles_published", "published_date"),
    sa.Index("ix_articles_content_hash", "content_hash"),
    sa.Index("ix_articles_site", "site"),
    sa.Index("ix_articles_extracted", "extracted_at"),
    # 0002: republication look-ups by URL, and the queue of articles not yet clustered
    sa.Index("ix_articles_url", "url"),
    sa.Index("ix_articles_original_url", "original_url"),
    sa.Index("ix_articles_clustered", "clustered_at", "seq"),
    sa.Index("ix_articles_extract_failed", "extract_failed_at"),
)

#: near-duplicates and republications: ``other_id`` is the earlier (original) article
article_links = sa.Table(
    "article_links",
    metadata,
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("other_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("kind", sa.String(24), nullable=False),  # near_duplicate, republication, translation
    sa.Column("similarity", sa.Float),
    sa.Index("ix_article_links_other", "other_id"),
)

#: 0002: each article's MinHash signature (``num_perm`` little-endian uint32 values) for near-duplicate detection
article_minhash = sa.Table(
    "article_minhash",
    metadata,
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("num_perm", sa.Integer, nullable=False),
    sa.Column("n_shingles", sa.Integer, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

#: 0002: the LSH index as a table: one row per (band, hash of that band of the signature, article); finding the
#: near-duplicate candidates of an article is one indexed look-up per band
article_bands = sa.Table(
    "article_bands",
    metadata,
    sa.Column("band", sa.Integer, primary_key=True),
    sa.Column("key", sa.BigInteger, primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Index("ix_article_bands_article", "article_id"),
)

#: actors the user added or corrected, candidate actors found in text, and imported dictionaries;
#: the packaged dictionary is read from resources and overlaid by these rows
actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", sa.String(96), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("origin", sa.String(16), nullable=False),  # user, candidate, import
    sa.Column("record", JSON, nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
    sa.Index("ix_actors_name", "name"),
)

#: ``drop_id`` was merged into ``keep_id`` by a user; stored data is rewritten and new data follows the map
actor_merges = sa.Table(
    "actor_merges",
    metadata,
    sa.Column("drop_id", sa.String(96), primary_key=True),
    sa.Column("keep_id", sa.String(96), nullable=False),
    sa.Column("merged_at", sa.String(32), nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("actor_id", sa.String(96)),
    sa.Column("score", sa.Float, nullable=False),
    sa.Index("ix_mentions_article", "article_id"),
    sa.Index("ix_mentions_actor", "actor_id"),
)

time_exprs = sa.Table(
    "time_exprs",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("value_start", sa.String(10)),
    sa.Column("value_end", sa.String(10)),
    sa.Column("granularity", sa.String(16)),
    sa.Column("anchor", sa.Text),
    sa.Index("ix_time_exprs_article", "article_id"),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("speaker", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Index("ix_quotes_article", "article_id"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("event_type", sa.String(16), nullable=False),
    sa.Column("mode", sa.String(24)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date_start", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("granularity", sa.String(16)),
    sa.Column("score", sa.Float),
    sa.Column("quad_class", sa.String(24)),
    sa.Column("confidence", sa.Float),
    sa.Column("cluster_id", sa.String(32)),
    sa.Column("record", JSON, nullable=False),
    sa.Index("ix_events_article", "article_id"),
    sa.Index("ix_events_type_date", "event_type", "date_start"),
    sa.Index("ix_events_date", "date_start"),
    sa.Index("ix_events_cluster", "cluster_id"),
    # 0003: status-filtered event lists, newest first
    sa.Index("ix_events_status_date", "status", "date_start"),
)

#: one row per (event, actor, side): what actor/recipient filters and timelines join on
event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("side", sa.String(10), primary_key=True),  # actor | recipient
    sa.Column("actor_key", sa.String(160), primary_key=True),  # actor id, or "text:<name>" for unknown actors
    sa.Column("actor_id", sa.String(96)),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("date_start", sa.String(10)),
    sa.Index("ix_event_actors_actor_date", "actor_id", "date_start"),
    # 0003: event lists by actor walk this covering index (every key alike, ``text:`` keys included)
    sa.Index("ix_event_actors_key_date", "actor_key", "date_start", "side", "event_id"),
)

clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("event_type", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date_start", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("granularity", sa.String(16)),
    sa.Column("score", sa.Float),
    sa.Column("quad_class", sa.String(24)),
    sa.Column("n_articles", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("first_reported", sa.String(10)),
    sa.Column("resolution", sa.String(16)),
    sa.Column("has_contradictions", sa.Boolean, nullable=False, default=False),
    sa.Column("record", JSON, nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
    #: 0002: for forecasts (predicted/proposed), the last day they can be confirmed
    sa.Column("horizon", sa.String(10)),
    sa.Index("ix_clusters_type_date", "event_type", "date_start"),
    sa.Index("ix_clusters_date", "date_start"),
    sa.Index("ix_clusters_open", "resolution", "horizon"),
    # 0004: dyad series read status, dates, quad class and score of a pair's clusters from the index alone
    sa.Index("ix_clusters_dyad", "id", "status", "date_start", "date_end", "quad_class", "score"),
)

cluster_members = sa.Table(
    "cluster_members",
    metadata,
    sa.Column("cluster_id", sa.String(32), sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Index("ix_cluster_members_event", "event_id"),
)

#: one row per (cluster, actor, side), with the merged date: dyad series and timelines read only this and clusters
cluster_actors = sa.Table(
    "cluster_actors",
    metadata,
    sa.Column("cluster_id", sa.String(32), sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("side", sa.String(10), primary_key=True),
    sa.Column("actor_key", sa.String(160), primary_key=True),
    sa.Column("actor_id", sa.String(96)),
    sa.Column("date_start", sa.String(10)),
    # 0002: the actor's name; ``via``: the member actor this row stands for when the row is the organisation a
    # person or state organ acts for (None: the actor is named in the event); the matching window of the cluster
    # (its date interval, or an assumed one), its size class and the status group, for candidate retrieval
    sa.Column("name", sa.Text),
    sa.Column("via", sa.String(160)),
    sa.Column("status_group", sa.String(12)),
    sa.Column("span_class", sa.Integer),
    sa.Column("win_start", sa.String(10)),
    sa.Column("win_end", sa.String(10)),
    sa.Index("ix_cluster_actors_actor_date", "actor_id", "date_start"),
    sa.Index("ix_cluster_actors_key_date", "actor_key", "date_start"),
    sa.Index("ix_cluster_actors_match", "actor_key", "status_group", "span_class", "win_start"),
)

#: 0002: which articles contributed members to a cluster (kept when an article is re-extracted, so its old clusters
#: can be repaired)
cluster_articles = sa.Table(
    "cluster_articles",
    metadata,
    sa.Column("cluster_id", sa.String(32), sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Index("ix_cluster_articles_article", "article_id"),
)

#: 0003: one row per ordered pair of distinct actor keys in a cluster (both sides kept, with the cluster's date, type,
#: status and score; 0005: end date, quad class), derived from ``cluster_actors`` and ``clusters`` by triggers (no
#: writer maintains it): a dyad's clusters are one range of a covering index
cluster_pairs = sa.Table(
    "cluster_pairs",
    metadata,
    sa.Column("a_key", sa.String(160), primary_key=True),
    sa.Column("b_key", sa.String(160), primary_key=True),
    sa.Column("cluster_id", sa.String(32), sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("side_a", sa.String(10), primary_key=True),
    sa.Column("side_b", sa.String(10), primary_key=True),
    sa.Column("date_start", sa.String(10)),
    sa.Column("event_type", sa.String(16)),
    sa.Column("status", sa.String(16)),
    sa.Column("score", sa.Float),
    # 0005: the cluster's end date and quad class, and whether it has a date of its own (``date_start`` falls back to
    # its first report): a dyad's monthly series is read from this table alone
    sa.Column("date_end", sa.String(10)),
    sa.Column("quad_class", sa.String(24)),
    sa.Column("dated", sa.Boolean),
    sa.Index("ix_cluster_pairs_dyad_date", "a_key", "b_key", "date_start", "side_a", "side_b", "status", "event_type",
             "score", "cluster_id", "date_end", "quad_class", "dated"),
    sa.Index("ix_cluster_pairs_cluster", "cluster_id"),
)

#: 0007: what ``annalyst watch`` knows of each source: the conditional-GET validators, the last success and error,
#: how many items it has seen, and when it may be polled again (per-host interval, backoff after errors)
watch_sources = sa.Table(
    "watch_sources",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_success", sa.String(32)),
    sa.Column("last_error", sa.Text),
    sa.Column("last_error_at", sa.String(32)),
    sa.Column("errors", sa.Integer, nullable=False, default=0),
    sa.Column("items_seen", sa.Integer, nullable=False, default=0),
    sa.Column("next_poll_at", sa.String(32)),
)

#: 0007: each item (a file's path and version, a feed entry) a watcher claimed; the primary key is the claim, so two
#: watchers on one store never both ingest an item. ``done_at`` None: claimed and not ingested yet (a killed watcher's
#: claims are taken over once ``claimed_at`` is older than the lease)
watch_items = sa.Table(
    "watch_items",
    metadata,
    sa.Column("source_key", sa.Text, primary_key=True),
    sa.Column("item_key", sa.Text, primary_key=True),
    sa.Column("version", sa.String(80), primary_key=True),
    sa.Column("claimed_at", sa.String(32), nullable=False),
    sa.Column("owner", sa.Text),
    sa.Column("done_at", sa.String(32)),
    sa.Column("articles", sa.Integer),
    sa.Column("error", sa.Text),
)

#: 0007: small named values of the watcher: the cluster ``updated_at`` watermark of change detection
watch_state = sa.Table(
    "watch_state",
    metadata,
    sa.Column("key", sa.String(40), primary_key=True),
    sa.Column("value", sa.Text),
)

#: 0007: the last state of each cluster change detection saw, compared with the next one
cluster_snapshots = sa.Table(
    "cluster_snapshots",
    metadata,
    sa.Column("cluster_id", sa.String(32), primary_key=True),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("resolution", sa.String(16)),
    sa.Column("contradictions", sa.Integer, nullable=False),
    sa.Column("seen_at", sa.String(32), nullable=False),
)

#: 0007: the journal of what changed (kind: new, corroborated, status_changed, forecast_resolved, contradicted), in
#: order; alerts and the digest read it. Unique per (cluster, kind, detail): a change is journaled once
cluster_changes = sa.Table(
    "cluster_changes",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("cluster_id", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(24), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, default=""),
    sa.UniqueConstraint("cluster_id", "kind", "detail", name="uq_cluster_changes"),
    sa.Index("ix_cluster_changes_at", "at"),
)

#: 0007: saved alerts: filters (JSON), the last journal entry they were evaluated against, and for dyad alerts the
#: monthly means last reported
alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("name", sa.String(80), primary_key=True),
    sa.Column("filters", JSON, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("cursor", sa.Integer, nullable=False, default=0),
    sa.Column("state", JSON),
)

#: 0007: every match of an alert, each (alert, cluster, reason, detail) once; ``reported_at``: printed or written by
#: ``alerts check``/``watch``; ``posted_at``: delivered to the webhook
alert_matches = sa.Table(
    "alert_matches",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("alert", sa.String(80), sa.ForeignKey("alerts.name", ondelete="CASCADE"), nullable=False),
    sa.Column("cluster_id", sa.String(64), nullable=False),
    sa.Column("reason", sa.String(24), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, default=""),
    sa.Column("record", JSON, nullable=False),
    sa.Column("matched_at", sa.String(32), nullable=False),
    sa.Column("reported_at", sa.String(32)),
    sa.Column("posted_at", sa.String(32)),
    sa.UniqueConstraint("alert", "cluster_id", "reason", "detail", name="uq_alert_matches"),
    sa.Index("ix_alert_matches_alert", "alert", "seq"),
)
