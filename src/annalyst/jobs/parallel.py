"""Extraction on several processes (``--workers N``) or on a Dask cluster (``--dask ADDRESS`` or ``--dask local``).

The parent process reads pending articles in bounded batches, hands each batch to a worker and writes the results
itself, in the order the batches were read, through ``Store.save_extractions`` (the one write path): workers never
touch the store, so a PostgreSQL or SQLite store needs no extra care, and a stopped run leaves whole batches stored
as with one process. At most ``2 x workers`` batches are in flight, so memory stays flat however many articles are
pending.

Each worker process loads the English pipeline once (``worker_pipeline``, cached per process by the ``WorkerSpec``
token) with the workspace's actor dictionary: the packaged actors overlaid by the store's user and imported actors
and merges (``WorkerSpec.from_store``), exactly what ``Annalyst.pipeline()`` links against. The batch function is
``run_batch(spec, articles)``, a module-level function over plain records, the same for the process pool and for
Dask. Event ids are stable, so the stored events (and their exports, sorted by id) are the same bytes whichever way
a store was extracted.

Dask: ``dask="tcp://host:8786"`` connects to a running scheduler (its workers must have annalyst installed);
``dask="local"`` starts a ``LocalCluster`` of worker processes on this machine for the run. The spec is scattered
to every worker once; each task carries one batch of articles.
"""

from __future__ import annotations

import collections
import hashlib
import itertools
import json
import os
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from ..errors import ConfigError, ModelError
from ..extract.document import ExtractFailure, analyze_many
from ..models import Actor, Article, ParseResult
from ..settings import SETTINGS, Settings

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Store

__all__ = ["WorkerSpec", "extract_parallel", "run_batch", "worker_pipeline", "batches"]

