"""The 0.1 schema: articles with full-text search, actors, mentions, time expressions, quotes, events, clusters.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _article_fk() -> sa.ForeignKey:
    return sa.ForeignKey("articles.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "articles",
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
        sa.Column("translated", sa.Boolean, nullable=False),
        sa.Column("original_url", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("furniture", JSON, nullable=False),
        sa.Column("fetched_at", sa.String(32)),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("section", sa.Text),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("extracted_at", sa.String(32)),
        sa.Column("extractor", sa.String(32)),
        sa.Column("clustered_at", sa.String(32)),
    )
    op.create_index("ix_articles_published", "articles", ["published_date"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_site", "articles", ["site"])
    op.create_index("ix_articles_extracted", "articles", ["extracted_at"])

    op.create_table(
        "article_links",
        sa.Column("article_id", sa.String(32), _article_fk(), primary_key=True),
        sa.Column("other_id", sa.String(32), _article_fk(), primary_key=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("similarity", sa.Float),
    )
    op.create_index("ix_article_links_other", "article_links", ["other_id"])

    op.create_table(
        "actors",
        sa.Column("id", sa.String(96), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("record", JSON, nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_actors_name", "actors", ["name"])

    op.create_table(
        "actor_merges",
        sa.Column("drop_id", sa.String(96), primary_key=True),
        sa.Column("keep_id", sa.String(96), nullable=False),
        sa.Column("merged_at", sa.String(32), nullable=False),
    )

    op.create_table(
        "mentions",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), _article_fk(), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("actor_id", sa.String(96)),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"])
    op.create_index("ix_mentions_actor", "mentions", ["actor_id"])

    op.create_table(
        "time_exprs",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), _article_fk(), nullable=False),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value_start", sa.String(10)),
        sa.Column("value_end", sa.String(10)),
        sa.Column("granularity", sa.String(16)),
        sa.Column("anchor", sa.Text),
    )
    op.create_index("ix_time_exprs_article", "time_exprs", ["article_id"])

    op.create_table(
        "quotes",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), _article_fk(), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_quotes_article", "quotes", ["article_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("article_id", sa.String(32), _article_fk(), nullable=False),
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
    )
    op.create_index("ix_events_article", "events", ["article_id"])
    op.create_index("ix_events_type_date", "events", ["event_type", "date_start"])
    op.create_index("ix_events_date", "events", ["date_start"])
    op.create_index("ix_events_cluster", "events", ["cluster_id"])

    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("side", sa.String(10), primary_key=True),
        sa.Column("actor_key", sa.String(160), primary_key=True),
        sa.Column("actor_id", sa.String(96)),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("date_start", sa.String(10)),
    )
    op.create_index("ix_event_actors_actor_date", "event_actors", ["actor_id", "date_start"])

    op.create_table(
        "clusters",
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
        sa.Column("has_contradictions", sa.Boolean, nullable=False),
        sa.Column("record", JSON, nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_clusters_type_date", "clusters", ["event_type", "date_start"])
    op.create_index("ix_clusters_date", "clusters", ["date_start"])

    op.create_table(
        "cluster_members",
        sa.Column("cluster_id", sa.String(32), sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_cluster_members_event", "cluster_members", ["event_id"])

    op.create_table(
        "cluster_actors",
        sa.Column("cluster_id", sa.String(32), sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("side", sa.String(10), primary_key=True),
        sa.Column("actor_key", sa.String(160), primary_key=True),
        sa.Column("actor_id", sa.String(96)),
        sa.Column("date_start", sa.String(10)),
    )
    op.create_index("ix_cluster_actors_actor_date", "cluster_actors", ["actor_id", "date_start"])

    _create_fulltext()


def _create_fulltext() -> None:
    """SQLite: an FTS5 index over title and text kept in step by triggers. PostgreSQL: a generated tsvector."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
            "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); "
            "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(text, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in (
        "cluster_actors", "cluster_members", "clusters", "event_actors", "events", "quotes", "time_exprs",
        "mentions", "actor_merges", "actors", "article_links", "articles",
    ):
        op.drop_table(table)
