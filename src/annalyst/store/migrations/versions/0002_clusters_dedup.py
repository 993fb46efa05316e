"""Near-duplicates and event clusters: MinHash signatures and LSH bands, candidate-retrieval columns on
cluster_actors, forecast horizons, cluster_articles, and indexes for URL look-ups and the clustering queue.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_original_url", "articles", ["original_url"])
    op.create_index("ix_articles_clustered", "articles", ["clustered_at", "seq"])

    op.create_table(
        "article_minhash",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("num_perm", sa.Integer, nullable=False),
        sa.Column("n_shingles", sa.Integer, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "article_bands",
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("key", sa.BigInteger, primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_article_bands_article", "article_bands", ["article_id"])

    op.add_column("clusters", sa.Column("horizon", sa.String(10)))
    op.create_index("ix_clusters_open", "clusters", ["resolution", "horizon"])

    for column in (
        sa.Column("name", sa.Text),
        sa.Column("via", sa.String(160)),
        sa.Column("status_group", sa.String(12)),
        sa.Column("span_class", sa.Integer),
        sa.Column("win_start", sa.String(10)),
        sa.Column("win_end", sa.String(10)),
    ):
        op.add_column("cluster_actors", column)
    op.create_index("ix_cluster_actors_key_date", "cluster_actors", ["actor_key", "date_start"])
    op.create_index("ix_cluster_actors_match", "cluster_actors", ["actor_key", "status_group", "span_class", "win_start"])

    op.create_table(
        "cluster_articles",
        sa.Column("cluster_id", sa.String(32), sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_cluster_articles_article", "cluster_articles", ["article_id"])


def downgrade() -> None:
    op.drop_table("cluster_articles")
    op.drop_index("ix_cluster_actors_match", table_name="cluster_actors")
    op.drop_index("ix_cluster_actors_key_date", table_name="cluster_actors")
    with op.batch_alter_table("cluster_actors") as batch:
        for name in ("win_end", "win_start", "span_class", "status_group", "via", "name"):
            batch.drop_column(name)
    op.drop_index("ix_clusters_open", table_name="clusters")
    with op.batch_alter_table("clusters") as batch:
        batch.drop_column("horizon")
    op.drop_table("article_bands")
    op.drop_table("article_minhash")
    op.drop_index("ix_articles_clustered", table_name="articles")
    op.drop_index("ix_articles_original_url", table_name="articles")
    op.drop_index("ix_articles_url", table_name="articles")
