"""A synthetic news corpus about fictional states, for measuring event coreference (seeded, reproducible).

``generate(n_events=100, seed=7)`` invents ``n_events`` real-world events between fictional actors (Arnor, Gondor,
Rohan ... and their ministers and armed groups) and has 1..10 outlets report each one. Every report is an article
(text written from varied templates plus unrelated filler, so independent reports share little wording) with the
``Event`` records an extractor would attach, and the truth (which real event each record reports). Reports differ
the way real ones do:

* **wording and type**: verbs vary; 20 % of reports code a compatible type (SUPPORT read as AGREE, ASSAULT as COERCE);
* **actors**: 15 % name the minister or ministry acting for a state instead of the state (affiliations are given
  by ``SynthCorpus.affiliations``);
* **dates** at varied granularity: the day (45 %), the week (10 %), the month (20 %), the year (10 %), no date at
  all (12 %), part of a decade (3 %); 4 % of events have one report dated a day off (a date contradiction);
* **republications**: 15 % of reports are another outlet's copy of an earlier report, under a new headline, with
  the provenance line "Original: <url>" or silently syndicated;
* **conflicting tolls**: 40 % of attacks have reports giving different death tolls;
* **denials**: 8 % of events have a report in which the acting side denies it;
* **repeated mentions**: 20 % of articles mention their event twice.

``SynthCorpus.expected_contradictions`` lists the (true event, field) pairs a correct clustering must flag.
Run ``python benchmarks/synth.py`` to print a summary.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from annalyst.ingest.metadata import content_hash
from annalyst.models import (
    Article,
    Counts,
    Event,
    EventActor,
    EventDate,
    Evidence,
    Location,
    Published,
    stable_id,
)

__all__ = ["SynthCorpus", "SynthArticle", "TrueEvent", "generate", "COUNTRIES", "SITES"]

#: fictional states: id -> (name, variants used in text, capital, [(official id, name, title)])
COUNTRIES: dict[str, tuple[str, list[str], str, list[tuple[str, str, str]]]] = {
    "ARN": ("Arnor", ["Arnor", "the Arnorian government", "Fornost"], "Fornost",
            [("P-ARN-FM", "Elrohir Tarn", "foreign minister"), ("ARN-MOD", "Ministry of Defence of Arnor", "ministry")]),
    "GON": ("Gondor", ["Gondor", "the Gondorian government", "Minas Tirith"], "Minas Tirith",
            [("P-GON-FM", "Imrahil Dor", "foreign minister"), ("GON-MOD", "Gondorian Defence Ministry", "ministry")]),
    "ROH": ("Rohan", ["Rohan", "the Rohirrim government", "Edoras"], "Edoras",
            [("P-ROH-FM", "Eomund Hale", "foreign minister")]),
    "HAR": ("Harad", ["Harad", "the Haradrim authorities", "Umbar City"], "Umbar City",
            [("P-HAR-FM", "Suladan Vey", "foreign minister"), ("HAR-ARMY", "Haradrim Army", "army")]),
    "RHU": ("Rhun", ["Rhun", "the Easterling government", "Riavod"], "Riavod",
            [("P-RHU-FM", "Khamul Ost", "foreign minister")]),
    "DAL": ("Dale", ["Dale", "the government of Dale", "Esgaroth"], "Esgaroth",
            [("P-DAL-FM", "Bard Lennic", "foreign minister")]),
    "LIN": ("Lindon", ["Lindon", "the Lindon government", "Mithlond"], "Mithlond",
            [("P-LIN-FM", "Cirdan Shaw", "foreign minister")]),
    "ERI": ("Eriador", ["Eriador", "the Eriadorian authorities", "Tharbad"], "Tharbad",
            [("P-ERI-FM", "Halbarad Roe", "foreign minister")]),
}
#: armed groups: id -> (name, variants, home country)
GROUPS: dict[str, tuple[str, list[str], str]] = {
    "DUN-FRONT": ("Dunland Front", ["the Dunland Front", "Dunlending fighters", "the Front"], "ROH"),
    "UMB-CORSAIRS": ("Corsairs of Umbar", ["the Corsairs of Umbar", "Corsair militants", "the Corsairs"], "HAR"),
    "ANG-LEGION": ("Angmar Legion", ["the Angmar Legion", "Angmar militants", "the Legion"], "ARN"),
}

SITES = [f"{name}.example" for name in (
    "northwatch", "dailyridge", "westmarch-post", "eastbight", "riverlane", "harbourtimes", "plainsherald",
    "stonegate", "amonhen-news", "bywater-gazette", "lossarnach", "anorien-today", "ithilien-wire", "belfalas",
    "lebennin", "pelargir-press", "erebor-journal", "carrock", "greyflood", "baranduin", "mittalmar", "calenardhon",
    "enedwaith", "forochel", "anfalas",
)]

#: kinds of event: type, types coders may also give, context, mode, score, quad class, verb phrases, counts, actors
KINDS: list[dict[str, Any]] = [
    {"type": "ASSAULT", "alt": ["COERCE"], "context": "military", "mode": "aerial", "score": -9.5,
     "quad": "material conflict", "verbs": ["carried out air strikes on", "bombed", "struck targets in", "launched an air raid on"],
     "counts": True, "actor": "any", "recipient": "country"},
    {"type": "ASSAULT", "alt": ["COERCE"], "context": "terrorism", "mode": "explosives", "score": -9.0,
     "quad": "material conflict", "verbs": ["bombed a market in", "set off explosives in", "attacked a checkpoint of"],
     "counts": True, "actor": "group", "recipient": "country"},
    {"type": "SANCTION", "alt": ["COERCE"], "context": "economic", "mode": None, "score": -6.0,
     "quad": "material conflict", "verbs": ["imposed sanctions on", "froze the assets of", "placed an embargo on"],
     "counts": False, "actor": "country", "recipient": "country"},
    {"type": "SUPPORT", "alt": ["AGREE", "COOPERATE"], "context": "diplomatic", "mode": None, "score": 5.0,
     "quad": "verbal cooperation", "verbs": ["formally recognised", "endorsed the government of", "backed"],
     "counts": False, "actor": "country", "recipient": "country"},
    {"type": "AID", "alt": ["SUPPORT"], "context": "humanitarian", "mode": None, "score": 10.0,
     "quad": "material cooperation", "verbs": ["sent aid convoys to", "delivered food aid to", "shipped relief supplies to"],
     "counts": False, "actor": "country", "recipient": "country"},
    {"type": "CONSULT", "alt": [], "context": "diplomatic", "mode": "visit", "score": 4.0,
     "quad": "verbal cooperation", "verbs": ["held talks with", "sent a delegation to", "hosted envoys of"],
     "counts": False, "actor": "country", "recipient": "country"},
    {"type": "ACCUSE", "alt": ["REJECT"], "context": "human_rights", "mode": "allege", "score": -3.5,
     "quad": "verbal conflict", "verbs": ["accused", "condemned", "denounced"],
     "counts": False, "actor": "country", "recipient": "country"},
    {"type": "CONCEDE", "alt": ["RETREAT"], "context": "legal", "mode": None, "score": 4.5,
     "quad": "verbal cooperation", "verbs": ["lifted its ban on", "eased restrictions on", "released detainees from"],
     "counts": False, "actor": "country", "recipient": "country"},
    {"type": "THREATEN", "alt": [], "context": "military", "mode": "violence", "score": -3.5,
     "quad": "verbal conflict", "verbs": ["threatened military action against", "warned of force against"],
     "counts": False, "actor": "country", "recipient": "country"},
    {"type": "MOBILIZE", "alt": [], "context": "military", "mode": "troops", "score": -6.5,
     "quad": "material conflict", "verbs": ["massed troops on the border of", "deployed armoured units near"],
     "counts": False, "actor": "country", "recipient": "country"},
]

_FILLER = (
    "officials markets analysts weather harvest roads council budget schools river trade port museum festival railway "
    "bridge minister parliament province villages prices grain fuel winter summer elections court judges reporters "
    "hospital doctors farmers herders caravans tolls customs archive library students teachers mines salt timber "
    "horses ships sailors lighthouse garrison walls towers banners envoys letters treaty clause ledger census"
).split()


@dataclass
class TrueEvent:
    id: str
    kind: dict[str, Any]
    actor: str
    recipient: str
    day: dt.date
    city: str
    country: str
    killed: int | None = None


@dataclass
class SynthArticle:
    article: Article
    events: list[Event]
    truth: dict[str, str]  # event id -> true event id
    copy_of: str | None = None  # article id of the original, for republications


@dataclass
class SynthCorpus:
    events: list[TrueEvent]
    articles: list[SynthArticle]
    expected_contradictions: set[tuple[str, str]] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)
    affiliations_map: dict[str, set[str]] = field(default_factory=dict)

    def affiliations(self, actor_id: str, day: str | None) -> frozenset[str]:
        return frozenset(self.affiliations_map.get(actor_id, ()))

    @property
    def truth(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for a in self.articles:
            out.update(a.truth)
        return out


def _names() -> dict[str, str]:
    out = {cid: c[0] for cid, c in COUNTRIES.items()}
    for c in COUNTRIES.values():
        for oid, oname, _ in c[3]:
            out[oid] = oname
    out.update({gid: g[0] for gid, g in GROUPS.items()})
    return out


def _affiliations() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for cid, c in COUNTRIES.items():
        for oid, _, _ in c[3]:
            out[oid] = {cid}
    return out


def _date(rng: random.Random, day: dt.date, published: dt.date) -> tuple[EventDate, str]:
    r = rng.random()
    if r < 0.45:
        return EventDate(day.isoformat(), day.isoformat(), "day", day.strftime("on %B %d, %Y"), "published"), day.strftime("on %B %d, %Y")
    if r < 0.55:
        monday = day - dt.timedelta(days=day.weekday())
        sunday = monday + dt.timedelta(days=6)
        text = "earlier that week" if rng.random() < 0.5 else f"in the week of {monday:%B %d}"
        return EventDate(monday.isoformat(), sunday.isoformat(), "week", text, "published"), text
    if r < 0.75:
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        text = day.strftime("in %B %Y")
        return EventDate(first.isoformat(), last.isoformat(), "month", text, "published"), text
    if r < 0.85:
        text = f"in {day.year}"
        return EventDate(f"{day.year}-01-01", f"{day.year}-12-31", "year", text, "published"), text
    if r < 0.97:
        return EventDate(), "recently" if published > day else ""
    start = day.year - day.year % 10 + (0 if day.year % 10 < 5 else 5)
    text = f"in the {'early' if day.year % 10 < 5 else 'late'} {day.year - day.year % 10}s"
    return EventDate(f"{start}-01-01", f"{start + 4}-12-31", "part_of_decade", text, "published"), text


def _filler(rng: random.Random, n: int) -> str:
    sentences = []
    for _ in range(n):
        words = rng.sample(_FILLER, rng.randint(7, 13))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def _side_text(rng: random.Random, actor_id: str) -> tuple[str, str]:
    """(actor id as coded, text) for one side; a state may be named through an official acting for it."""
    if actor_id in COUNTRIES:
        name, variants, _, officials = COUNTRIES[actor_id]
        if officials and rng.random() < 0.15:
            oid, oname, title = rng.choice(officials)
            return oid, (f"{name}'s {title} {oname}" if title != "ministry" and title != "army" else oname)
        return actor_id, rng.choice(variants)
    name, variants, _ = GROUPS[actor_id]
    return actor_id, rng.choice(variants)


def generate(n_events: int = 100, seed: int = 7, *, min_reports: int = 1, max_reports: int = 10,
             start_year: int = 2019, end_year: int = 2025, id_prefix: str = "") -> SynthCorpus:
    """The corpus described in the module docstring."""
    rng = random.Random(seed)
    names = _names()
    countries = list(COUNTRIES)
    dyads = [(a, b) for a in countries for b in countries if a != b]
    rng.shuffle(dyads)
    dyads = dyads[:max(4, n_events // 7)]
    span = (dt.date(end_year, 12, 31) - dt.date(start_year, 1, 1)).days
    truths: list[TrueEvent] = []
    used: set[tuple[str, str, str, dt.date]] = set()
    while len(truths) < n_events:
        kind = rng.choice(KINDS)
        a, b = rng.choice(dyads)
        if kind["actor"] == "group":
            a = rng.choice([g for g, info in GROUPS.items()])
        day = dt.date(start_year, 1, 1) + dt.timedelta(days=rng.randrange(span))
        key = (kind["type"], a, b, day)
        if key in used:
            continue
        used.add(key)
        city = COUNTRIES[b][2] if rng.random() < 0.5 else f"{COUNTRIES[b][0]} Province {rng.randint(1, 9)}"
        killed = rng.randint(2, 80) if kind["counts"] else None
        truths.append(TrueEvent(id=f"{id_prefix}T{len(truths):05d}", kind=kind, actor=a, recipient=b, day=day,
                                city=city, country=b, killed=killed))
    corpus = SynthCorpus(events=truths, articles=[], names=names, affiliations_map=_affiliations())
    for truth in truths:
        n = rng.randint(min_reports, max_reports)
        toll_conflict = truth.killed is not None and n >= 2 and rng.random() < 0.40
        denial = n >= 2 and rng.random() < 0.08
        date_off = n >= 2 and rng.random() < 0.04
        reports: list[SynthArticle] = []
        for i in range(n):
            if reports and rng.random() < 0.15:
                reports.append(_republish(rng, rng.choice(reports), truth, len(reports)))
                continue
            status = "asserted"
            if denial and i == n - 1:
                status = "denied"
            killed = truth.killed
            if toll_conflict and i % 2 == 1:
                killed = truth.killed + rng.randint(1, 30)
            off = date_off and i == 1
            reports.append(_report(rng, truth, i, status=status, killed=killed, date_off=off))
        corpus.articles.extend(reports)
        statuses = {e.status for r in reports for e in r.events}
        if denial and "denied" in statuses and statuses & {"asserted", "attributed"}:
            corpus.expected_contradictions.add((truth.id, "status"))
        tolls = {e.counts.killed for r in reports for e in r.events if e.counts.killed is not None}
        if len(tolls) > 1:
            corpus.expected_contradictions.add((truth.id, "counts.killed"))
        if date_off and any(e.date.granularity == "day" and e.date.start != truth.day.isoformat()
                            for r in reports for e in r.events):
            if any(e.date.start == truth.day.isoformat() and e.date.granularity == "day"
                   for r in reports for e in r.events):
                corpus.expected_contradictions.add((truth.id, "date"))
    rng.shuffle(corpus.articles)
    # republications must come after their original (stored later), the rest in any order
    order = {a.article.id: i for i, a in enumerate(corpus.articles)}
    corpus.articles.sort(key=lambda a: (order[a.copy_of] + 0.5) if a.copy_of else order[a.article.id])
    return corpus


def _sentence(rng: random.Random, truth: TrueEvent, actor_text: str, recipient_text: str, verb: str,
              date_text: str, killed: int | None, status: str, place: bool = False) -> str:
    where = f" in {truth.city}" if place or rng.random() < 0.8 else ""
    toll = f", killing {killed} people" if killed is not None else ""
    when = f" {date_text}" if date_text else ""
    if status == "denied":
        return f"{actor_text.capitalize()} denied that it had {verb.replace('ed ', 'ed ', 1)} {recipient_text}{where}{when}."
    return f"{actor_text[0].upper() + actor_text[1:]} {verb} {recipient_text}{where}{when}{toll}."


def _report(rng: random.Random, truth: TrueEvent, i: int, *, status: str, killed: int | None,
            date_off: bool) -> SynthArticle:
    kind = truth.kind
    day = truth.day + dt.timedelta(days=1) if date_off else truth.day
    published = truth.day + dt.timedelta(days=rng.randint(0 if not date_off else 1, 20))
    site = rng.choice(SITES)
    date, date_text = _date(rng, day, published)
    if date_off:
        date = EventDate(day.isoformat(), day.isoformat(), "day", day.strftime("on %B %d, %Y"), "published")
        date_text = date.text or ""
    actor_id, actor_text = _side_text(rng, truth.actor)
    recipient_id, recipient_text = _side_text(rng, truth.recipient)
    if recipient_id != truth.recipient:
        recipient_id, recipient_text = truth.recipient, COUNTRIES[truth.recipient][0]
    etype = rng.choice(kind["alt"]) if kind["alt"] and rng.random() < 0.2 else kind["type"]
    verb = rng.choice(kind["verbs"])
    lead = _sentence(rng, truth, actor_text, recipient_text, verb, date_text, killed, status, place=date_off)
    body_parts = [_filler(rng, rng.randint(2, 4)), lead, _filler(rng, rng.randint(3, 6))]
    repeat = rng.random() < 0.2
    if repeat:
        body_parts.append(f"The {kind['type'].lower()} by {actor_text} drew comment from {rng.choice(_FILLER)} {rng.choice(_FILLER)}.")
        body_parts.append(_filler(rng, rng.randint(1, 3)))
    text = "\n\n".join(body_parts)
    url = f"https://{site}/news/{truth.id.lower()}-{i}-{rng.randrange(10**6)}"
    aid = stable_id("synth", url)
    title = f"{COUNTRIES.get(truth.actor, GROUPS.get(truth.actor, ('?',)))[0]} and {COUNTRIES[truth.recipient][0]}: {verb.split()[0]} ({i})"
    article = Article(id=aid, text=text, url=url, site=site, title=title,
                      published=Published(date=published.isoformat(), source="meta"), language="en",
                      content_hash=content_hash(text))
    start = text.index(lead)
    loc = Location(name=truth.city, country=truth.country, precision="city") if truth.city in lead else None
    confidence = round(rng.uniform(0.5, 0.9), 2)

    def event(n: int, date_: EventDate, counts: Counts, ev_start: int, ev_text: str) -> Event:
        return Event(
            id=stable_id("synth-event", aid, str(n)), article_id=aid, event_type=etype, mode=kind["mode"],
            context=[kind["context"]], actor=[EventActor(actor_id, actor_id, actor_text)],
            recipient=[EventActor(recipient_id, recipient_id, recipient_text)], date=date_, location=loc,
            counts=counts, status=status, attributed_to=(actor_id if status == "denied" else None),
            score=kind["score"], quad_class=kind["quad"], confidence=confidence,
            evidence=[Evidence(aid, ev_start, ev_start + len(ev_text), ev_text, verb.split()[0])],
        )

    events = [event(0, date, Counts(killed=killed), start, lead)]
    if repeat:
        mention = body_parts[3]
        events.append(event(1, EventDate(), Counts(), text.index(mention), mention))
    return SynthArticle(article=article, events=events, truth={e.id: truth.id for e in events})


def _republish(rng: random.Random, original: SynthArticle, truth: TrueEvent, i: int) -> SynthArticle:
    """Another outlet's copy of ``original``: a new headline, maybe a provenance line, maybe a dropped paragraph."""
    site = rng.choice([s for s in SITES if s != original.article.site])
    paragraphs = original.article.text.split("\n\n")
    if len(paragraphs) > 3 and rng.random() < 0.3:
        paragraphs = paragraphs[:-1]
    provenance = rng.random() < 0.5
    text = "\n\n".join(paragraphs)
    url = f"https://{site}/syndicated/{truth.id.lower()}-{i}-{rng.randrange(10**6)}"
    aid = stable_id("synth", url)
    published = dt.date.fromisoformat(original.article.published.date) + dt.timedelta(days=rng.randint(0, 3))
    article = Article(id=aid, text=text, url=url, site=site, title=f"Report: {original.article.title}",
                      published=Published(date=published.isoformat(), source="meta"), language="en",
                      original_url=original.article.url if provenance else None,
                      content_hash=content_hash(text))
    events = []
    for n, e in enumerate(original.events):
        if e.evidence and e.evidence[0].end > len(text):
            continue
        copy = Event.from_dict(e.to_dict())
        copy.id = stable_id("synth-event", aid, str(n))
        copy.article_id = aid
        copy.evidence = [Evidence(aid, ev.start, ev.end, ev.sentence, ev.trigger) for ev in e.evidence]
        events.append(copy)
    return SynthArticle(article=article, events=events, truth={e.id: truth.id for e in events},
                        copy_of=original.article.id)


