"""Write endpoints (only when the app is built with ``write=True``): upload files or URLs, extract, correct actors.

Every request here must carry ``Authorization: Bearer <token>``: none gives 401, a wrong one 403. Uploads run
as jobs on one background worker (so writes queue instead of contending): ingest, then extraction, then
clustering, each step reported in the job's progress, which the upload page polls.

Jobs cannot starve each other: a job's work is a generator that yields after each bounded step (ingesting
``INGEST_STEP`` sources, extracting ``EXTRACT_STEP`` of its own articles, clustering), and the worker takes the
active jobs in turn, one step each (round robin), so a 200-URL upload or an extraction of the whole backlog shares
the worker with a one-file upload submitted after it. A job extracts only its own articles, each under the
``extract_timeout`` limit (an article past it is marked failed and the job goes on). At most ``MAX_ACTIVE_JOBS``
jobs wait or run at once; more are refused with 429.
"""

from __future__ import annotations

import collections
import re
import shutil
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path as FsPath
from typing import Annotated, Any, Callable, Iterator, Optional

from fastapi import APIRouter, Depends, File, Form, HTTPException, Path, Request, UploadFile
from pydantic import BaseModel, Field

from ..errors import AnnalystError, InputError
from ..models import Actor

__all__ = ["router", "Jobs", "Job", "JobsBusy", "run_pipeline"]

#: jobs remembered (oldest finished ones are forgotten first)
KEEP_JOBS = 200
#: jobs queued or running at once; a further submission is refused (HTTP 429) until one finishes
MAX_ACTIVE_JOBS = 16
#: sources ingested, and articles extracted, in one step of a job before the next job's turn
INGEST_STEP = 10
EXTRACT_STEP = 16
MAX_FILES = 200
MAX_URLS = 200
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_SUFFIXES = (".html", ".htm", ".txt", ".text", ".md", ".jsonl", ".json", ".xml", ".rss", ".atom")


@dataclass
class Job:
    id: str
    kind: str
    state: str = "queued"  # queued, running, done, failed
    stage: str = "queued"
    done: int = 0
    total: int = 0
    log: list[str] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    events: int = 0
    clusters: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    created: float = field(default_factory=time.time)
    finished: float | None = None

    def note(self, text: str) -> None:
        self.log.append(text)
        del self.log[:-200]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class JobsBusy(Exception):
    """``MAX_ACTIVE_JOBS`` jobs are already queued or running."""


#: what a job runs: a function of the job, returning None (one step) or an iterator (one step per item)
Work = Callable[[Job], Optional[Iterator[Any]]]


class Jobs:
    """The job registry and its single worker thread (started on the first job), which runs the active jobs one
    step each in turn."""

    def __init__(self, max_active: int = MAX_ACTIVE_JOBS) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._ready = threading.Condition(self._lock)
        self._active: collections.deque[tuple[Job, Work | Iterator[Any]]] = collections.deque()
        self._max_active = max_active
        self._running = 0  # the job taking its step now (out of ``_active`` while it does)
        self._worker: threading.Thread | None = None

    def submit(self, kind: str, work: Work) -> Job:
        """Queue ``work`` as a new job; raises ``JobsBusy`` when ``max_active`` jobs are queued or running."""
        job = Job(id=uuid.uuid4().hex[:16], kind=kind)
        with self._lock:
            active = len(self._active) + self._running
            if active >= self._max_active:
                raise JobsBusy(f"{active} jobs are queued or running; try again when one has finished")
            self._jobs[job.id] = job
            finished = sorted((j for j in self._jobs.values() if j.finished), key=lambda j: j.finished or 0)
            for old in finished[: max(0, len(self._jobs) - KEEP_JOBS)]:
                self._jobs.pop(old.id, None)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="annalyst-jobs", daemon=True)
                self._worker.start()
            self._active.append((job, work))
            self._ready.notify()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def all(self) -> list[Job]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: -j.created)

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._active:
                    self._ready.wait()
                job, work = self._active.popleft()
                self._running = 1
            more = False
            try:
                if job.state == "queued":  # its first turn: start it (a generator's body runs from its next turn)
                    job.state = "running"
                    steps = work(job)  # type: ignore[operator]
                    if steps is not None:
                        work, more = iter(steps), True
                else:
                    more = next(work, _END) is not _END  # type: ignore[arg-type]
                if not more:
                    job.state, job.stage = "done", "done"
            except Exception as exc:  # noqa: BLE001 - a job reports any failure instead of killing the worker
                more = False
                job.state = "failed"
                job.error = without_paths(f"{exc.__class__.__name__}: {exc}")
            if not more:
                job.finished = time.time()
            with self._lock:
                self._running = 0
                if more:
                    self._active.append((job, work))  # to the back: every other active job has its turn first


