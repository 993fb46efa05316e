"""The Python API: ``Annalyst`` ties settings, the store and the stages together. The CLI and the web server are
thin layers over it.

>>> from annalyst import Annalyst
>>> an = Annalyst(db="news.db")
>>> report = an.ingest(["articles/", "https://example.org/feed.xml"])
>>> report.stored, [str(e) for e in report.failed]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Callable, Iterable, Iterator

from .errors import InputError
from .models import Actor, Alias, Article, Cluster, Event, Filters, ParseResult, TimeExpr
from .settings import Settings
from .reads import Reads
from .store import ArticleRow, Store

if TYPE_CHECKING:  # pragma: no cover
    import spacy

    from .analyze.actors import ActorRef
    from .analyze.dyads import DyadSeries
    from .analyze.runner import ClusterStats
    from .evaluate.report import Report
    from .actors.dictionary import ActorDictionary
    from .extract.translate import Translator
    from .store.check import Problem
    from .watch.runner import PassSummary

__all__ = ["Annalyst", "IngestReport", "demo_corpus_path", "iso_day", "script_of", "resolve_time", "read_page",
           "plover_quad_classes"]


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def demo_corpus_path() -> Path:
    """The bundled sample corpus (fictional articles written for annalyst)."""
    return Path(str(importlib_resources.files("annalyst") / "data" / "demo"))


def iso_day(text: str | None) -> str | None:
    """``text`` as an ISO day (``YYYY-MM-DD``; common spellings of a date are read too), or None when it is not one."""
    from .ingest.metadata import parse_date

    return parse_date(text) if text else None


def script_of(text: str) -> str | None:
    """The ISO 15924 script of a name (``Latn``, ``Cyrl``, ``Arab`` ...), as the actor dictionary records it."""
    from .actors.dictionary import script_of as _script_of

    return _script_of(text)


def resolve_time(text: str, published: str | None = None, lang: str = "en") -> TimeExpr:
    """One time expression (``late 2022``, ``earlier this month``) resolved to an interval against ``published``;
    unresolvable parts are None (``annalyst time``)."""
    from .extract.timeres import resolve_expression

    return resolve_expression(text, published, lang)


def plover_quad_classes() -> dict[str, str]:
    """The quad class of each PLOVER event type (``models.EVENT_TYPES``), from the coder's PLOVER table."""
    from .extract.eventlex import plover_table

    return {k: v["quad_class"] for k, v in plover_table()["types"].items()}


def read_page(data: bytes, name: str, published: str | None = None) -> Article:
    """The article in one HTML page, as ingest reads it (furniture removed); ``InputError`` when there is none."""
    from .ingest import Hints, read_document

    for item in read_document(data, name, None, Settings(), Hints(published=published), None):  # type: ignore[arg-type]
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(name, "no article found in the page")


