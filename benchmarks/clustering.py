"""Incremental clustering cost: time per added article at store sizes of 10,000 and 100,000 clustered events.

The store grows the way a real one does, in breadth: it holds ``size / 1000`` blocks of about 1,000 event records,
each block a synthetic corpus (``synth.py``) about its own fictional states, with its real events already
clustered. Block 0 is the same in every store, and the 1,000 added articles (a fresh corpus about block 0's states)
land among it: local density is equal at both sizes, only the size of the store differs. Background blocks are
written with bulk inserts (their clusters merged in memory from the corpus's truth with the same merge code), so
building the 100k store takes a few minutes. Then ``cluster_pending`` adds the 1,000 articles, timed.

    python benchmarks/clustering.py                 # 10k and 100k, prints seconds per article and the ratio
    python benchmarks/clustering.py --sizes 2000 10000 --added 300

Target: ratio (100k / 10k) <= 1.5.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import synth  # noqa: E402

from annalyst.analyze.clusters import Clusterer, cluster_window  # noqa: E402
from annalyst.analyze.compat import status_group  # noqa: E402
from annalyst.analyze.dedup import NUM_PERM, band_keys, shingles, signature  # noqa: E402
from annalyst.analyze.merge import ArticleInfo, merge_cluster  # noqa: E402
from annalyst.analyze.runner import cluster_pending  # noqa: E402
from annalyst.models import stable_id  # noqa: E402
from annalyst.store import Store  # noqa: E402
from annalyst.store import schema as t  # noqa: E402

RECORDS_PER_BLOCK = 1000


def relabel(corpus: synth.SynthCorpus, prefix: str) -> synth.SynthCorpus:
    """Give every actor of the corpus its own ids (``prefix`` + id): one block's states are not another's."""
    if not prefix:
        return corpus
    for art in corpus.articles:
        for event in art.events:
            for person in event.actor + event.recipient:
                if person.actor_id:
                    person.actor_id = prefix + person.actor_id
                    person.name = prefix + person.name
            if event.attributed_to:
                event.attributed_to = prefix + event.attributed_to
            if event.location and event.location.country:
                event.location.country = prefix + event.location.country
    corpus.affiliations_map = {prefix + k: {prefix + x for x in v} for k, v in corpus.affiliations_map.items()}
    return corpus


def block(i: int, seed_offset: int = 0) -> synth.SynthCorpus:
    n_events = max(10, RECORDS_PER_BLOCK // 7)
    corpus = synth.generate(n_events=n_events, seed=1000 + i + seed_offset, id_prefix=f"B{i}-")
    return relabel(corpus, "" if i == 0 else f"B{i}:")


class Affiliations:
    """The affiliations of every block seen so far (one function for the whole store)."""

    def __init__(self) -> None:
        self.map: dict[str, frozenset[str]] = {}

    def add(self, corpus: synth.SynthCorpus) -> None:
        self.map.update({k: frozenset(v) for k, v in corpus.affiliations_map.items()})

    def __call__(self, actor_id: str, day: str | None) -> frozenset[str]:
        return self.map.get(actor_id, frozenset())


def bulk_block(store: Store, corpus: synth.SynthCorpus, affiliations: Affiliations, now: str) -> int:
    """Write one block whole, already clustered (truth grouping), with executemany inserts; returns its records."""
    from annalyst.store.core import _article_row
    from annalyst.store.extractions import _event_actor_rows, _event_row

    clusterer = Clusterer(store, affiliations=affiliations, now=now)
    article_rows, event_rows, ea_rows, mh_rows, band_rows = [], [], [], [], []
    infos: dict[str, ArticleInfo] = {}
    by_truth: dict[str, list] = {}
    truth = corpus.truth
    for art in corpus.articles:
        a = art.article
        row = _article_row(a, now)
        row.update(extracted_at=now, extractor="synth", clustered_at=now)
        article_rows.append(row)
        infos[a.id] = ArticleInfo(id=a.id, site=a.site, published=a.published.date, url=a.url)
        sh = shingles(a.text)
        sig = signature(sh)
        mh_rows.append({"article_id": a.id, "num_perm": NUM_PERM, "n_shingles": len(sh), "signature": sig.tobytes()})
        band_rows.extend({"band": b, "key": k, "article_id": a.id} for b, k in band_keys(sig))
        for e in art.events:
            by_truth.setdefault(truth[e.id], []).append(e)
    cluster_rows, member_rows, actor_rows, carticle_rows = [], [], [], []
    for members in by_truth.values():
        cid = stable_id("cluster", sorted(m.id for m in members)[0])
        cluster = merge_cluster(cid, members, infos)
        group = status_group(cluster.event.status)
        profiles = [clusterer.profile(m, infos[m.article_id].published) for m in members]
        window = cluster_window(cluster, profiles, group)
        ev = cluster.event
        cluster_rows.append({
            "id": cid, "event_type": ev.event_type, "status": ev.status, "date_start": ev.date.start,
            "date_end": ev.date.end, "granularity": ev.date.granularity, "score": ev.score, "quad_class": ev.quad_class,
            "n_articles": cluster.n_articles, "n_sources": cluster.n_sources, "first_reported": cluster.first_reported,
            "resolution": cluster.resolution, "has_contradictions": bool(cluster.contradictions),
            "record": cluster.to_dict(), "updated_at": now, "horizon": None,
        })
        from annalyst.analyze.compat import span_class

        for k in clusterer.key_rows(ev, ev.date.start or cluster.first_reported):
            actor_rows.append({
                "cluster_id": cid, "side": k.side, "actor_key": k.actor_key, "actor_id": k.actor_id,
                "date_start": ev.date.start or cluster.first_reported, "name": k.name, "via": k.via,
                "status_group": group, "span_class": span_class(*window) if window else None,
                "win_start": window[0].isoformat() if window else None, "win_end": window[1].isoformat() if window else None,
            })
        member_rows.extend({"cluster_id": cid, "event_id": m.id} for m in members)
        carticle_rows.extend({"cluster_id": cid, "article_id": a} for a in sorted({m.article_id for m in members}))
        for m in members:
            m.cluster_id = cid
    for art in corpus.articles:
        for e in art.events:
            event_rows.append(_event_row(e, art.article.id))
            ea_rows.extend(_event_actor_rows(e))
    with store.write() as conn:
        for table, rows in ((t.articles, article_rows), (t.events, event_rows), (t.event_actors, ea_rows),
                            (t.article_minhash, mh_rows), (t.article_bands, band_rows), (t.clusters, cluster_rows),
                            (t.cluster_members, member_rows), (t.cluster_actors, actor_rows),
                            (t.cluster_articles, carticle_rows)):
            for i in range(0, len(rows), 5000):
                conn.execute(table.insert(), rows[i:i + 5000])
    return len(event_rows)


def build(path: Path, size: int, affiliations: Affiliations) -> tuple[Store, float]:
    from annalyst.ingest.metadata import utc_now

    store = Store(f"sqlite:///{path}")
    started = time.perf_counter()
    records, i = 0, 0
    now = utc_now()
    while records < size:
        corpus = block(i)
        affiliations.add(corpus)
        records += bulk_block(store, corpus, affiliations, now)
        i += 1
    return store, time.perf_counter() - started


def added_articles(n: int) -> synth.SynthCorpus:
    """``n`` new articles about block 0's states (a corpus of its own, another seed)."""
    corpus = synth.generate(n_events=max(10, n // 5), seed=424242, id_prefix="NEW-")
    corpus.articles = corpus.articles[:n]
    return corpus


def measure(size: int, added: int, workdir: Path) -> dict[str, Any]:
    affiliations = Affiliations()
    store, build_s = build(workdir / f"store_{size}.db", size, affiliations)
    n_events = store.count_events()
    new = added_articles(added)
    affiliations.add(new)
    synth.load_into(store, new)
    started = time.perf_counter()
    stats = cluster_pending(store, affiliations=affiliations)
    elapsed = time.perf_counter() - started
    store.close()
    return {"size": size, "events_in_store": n_events, "build_s": round(build_s, 1), "added": stats.articles,
            "added_events": stats.events, "s_per_article": elapsed / max(1, stats.articles), "total_s": round(elapsed, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000], metavar=("SMALL", "LARGE"))
    parser.add_argument("--added", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results = []
        for size in args.sizes:
            r = measure(size, args.added, workdir)
            results.append(r)
            print(f"store {r['events_in_store']:>7} events (built in {r['build_s']} s): added {r['added']} articles "
                  f"({r['added_events']} events) in {r['total_s']} s = {r['s_per_article'] * 1000:.2f} ms/article",
                  flush=True)
        ratio = results[1]["s_per_article"] / results[0]["s_per_article"]
        print(f"ratio {args.sizes[1]}/{args.sizes[0]}: {ratio:.2f} (target <= 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