_END = object()


# -------------------------------------------------------------------------------------------- pipeline


def _extract(an: Any, article_ids: list[str], job: Job, batch: int = EXTRACT_STEP) -> Iterator[None]:
    """Extract events from these articles (and no others) with the workspace's pipeline, ``batch`` articles a step,
    storing each batch as it is done; an article that fails or runs past ``extract_timeout`` is marked failed."""
    job.stage = "extracting"
    job.done, job.total = 0, len(article_ids)
    from ..jobs.runner import extract_batch, save_batch

    nlp = an.pipeline()
    translator = an.translator()
    timeout = an.settings.extract_timeout
    n_events = n_failed = 0
    for i in range(0, len(article_ids), batch):
        articles = list(an.store.iter_articles(ids=article_ids[i:i + batch]))
        results = extract_batch(articles, nlp, batch_size=batch, translator=translator, timeout=timeout)
        save_batch(an.store, results)
        n_events += sum(len(getattr(r, "events", ())) for _, r in results)
        n_failed += sum(1 for _, r in results if not hasattr(r, "events"))
        job.done += len(results)
        yield
    job.note(f"extracted {n_events} event(s) from {job.done} article(s)"
             + (f"; {n_failed} article(s) failed extraction" if n_failed else ""))


def _cluster(an: Any, job: Job) -> None:
    job.stage = "clustering"
    job.done, job.total = 0, 0
    stats = an.cluster(progress=lambda *_a, **_k: setattr(job, "done", job.done + 1))
    summary = stats.to_dict() if hasattr(stats, "to_dict") else {}
    job.note("clustered" + (f": {', '.join(f'{k} {v}' for k, v in summary.items() if isinstance(v, int))}" if summary else ""))


def _summarise(an: Any, article_ids: list[str], job: Job) -> None:
    import sqlalchemy as sa

    from ..store import schema as t

    store = an.store
    with store.read() as conn:
        rows = conn.execute(sa.select(t.articles.c.id, t.articles.c.title).where(t.articles.c.id.in_(article_ids))).all()
        job.articles = [{"id": r.id, "title": r.title} for r in rows]
        job.events = conn.execute(
            sa.select(sa.func.count()).select_from(t.events).where(t.events.c.article_id.in_(article_ids))
        ).scalar_one()
        ids = sa.select(t.events.c.cluster_id).where(t.events.c.article_id.in_(article_ids),
                                                      t.events.c.cluster_id.is_not(None))
        rows = conn.execute(
            sa.select(t.clusters.c.id, t.clusters.c.record).where(t.clusters.c.id.in_(ids))
            .order_by(t.clusters.c.date_start.desc(), t.clusters.c.id).limit(500)
        ).all()
    job.clusters = [_cluster_line(r.id, r.record) for r in rows]


def _cluster_line(cluster_id: str, record: Any) -> dict[str, Any]:
    """What the upload page lists for a cluster: its id and a one-line summary."""
    event = record.get("event") if isinstance(record, dict) else None
    event = event if isinstance(event, dict) else {}
    names = lambda side: ", ".join(str(a.get("name")) for a in event.get(side) or [] if isinstance(a, dict))  # noqa: E731
    return {"id": cluster_id, "event_type": event.get("event_type"), "status": event.get("status"),
            "date": (event.get("date") or {}).get("start"), "actor": names("actor"), "recipient": names("recipient"),
            "n_sources": record.get("n_sources") if isinstance(record, dict) else None}


_DIRS = re.compile(r"(?<![\w:/])(?:[A-Za-z]:)?[/\\](?:[^\s/\\:'\"]+[/\\])+")