class Annalyst(Reads):
    """A workspace: settings plus a store (opened on first use). What the workbench and the lists read comes from
    ``Reads`` (``annalyst/reads.py``)."""

    def __init__(self, db: str | None = None, settings: Settings | None = None, **overrides: Any) -> None:
        self.settings = (settings or Settings()).replace(db=db, **overrides)
        self._store: Store | None = None
        self._dictionary: ActorDictionary | None = None
        self._nlp: Any = None
        self._translator: Any = False  # not built yet

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.settings.db_url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Annalyst:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------------------ ingest

    def ingest(
        self,
        sources: Iterable[str],
        *,
        published: str | None = None,
        stdin: BinaryIO | None = None,
        fetcher: Any = None,
        progress: Callable[[Article | InputError], None] | None = None,
    ) -> IngestReport:
        """Read ``sources`` and store every article, in transactions of ``batch_size`` articles.

        A source that cannot be read is reported in ``failed`` and skipped; the others are stored.
        """
        from .ingest import Hints, read

        report = IngestReport()
        batch: list[Article] = []

        def flush() -> None:
            if batch:
                result = self.store.add_articles(batch)
                report.stored.extend(result.stored)
                report.duplicates.extend(result.duplicates)
                batch.clear()

        for item in read(sources, self.settings, hints=Hints(published=published), stdin=stdin, fetcher=fetcher):
            if isinstance(item, InputError):
                report.failed.append(item)
            else:
                batch.append(item)
                if len(batch) >= self.settings.batch_size:
                    flush()
            if progress:
                progress(item)
        flush()
        return report

    # ---------------------------------------------------------------------------------------------- articles

    def articles(self, **filters: Any) -> list[ArticleRow]:
        return self.store.list_articles(**filters)

    def article(self, article_id: str) -> Article:
        return self.store.get_article(article_id)

    def iter_articles(self) -> Iterator[Article]:
        return self.store.iter_articles()

    # ------------------------------------------------------------------------------------------------ actors

    def dictionary(self) -> ActorDictionary:
        """The packaged actor dictionary overlaid with the store's added, corrected, imported and merged actors."""
        if self._dictionary is None:
            from .actors.dictionary import store_dictionary

            self._dictionary = store_dictionary(self.store)
        return self._dictionary

    def pipeline(self) -> spacy.Language:
        """The English pipeline (loaded once per workspace) linking against this workspace's ``dictionary()``."""
        if self._nlp is None:
            from .extract.pipeline import build_pipeline

            self._nlp = build_pipeline(self.settings, self.dictionary())
        return self._nlp

    def translator(self) -> Translator | None:
        """The translator the ``translator`` setting names (None by default: native-language extraction)."""
        if self._translator is False:
            from .extract.translate import translator_from_settings

            self._translator = translator_from_settings(self.settings.translator)
        return self._translator

    def search_actors(self, name: str, limit: int = 10) -> list[tuple[Actor, float]]:
        """Dictionary actors and candidate actors found in text whose names are like ``name``, best first."""
        found = list(self.dictionary().search(name, limit=limit))
        seen = {a.id for a, _ in found}
        for actor in self.store.candidate_actors(name, limit=limit):
            if actor.id not in seen:
                found.append((actor, 0.0))
        return found[:limit]

    def actor(self, actor_id: str) -> Actor:
        from .errors import NotFound

        found = self.dictionary().find(actor_id) or self.store.stored_actor(actor_id)
        if found is None and actor_id.startswith("agent:"):
            from .extract.agents import agent_actor

            found = agent_actor(actor_id)  # an unnamed party of a sector ("militants": agent:REB)
        if found is None:
            raise NotFound(f"no actor with id {actor_id!r} (try `annalyst actors search NAME`)")
        return found

    def add_actor(self, actor: Actor) -> int:
        """Add (or replace) an actor; articles that name it are marked for re-extraction. Returns how many."""
        self.dictionary().add(actor)
        self.store.save_actors([actor], origin="user")
        return self.store.mark_for_extraction([actor.name, *(a.text for a in actor.aliases)])

    def add_alias(self, actor_id: str, alias: Alias) -> int:
        actor = self.dictionary().add_alias(actor_id, alias)
        self.store.save_actors([actor], origin="user")
        return self.store.mark_for_extraction([alias.text])

    def merge_actors(self, keep_id: str, drop_id: str) -> dict[str, int]:
        """Fold ``drop_id`` into ``keep_id`` in the dictionary and in every stored mention, event and cluster."""
        dictionary = self.dictionary()
        drop_id = dictionary.resolve_id(drop_id) if drop_id in dictionary or drop_id in dictionary.redirects else drop_id
        if drop_id not in dictionary and (candidate := self.store.stored_actor(drop_id)) is not None:
            dictionary.add(candidate)  # a candidate actor found in text
        keep = dictionary.merge(keep_id, drop_id)
        return self.store.merge_actors(keep, drop_id)

    def import_phoenix(self, path: str) -> tuple[int, list[InputError]]:
        """Import a Phoenix/PETRARCH ``.actors.txt`` dictionary (dated roles kept); returns (actors, errors)."""
        from .actors.phoenix import import_phoenix

        result = import_phoenix(path)
        self.store.save_actors(result.actors, origin="import")
        self._dictionary = self._nlp = None  # rebuilt with the imported actors on next use
        return len(result.actors), list(result.errors)

    # --------------------------------------------------------------------------------------- clusters, dyads

    def _affiliations(self):  # noqa: ANN202 - analyze.compat.Affiliations
        from .analyze.actors import dictionary_affiliations

        return dictionary_affiliations(self.dictionary())

    def resolve_actor(self, name: str, *, expand: bool = False) -> ActorRef:
        """What a name or id stands for: a label and the actor keys (``ActorRef``), by the one resolver of the CLI,
        this API and the web app (``store.directory.ActorDirectory.resolve``): an id, then an exact name or alias;
        anything else raises ``UnknownActor`` with the closest names ("did you mean"), never another actor.
        ``expand``: with every dictionary actor acting for it (ministries, officials)."""
        from .analyze.actors import ActorRef, expand_actor
        from .store.directory import directory

        dictionary = self.dictionary()
        label, keys = directory(self.store).resolve(name, dictionary)
        if expand:
            for key in list(keys):
                keys += [k for k in expand_actor(key, dictionary) if k not in keys]
        return ActorRef(label=label, keys=keys)

    def actor_ref(self, name: str, *, expand: bool = False, must_exist: bool = True) -> ActorRef:
        """``resolve_actor``; with ``must_exist=False`` an unknown name stands for itself (its ``text:`` key), for
        what may be named only later (an alert on an actor not yet seen)."""
        from .analyze.actors import ActorRef
        from .errors import UnknownActor
        from .store.extractions import actor_key

        try:
            return self.resolve_actor(name, expand=expand)
        except UnknownActor:
            if must_exist:
                raise
            return ActorRef(label=name, keys=[name, actor_key(None, name)])

    def cluster(self, *, as_of: str | None = None, progress: Callable[[Any], None] | None = None, rebuild: bool = False,
                journal: bool = True, **params: Any) -> ClusterStats:
        """Link near-duplicate articles and cluster the events of every article not yet clustered; settle forecasts;
        journal what changed in clusters (``watch.changes``: the digest and alerts read it; ``journal=False`` leaves
        that to the caller). ``rebuild``: forget every cluster first and cluster all articles again
        (``Store.reset_clusters``). Returns ``analyze.runner.ClusterStats``."""
        from .analyze.runner import cluster_pending
        from .watch.changes import journal_changes

        forgotten = self.store.reset_clusters() if rebuild else 0
        stats = cluster_pending(self.store, self.settings, progress, affiliations=self._affiliations(), as_of=as_of,
                                **params)
        stats.forgotten = forgotten
        if journal:
            journal_changes(self.store)
        return stats

    def clusters(self, **filters: Any) -> list[Cluster]:
        """Clusters matching ``filters`` (see ``Store.clusters``), in date order."""
        return self.store.clusters(**filters)

    def timeline(self, a: str, b: str | None = None, *, since: str | None = None, until: str | None = None,
                 expand: bool = False, directed: bool = False, literal: bool = False,
                 status: str | list[str] | None = None, limit: int | None = None) -> list[Cluster]:
        """The clusters involving actor ``a`` (and ``b``: between the two), in date order."""
        ra = self.actor_ref(a, expand=expand)
        if b is None:
            return self.store.clusters(party=ra.keys, since=since, until=until, literal=literal, status=status,
                                       limit=limit)
        rb = self.actor_ref(b, expand=expand)
        return self.store.clusters(between=(ra.keys, rb.keys), directed=directed, since=since, until=until,
                                   literal=literal, status=status, limit=limit)

    def dyad(self, a: str, b: str, *, expand: bool = False, directed: bool = False, literal: bool = False,
             status: list[str] | None = None, since: str | None = None, until: str | None = None) -> DyadSeries:
        """The monthly PLOVER-score series between two actors (``analyze.dyads.DyadSeries``)."""
        from .analyze.dyads import dyad_series

        ra, rb = self.actor_ref(a, expand=expand), self.actor_ref(b, expand=expand)
        return dyad_series(self.store, ra.keys, rb.keys, a_label=ra.label, b_label=rb.label, directed=directed,
                           literal=literal, status=status, since=since, until=until)

    # ------------------------------------------------------------------------------------------------ events

    def parse(self, text: str, *, published: str | None = None, title: str | None = None,
              language: str | None = None) -> ParseResult:
        """The analysis of one text (mentions, time expressions, events, quotes), without storing anything."""
        from .extract.document import analyze
        from .ingest.language import detect
        from .models import Article, Published, stable_id

        article = Article(
            id=stable_id("text", text), text=text, title=title,
            published=Published(date=published, source="given" if published else None),
            language=language or detect(text[:400]) or "en",
        )
        return analyze(article, self.pipeline(), translator=self.translator())

    def parse_article(self, article: Article) -> ParseResult:
        """The analysis of an ``Article`` (e.g. one read by ``annalyst.ingest.read``), without storing anything."""
        from .extract.document import analyze

        return analyze(article, self.pipeline(), translator=self.translator())

    def extract(self, *, progress: Callable[[int, str], None] | None = None, batch_size: int | None = None,
                limit: int | None = None, workers: int | None = None, dask: str | None = None,
                retry_failed: bool = False) -> int:
        """Code every stored article not yet extracted (resumable); returns how many were handled (extracted, or
        marked failed: see ``Store.extract_failures``). ``retry_failed`` first puts failed articles back in the queue.

        ``workers`` > 1 parses on that many processes, ``dask`` (a scheduler address, or ``"local"``) on a Dask
        cluster (``jobs.parallel``); either way results are written here, through the one write path."""
        from .jobs.runner import extract_pending

        if retry_failed:
            self.store.clear_extract_failures()
        workers = workers if workers is not None else self.settings.workers
        dask = dask if dask is not None else self.settings.dask
        if dask or (workers or 1) > 1:
            from .jobs.parallel import extract_parallel

            return extract_parallel(self.store, self.settings, workers=workers, dask=dask, progress=progress,
                                    batch_size=batch_size, limit=limit)
        return extract_pending(self.store, self.settings, nlp=self.pipeline(), progress=progress,
                               batch_size=batch_size, limit=limit, translator=self.translator())

    def pending_extraction(self) -> int:
        """How many stored articles are not yet extracted."""
        return sum(1 for _ in self.store.iter_articles(pending_extraction=True))

    def extract_failures(self, limit: int | None = None) -> list[tuple[str, str | None, str, str]]:
        """Articles whose extraction failed, most recent first: ``(id, title, reason, when)``."""
        return self.store.extract_failures(limit=limit)

    def count_extract_failures(self) -> int:
        return self.store.count_extract_failures()

    def retry_extract_failures(self) -> int:
        """Put every article whose extraction failed back in the queue; returns how many."""
        return self.store.clear_extract_failures()

    def count_events(self) -> int:
        return self.store.count_events()

    def mention_count(self, actor_id: str) -> int:
        """How many stored mentions name ``actor_id``."""
        return self.store.mention_count(actor_id)

    def pending_clustering(self) -> int:
        """How many extracted articles are not yet clustered."""
        return self.store.count_pending_cluster()

    def reset_clusters(self) -> int:
        """Forget every cluster and queue every extracted article for clustering again; returns how many clusters."""
        return self.store.reset_clusters()

    def actor_names(self, keys: Iterable[str]) -> dict[str, str]:
        """A display name for each actor key found among clusters."""
        return self.store.actor_names(keys)

    def main_dyad(self) -> tuple[str, str] | None:
        """The pair of actor keys (either direction, in sorted order) with the most clusters."""
        totals: dict[tuple[str, str], int] = {}
        for a, b, n in self.store.dyad_counts(limit=200):
            key = (a, b) if a <= b else (b, a)
            totals[key] = totals.get(key, 0) + n
        if not totals:
            return None
        return min(totals, key=lambda k: (-totals[k], k))

    def source_names(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The outlet of each stored article: its site, else its URL's host, else a short id."""
        from urllib.parse import urlsplit

        ids = set(article_ids)
        if not ids:
            return {}
        with self.store.read() as conn:
            infos = self.store.article_infos(conn, ids)
        names = {}
        for k, v in infos.items():
            host = urlsplit(v.url or v.original_url or "").hostname or ""
            names[k] = v.site or (host[4:] if host.startswith("www.") else host) or k[:8]
        return names

    def check(self, *, deep: bool = True) -> list[Problem]:
        """The store's problems (``store.check.Problem``: integrity, orphan rows, cluster membership, the full-text
        index; ``deep=False`` skips the checks that read every record), read without migrating the store."""
        from .errors import NotFound
        from .store import Store
        from .store.check import check_store

        url = self.settings.db_url
        if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
            raise NotFound(f"no store at {url[len('sqlite:///'):]}")
        store = Store(url, auto_migrate=False)
        try:
            return check_store(store, deep=deep)
        finally:
            store.close()

    def refuse_damaged(self) -> None:
        """Raise ``StoreDamaged`` when the store's file is damaged (``store.check.file_problems``: what ``annalyst
        check`` reports as ``integrity``), checked before the store is migrated or written: commands that write call
        it first, so a damaged store is left byte for byte as it was. Off with ``check_before_write = false``; a store
        not created yet, or on PostgreSQL, has nothing to check."""
        from .errors import StoreDamaged
        from .store import Store
        from .store.check import file_problems

        url = self.settings.db_url
        if not self.settings.check_before_write or not url.startswith("sqlite:///"):
            return
        if not Path(url[len("sqlite:///"):]).exists():
            return
        store = Store(url, auto_migrate=False)
        try:
            problems = file_problems(store)
        finally:
            store.close()
        if problems:
            lines = "\n".join(str(p) for p in problems)
            raise StoreDamaged(f"{self.store_url}: the store is damaged, nothing was written (`annalyst check` "
                               f"says:)\n{lines}", problems)

    @property
    def store_url(self) -> str:
        """The store's URL for display (password hidden); does not open the store."""
        import sqlalchemy as sa

        return sa.engine.make_url(self.settings.db_url).render_as_string(hide_password=True)

    def events(self, f: Filters | None = None, *, limit: int | None = 100, offset: int = 0,
               **filters: Any) -> list[Event]:
        """Stored events matching ``f`` (or the same fields as keywords: ``actor="Russia", event_type="AID"``), oldest
        first (undated last): the rows ``GET /api/v1/events`` and the web search return for the same filters."""
        from .store.queries import list_events

        f = f.replace(**filters) if f is not None else Filters(**filters)
        return list_events(self.store, f, limit=limit, offset=offset)

    def export_events(self, fmt: str, out: IO[str] | Path) -> int:
        """Every stored event as the architecture.md record (JSONL), or as a flat row of ``export.EVENT_COLUMNS``
        (CSV, Parquet: one value per cell, lists joined with "; ")."""
        from .export import EVENT_COLUMNS, flat_event, write_records

        records = (event.to_dict() for event in self.store.iter_events())
        if fmt == "jsonl":
            return write_records(records, fmt, out)
        return write_records(records, fmt, out, columns=EVENT_COLUMNS, flat=flat_event)

    def train(self, data_dir: str | Path | None = None, *, seed: int = 17, out: Path | None = None) -> dict[str, Any]:
        """Fit the learned check on the rule coder's candidates (re3d dev split and PLOVER gold from ``data_dir``,
        default ``../shared/data``; never the test split) and write its model; returns the training summary."""
        from .errors import ConfigError
        from .evaluate.report import default_data_dir
        from .evaluate.train import train_model
        from .extract.pipeline import build_pipeline

        folder = data_dir or default_data_dir()
        if folder is None or not Path(folder).is_dir():
            raise ConfigError(f"gold data folder not found ({data_dir or '../shared/data'}): give --data DIR")
        return train_model(Path(folder), build_pipeline(), seed=seed, out=out)

    def alert_feed(self, name: str, *, base_url: str, limit: int = 100) -> str:
        """The Atom feed of an alert's latest matches."""
        from .watch.delivery import atom_feed

        return atom_feed(name, self.alert_log(name, limit=limit), base_url=base_url)

    def evaluate(self, gold: Iterable[str] = ("seeds", "plover", "petrarch"), *, data_dir: str | Path | None = None,
                 html: bool = False) -> list[Report]:
        """Score the coder on gold data (``seeds``, ``plover``, ``petrarch``, ``re3d`` read in place from ``data_dir``,
        default ``../shared/data`` beside the checkout; ``demo``, the bundled corpus); returns
        ``evaluate.report.Report``s."""
        from .evaluate.report import run_evaluations

        return run_evaluations(list(gold), data_dir=data_dir, nlp=self.pipeline(), html=html)

    def export_articles(self, fmt: str, out: IO[str] | Path) -> int:
        from .export import write_records

        records = (a.to_dict() for a in self.store.iter_articles())
        if fmt != "jsonl":
            records = ({k: v for k, v in r.items() if k != "furniture"} for r in records)
        return write_records(records, fmt, out)

    def export_clusters(self, fmt: str, out: IO[str] | Path) -> int:
        """Every cluster as the architecture.md record (JSONL), or as a flat row of ``export.CLUSTER_COLUMNS``."""
        from .export import CLUSTER_COLUMNS, flat_cluster, write_records

        records = (c.to_dict() for c in self.store.iter_clusters())
        if fmt == "jsonl":
            return write_records(records, fmt, out)
        return write_records(records, fmt, out, columns=CLUSTER_COLUMNS, flat=flat_cluster)

    # ------------------------------------------------------------------------- reading: lists, pages, charts
    def pending_article_ids(self) -> list[str]:
        """Ids of the stored articles not yet extracted."""
        return [a.id for a in self.store.iter_articles(pending_extraction=True)]

    def extract_articles(self, article_ids: list[str], *, batch: int = 8) -> Iterator[tuple[int, int, int]]:
        """Extract these articles (and no others), ``batch`` at a time, storing each batch as it is done; yields
        ``(articles, events, failed)`` after each batch (the web server's jobs step through it)."""
        from .jobs.runner import extract_batch, save_batch

        nlp, translator = self.pipeline(), self.translator()
        for i in range(0, len(article_ids), batch):
            articles = list(self.store.iter_articles(ids=article_ids[i:i + batch]))
            results = extract_batch(articles, nlp, batch_size=batch, translator=translator,
                                    timeout=self.settings.extract_timeout)
            save_batch(self.store, results)
            yield (len(results), sum(len(getattr(r, "events", ())) for _, r in results),
                   sum(1 for _, r in results if not hasattr(r, "events")))

    # ---------------------------------------------------------------------------------------- watch, alerts

    def run(self, sources: Iterable[str], *, published: str | None = None,
            progress: Callable[[str], None] | None = None) -> tuple[IngestReport, PassSummary]:
        """Ingest ``sources``, extract and cluster what is new, and journal the changes, once (``annalyst run``).
        Returns the ingest report and a ``watch.runner.PassSummary``."""
        from .watch.runner import PassSummary, run_once

        report = self.ingest(sources, published=published)
        summary = PassSummary(stored=len(report.stored), duplicates=len(report.duplicates), failed=report.failed)
        run_once(self, summary, progress or (lambda name: None))
        return report, summary

    def watch_pass(self, sources: Iterable[str] | None = None, **options: Any) -> PassSummary:
        """One pass of ``annalyst watch`` over ``sources`` (default: the ``watch`` setting); see
        ``watch.runner.watch_pass``. Returns a ``PassSummary``."""
        from .watch.runner import watch_pass

        return watch_pass(self, list(sources or self.settings.watch), **options)

    def add_alert(self, name: str, **filters: Any) -> None:
        """Save an alert (``watch.alerts.AlertSpec`` fields); it matches what changes from now on."""
        from .watch.alerts import AlertSpec, add_alert

        add_alert(self, AlertSpec(name=name, **filters))

    def alerts(self) -> list[dict[str, Any]]:
        from .watch.alerts import list_alerts

        return list_alerts(self)

    def remove_alert(self, name: str) -> int:
        from .watch.alerts import remove_alert

        return remove_alert(self, name)

    def check_alerts(self, *, emit: Callable[[dict[str, Any]], None] | None = None,
                     jsonl: Path | None = None) -> list[dict[str, Any]]:
        """Journal cluster changes, evaluate every alert and return the matches not reported before (each once)."""
        from .watch.alerts import evaluate_alerts
        from .watch.changes import journal_changes
        from .watch.delivery import report_pending

        journal_changes(self.store)
        evaluate_alerts(self)
        return report_pending(self.store, emit=emit, jsonl=jsonl)

    def alert_log(self, name: str | None = None, *, limit: int = 100) -> list[dict[str, Any]]:
        from .watch.delivery import recent_matches

        return recent_matches(self.store, name, limit=limit)

    @staticmethod
    def digest_sections() -> tuple[tuple[str, str], ...]:
        """The digest's sections in order: ``(key in digest(), title)``."""
        from .watch.digest import SECTIONS

        return tuple(SECTIONS)

    def digest(self, since: str = "1d") -> dict[str, Any]:
        """What changed since ``since`` (``1d``, ``12h``, a date): see ``watch.digest``."""
        from .watch.digest import digest

        return digest(self, since)