# ----------------------------------------------------------------------------------------------- scoring


def load_into(store: Any, corpus: SynthCorpus, articles: list[SynthArticle] | None = None) -> None:
    """Store the corpus's articles and their events as if ingested and extracted."""
    from annalyst.models import ParseResult

    items = corpus.articles if articles is None else articles
    store.add_articles([a.article for a in items])
    store.save_extractions([(a.article.id, ParseResult(article=a.article, events=a.events)) for a in items],
                           extractor="synth")


def bcubed(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1, and purity / inverse purity, of a clustering of items.

    ``truth`` and ``predicted`` map each item to its true class and to its cluster.
    """
    from collections import Counter, defaultdict

    items = sorted(truth)
    by_cluster: dict[str, list[str]] = defaultdict(list)
    by_class: dict[str, list[str]] = defaultdict(list)
    for item in items:
        by_cluster[predicted[item]].append(item)
        by_class[truth[item]].append(item)
    precision = recall = 0.0
    for item in items:
        cluster = by_cluster[predicted[item]]
        klass = by_class[truth[item]]
        both = sum(1 for x in cluster if truth[x] == truth[item])
        precision += both / len(cluster)
        recall += both / len(klass)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    purity = sum(Counter(truth[x] for x in members).most_common(1)[0][1] for members in by_cluster.values()) / len(items)
    inverse = sum(Counter(predicted[x] for x in members).most_common(1)[0][1] for members in by_class.values()) / len(items)
    return {"bcubed_precision": round(precision, 4), "bcubed_recall": round(recall, 4), "bcubed_f1": round(f1, 4),
            "purity": round(purity, 4), "inverse_purity": round(inverse, 4)}


def contradiction_recall(corpus: SynthCorpus, clusters: list[Any]) -> tuple[float, list[tuple[str, str]]]:
    """Share of the expected (true event, field) contradictions flagged by the cluster holding most of that event's
    records; and the ones missed."""
    from collections import Counter

    truth = corpus.truth
    home: dict[str, Counter] = {}
    for c in clusters:
        for member in c.members:
            if member in truth:
                home.setdefault(truth[member], Counter())[c.id] += 1
    flagged = {c.id: {x["field"] for x in c.contradictions} for c in clusters}
    missed = []
    for true_id, fieldname in sorted(corpus.expected_contradictions):
        if true_id not in home or fieldname not in flagged[home[true_id].most_common(1)[0][0]]:
            missed.append((true_id, fieldname))
    n = len(corpus.expected_contradictions)
    return ((n - len(missed)) / n if n else 1.0), missed


if __name__ == "__main__":  # pragma: no cover
    corpus = generate()
    n_events = sum(len(a.events) for a in corpus.articles)
    copies = sum(1 for a in corpus.articles if a.copy_of)
    print(f"{len(corpus.events)} real events, {len(corpus.articles)} articles ({copies} republications), "
          f"{n_events} event records, {len(corpus.expected_contradictions)} expected contradictions")