def without_paths(text: str) -> str:
    """Error text for a client: absolute file paths shortened to their last part (the server's temporary upload
    folders and store location are nobody's business); URLs are kept."""
    return _DIRS.sub("", text)


def run_pipeline(an: Any, sources: list[str], job: Job, *, published: str | None = None,
                 extract: bool = True) -> Iterator[None]:
    """Ingest ``sources`` (paths and URLs), extract and cluster what was stored, recording progress in ``job``; a
    generator that yields after each bounded step (see the module docstring)."""
    job.stage = "ingesting"
    job.total = len(sources)

    def progress(item: Any) -> None:
        job.done += 1
        if isinstance(item, InputError):
            job.failed.append({"source": FsPath(item.source).name if "://" not in item.source else item.source,
                               "reason": without_paths(item.reason)})

    stored: list[str] = []
    duplicates: list[str] = []
    n_failed = 0
    for i in range(0, len(sources), INGEST_STEP):
        report = an.ingest(sources[i:i + INGEST_STEP], published=published, progress=progress)
        stored += report.stored
        duplicates += [d[0] for d in report.duplicates]
        n_failed += len(report.failed)
        yield
    ids = list(dict.fromkeys(stored + duplicates))
    job.note(f"stored {len(stored)}, duplicates {len(duplicates)}, failed {n_failed}")
    if extract and ids:
        yield from _extract(an, ids, job)
        _cluster(an, job)
        yield
    _summarise(an, ids, job)


# ----------------------------------------------------------------------------------------------- routes