#: batches in flight per worker (one being parsed, one waiting): enough to keep workers busy, bounded memory
IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to build the same pipeline as the workspace: picklable, compared by ``token``."""

    model: str = "en_core_web_sm"
    link_threshold: float = next(s.default for s in SETTINGS if s.name == "link_threshold")
    actors: tuple[Actor, ...] = ()
    redirects: tuple[tuple[str, str], ...] = ()
    translator: str | None = None
    batch_size: int = 64
    timeout: float | None = None
    token: str = field(default="", compare=False)

    @classmethod
    def from_store(cls, store: Store, settings: Settings, batch_size: int | None = None) -> WorkerSpec:
        """The workspace's pipeline: ``settings.model`` with the store's user and imported actors and merges."""
        actors = tuple(sorted(store.stored_actors(), key=lambda a: a.id))
        redirects = tuple(sorted(store.actor_redirects().items()))
        translator = getattr(settings, "translator", None)
        return cls.make(model=settings.model, link_threshold=float(settings.link_threshold), actors=actors,
                        redirects=redirects,
                        translator=None if translator in (None, "", "none") else str(translator),
                        batch_size=batch_size or settings.batch_size,
                        timeout=getattr(settings, "extract_timeout", None))

    @classmethod
    def make(cls, **values: Any) -> WorkerSpec:
        spec = cls(**values)
        digest = hashlib.sha256(json.dumps(
            [spec.model, spec.link_threshold, [a.to_dict() for a in spec.actors], spec.redirects, spec.translator],
            sort_keys=True, default=str).encode()).hexdigest()[:16]
        return cls(**{**values, "token": digest})


# ------------------------------------------------------------------------------------------------ worker side

_PIPELINES: dict[str, tuple[Any, Any, threading.Lock]] = {}
_LOADING = threading.Lock()


def worker_pipeline(spec: WorkerSpec) -> tuple[Any, Any, threading.Lock]:
    """``(nlp, translator, lock)`` for ``spec``, built once per process (and reused while the spec is the same)."""
    key = spec.token or WorkerSpec.make(model=spec.model, link_threshold=spec.link_threshold, actors=spec.actors,
                                        redirects=spec.redirects, translator=spec.translator).token
    found = _PIPELINES.get(key)
    if found is not None:
        return found
    with _LOADING:
        found = _PIPELINES.get(key)
        if found is None:
            from ..actors.dictionary import ActorDictionary
            from ..extract.pipeline import build_pipeline

            nlp = build_pipeline(Settings(model=spec.model, link_threshold=spec.link_threshold),
                                 ActorDictionary(extra=spec.actors, redirects=dict(spec.redirects)))
            translator = None
            if spec.translator:
                from ..extract.translate import translator_from_settings

                translator = translator_from_settings(spec.translator)
            _PIPELINES.clear()  # one pipeline per process: a new spec replaces the old one
            found = _PIPELINES[key] = (nlp, translator, threading.Lock())
    return found


def _init_worker(spec: WorkerSpec) -> None:
    """Process-pool initializer: load the pipeline before the first batch arrives."""
    worker_pipeline(spec)


def run_batch(spec: WorkerSpec, articles: list[Article]) -> list[tuple[str, ParseResult | ExtractFailure]]:
    """The analyses of a batch of articles on this worker's pipeline (the task of both the pool and Dask); an
    article that raises or runs past ``spec.timeout`` seconds gives its ``ExtractFailure``."""
    nlp, translator, lock = worker_pipeline(spec)
    with lock:  # a Dask worker with several threads shares one pipeline: parse one batch at a time
        return list(analyze_many(articles, nlp, batch_size=spec.batch_size, translator=translator,
                                 timeout=spec.timeout, failures=True))


# ------------------------------------------------------------------------------------------------ parent side


def batches(store: Store, size: int, limit: int | None = None) -> Iterator[list[Article]]:
    """Pending articles in batches of ``size`` (at most ``limit`` articles), read lazily in storage order."""
    batch: list[Article] = []
    taken = 0
    for article in store.iter_articles(pending_extraction=True, batch=size):
        if limit is not None and taken >= limit:
            break
        batch.append(article)
        taken += 1
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _drain(submit: Callable[[list[Article]], Any],
           wait: Callable[[Any], list[tuple[str, ParseResult | ExtractFailure]]],
           work: Iterable[list[Article]], store: Store, in_flight: int,
           progress: Callable[[int, str], None] | None) -> int:
    """Submit batches keeping at most ``in_flight`` outstanding; write each result, oldest first, in the parent."""
    pending: collections.deque[tuple[Any, list[Article]]] = collections.deque()
    done = 0

    def write_oldest() -> None:
        nonlocal done
        handle, batch = pending.popleft()
        from .runner import save_batch

        results = wait(handle)
        done += save_batch(store, results)
        if progress is not None:
            progress(len(results), batch[-1].title or batch[-1].id)

    try:
        for batch in work:
            pending.append((submit(batch), batch))
            if len(pending) >= in_flight:
                write_oldest()
        while pending:
            write_oldest()
    finally:
        for handle, _ in pending:
            cancel = getattr(handle, "cancel", None)
            if cancel is not None:
                cancel()
    return done


def extract_parallel(
    store: Store,
    settings: Settings,
    *,
    workers: int | None = None,
    dask: str | None = None,
    progress: Callable[[int, str], None] | None = None,
    batch_size: int | None = None,
    limit: int | None = None,
    spec: WorkerSpec | None = None,
) -> int:
    """Extract every pending article on ``workers`` processes, or on the Dask cluster ``dask`` (an address, or
    ``"local"``); returns how many articles were stored."""
    size = batch_size or settings.batch_size
    if dask and dask != "local" and "://" not in dask:
        raise ConfigError(f"--dask takes a scheduler address like tcp://host:8786, or local; not {dask!r}")
    work = batches(store, size, limit)
    first = next(work, None)
    if first is None:
        return 0  # nothing pending: no worker is started
    work = itertools.chain([first], work)
    spec = spec or WorkerSpec.from_store(store, settings, batch_size=size)
    if dask:
        return _extract_dask(store, spec, dask, work, workers=workers, progress=progress)
    n = max(1, int(workers or settings.workers or 1))
    return _extract_pool(store, spec, n, work, progress=progress)


def _extract_pool(store: Store, spec: WorkerSpec, n: int, work: Iterable[list[Article]], *,
                  progress: Callable[[int, str], None] | None) -> int:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("spawn")  # no inherited engine, threads or model: every worker starts clean
    try:
        with ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_init_worker, initargs=(spec,)) as pool:
            return _drain(lambda b: pool.submit(run_batch, spec, b), lambda f: f.result(), work, store,
                          n * IN_FLIGHT_PER_WORKER, progress)
    except BrokenProcessPool as exc:
        raise ModelError(f"an extraction worker died ({exc}); whole batches already written are kept: "
                         "run `annalyst extract` again to resume") from None


def _extract_dask(store: Store, spec: WorkerSpec, address: str, work: Iterable[list[Article]], *,
                  workers: int | None, progress: Callable[[int, str], None] | None) -> int:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError(f"--dask needs dask.distributed: pip install 'annalyst[dask]' ({exc})") from None
    cluster = None
    if address == "local":
        n = workers if workers and workers > 1 else (os.cpu_count() or 2)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        target: Any = cluster
    else:
        target = address
    try:
        with Client(target, set_as_default=False) as client:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})) or 1)
            shared = client.scatter(spec, broadcast=True, hash=False)
            return _drain(lambda b: client.submit(run_batch, shared, b, pure=False), lambda f: f.result(), work,
                          store, n_workers * IN_FLIGHT_PER_WORKER, progress)
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    finally:
        if cluster is not None:
            cluster.close()