def require_token(request: Request) -> None:
    ctx = request.app.state.ctx
    header = request.headers.get("authorization")
    if not header:
        raise HTTPException(401, "this endpoint needs Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})
    if not ctx.token_ok(header):
        raise HTTPException(403, "wrong token")


class AliasIn(BaseModel):
    text: str = Field(min_length=1, max_length=300)
    lang: Optional[str] = Field(default=None, max_length=16)
    script: Optional[str] = Field(default=None, max_length=8)


class RoleIn(BaseModel):
    code: str = Field(min_length=1, max_length=32)
    start: Optional[str] = Field(default=None, alias="from", max_length=10)
    end: Optional[str] = Field(default=None, alias="to", max_length=10)
    title: Optional[str] = Field(default=None, max_length=200)


class ActorIn(BaseModel):
    """A corrected or new actor (the architecture.md Actor record without the id, which is in the path)."""

    name: str = Field(min_length=1, max_length=300)
    kind: str = Field(min_length=1, max_length=32)
    country: Optional[str] = Field(default=None, min_length=3, max_length=3)
    roles: list[RoleIn] = Field(default_factory=list, max_length=100)
    aliases: list[AliasIn] = Field(default_factory=list, max_length=500)
    codes: dict[str, str] = Field(default_factory=dict, max_length=20)


class ExtractIn(BaseModel):
    article_ids: Optional[list[str]] = Field(default=None, max_length=10000)


def _safe_name(name: str | None, index: int) -> str:
    base = FsPath(name or "").name
    stem = _SAFE_NAME.sub("_", base)[:100].strip("._") or f"upload-{index}"
    if not stem.lower().endswith(_SUFFIXES):
        stem += ".txt"
    return f"{index:03d}_{stem}"


def router() -> APIRouter:
    r = APIRouter(dependencies=[Depends(require_token)], tags=["write"])

    def _ctx(request: Request) -> Any:
        ctx = request.app.state.ctx
        if ctx.jobs is None:
            ctx.jobs = Jobs()
        return ctx

    @r.post("/api/v1/ingest", status_code=202, summary="Upload files and/or URLs; returns a job to poll")
    async def ingest(
        request: Request,
        files: Annotated[list[UploadFile] | None, File(description="HTML, text, JSONL or feed files")] = None,
        urls: Annotated[Optional[str], Form(max_length=100_000, description="URLs, one per line")] = None,
        published: Annotated[Optional[str], Form(max_length=10)] = None,
        extract: Annotated[bool, Form()] = True,
    ) -> dict[str, Any]:
        ctx = _ctx(request)
        url_list = [u.strip() for u in (urls or "").splitlines() if u.strip()]
        files = files or []
        if not files and not url_list:
            raise HTTPException(400, "give at least one file or URL")
        if len(files) > MAX_FILES or len(url_list) > MAX_URLS:
            raise HTTPException(400, f"at most {MAX_FILES} files and {MAX_URLS} URLs per upload")
        bad = [u for u in url_list if not u.lower().startswith(("http://", "https://"))]
        if bad:
            raise HTTPException(400, f"not an http(s) URL: {bad[0][:200]}")
        if published is not None:
            from ..ingest.metadata import parse_date

            if not parse_date(published):
                raise HTTPException(400, "published takes a date as YYYY-MM-DD")
        folder = FsPath(tempfile.mkdtemp(prefix="annalyst-upload-"))
        paths: list[str] = []
        limit = ctx.annalyst.settings.max_bytes
        try:
            for i, upload in enumerate(files):
                data = await upload.read(limit + 1)
                if len(data) > limit:
                    raise HTTPException(413, f"{FsPath(upload.filename or '').name[:100]}: larger than {limit} bytes")
                target = folder / _safe_name(upload.filename, i)
                target.write_bytes(data)
                paths.append(str(target))
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise

        def work(job: Job) -> Iterator[None]:
            try:
                yield from run_pipeline(ctx.annalyst, paths + url_list, job, published=published, extract=extract)
            finally:
                shutil.rmtree(folder, ignore_errors=True)

        try:
            job = ctx.jobs.submit("ingest", work)
        except JobsBusy as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise HTTPException(429, str(exc), headers={"Retry-After": "30"}) from None
        return {"job": job.id, "url": f"/api/v1/jobs/{job.id}"}

    @r.post("/api/v1/extract", status_code=202, summary="Extract (and cluster) stored articles; returns a job")
    def extract(request: Request, body: ExtractIn) -> dict[str, Any]:
        ctx = _ctx(request)

        def work(job: Job) -> Iterator[None]:
            an = ctx.annalyst
            ids = body.article_ids
            if ids is None:
                ids = [a.id for a in an.store.iter_articles(pending_extraction=True)]
            yield from _extract(an, ids, job)
            _cluster(an, job)
            yield
            _summarise(an, ids, job)

        try:
            job = ctx.jobs.submit("extract", work)
        except JobsBusy as exc:
            raise HTTPException(429, str(exc), headers={"Retry-After": "30"}) from None
        return {"job": job.id, "url": f"/api/v1/jobs/{job.id}"}

    @r.get("/api/v1/jobs", summary="Recent jobs")
    def jobs(request: Request) -> dict[str, Any]:
        return {"items": [j.to_dict() for j in _ctx(request).jobs.all()]}

    @r.get("/api/v1/jobs/{job_id}", summary="A job's progress and result")
    def job(request: Request, job_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
        found = _ctx(request).jobs.get(job_id)
        if found is None:
            raise HTTPException(404, f"no job {job_id!r}")
        return found.to_dict()

    @r.put("/api/v1/actors/{actor_id}", summary="Add or correct an actor (as `annalyst actors add`: stored as a user "
                                                "actor, and the stored articles naming it queued for extraction)")
    def put_actor(request: Request, actor_id: Annotated[str, Path(min_length=1, max_length=96, pattern=r"^[A-Za-z0-9:_.\-]+$")],
                  body: ActorIn) -> dict[str, Any]:
        data = body.model_dump(by_alias=True)
        data["id"] = actor_id
        try:
            actor = Actor.from_dict(data)
        except (TypeError, KeyError, ValueError) as exc:
            raise HTTPException(400, f"not an actor record: {exc}") from None
        try:
            queued = _ctx(request).annalyst.add_actor(actor)
        except AnnalystError as exc:
            raise HTTPException(500, str(exc)) from None
        return {**actor.to_dict(), "queued": queued}

    return r


def upload_page_router() -> APIRouter:
    """The upload page itself (no token needed to see the form; every action it takes sends the token)."""
    from .render import respond

    r = APIRouter(include_in_schema=False)

    @r.get("/upload")
    def upload_page(request: Request) -> Any:
        return respond(request, "upload.html", {"max_files": MAX_FILES}, "html", twin=False)

    return r
