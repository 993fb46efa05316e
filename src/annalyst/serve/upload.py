"""Write endpoints (only when the app is built with ``write=True``): upload files or URLs, extract, correct actors.

Every request here must carry ``Authorization: Bearer <token>``: none gives 401, a wrong one 403. Uploads run
as jobs on one background worker (so writes queue instead of contending): ingest, then extraction, then
clustering, each step reported in the job's progress, which the upload page polls.
"""

from __future__ import annotations

import queue
import re
import shutil
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path as FsPath
from typing import Annotated, Any, Callable, Optional

from fastapi import APIRouter, Depends, File, Form, HTTPException, Path, Request, UploadFile
from pydantic import BaseModel, Field

from ..errors import AnnalystError, InputError
from ..models import Actor

__all__ = ["router", "Jobs", "Job", "run_pipeline"]

#: jobs remembered (oldest finished ones are forgotten first)
KEEP_JOBS = 200
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


class Jobs:
    """The job registry and its single worker thread (started on the first job)."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[tuple[Job, Callable[[Job], None]]] = queue.Queue()
        self._worker: threading.Thread | None = None

    def submit(self, kind: str, work: Callable[[Job], None]) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], kind=kind)
        with self._lock:
            self._jobs[job.id] = job
            finished = sorted((j for j in self._jobs.values() if j.finished), key=lambda j: j.finished or 0)
            for old in finished[: max(0, len(self._jobs) - KEEP_JOBS)]:
                self._jobs.pop(old.id, None)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="annalyst-jobs", daemon=True)
                self._worker.start()
        self._queue.put((job, work))
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def all(self) -> list[Job]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: -j.created)

    def _run(self) -> None:
        while True:
            job, work = self._queue.get()
            job.state = "running"
            try:
                work(job)
                job.state = "done"
                job.stage = "done"
            except Exception as exc:  # noqa: BLE001 - a job reports any failure instead of killing the worker
                job.state = "failed"
                job.error = f"{exc.__class__.__name__}: {exc}"
            finally:
                job.finished = time.time()
                self._queue.task_done()


# -------------------------------------------------------------------------------------------- pipeline


def _extract(an: Any, article_ids: list[str], job: Job, batch: int = 16) -> None:
    """Extract events from these articles (the workspace's own ``extract`` when it has one, else the English
    pipeline through ``extract.analyze.analyze_many``), storing each batch as it is done."""
    job.stage = "extracting"
    job.done, job.total = 0, len(article_ids)
    own = getattr(an, "extract", None)
    if callable(own):
        # the workspace extracts every stored article not yet extracted (these among them), resumably
        pending = getattr(an, "pending_extraction", None)
        job.total = pending() if callable(pending) else len(article_ids)

        def progress(n: int = 1, *_: Any) -> None:
            job.done = min(job.total, job.done + (n if isinstance(n, int) else 1))

        done = own(progress=progress)
        job.done = job.total
        job.note(f"extracted {done} article(s)")
        return
    try:
        from ..extract.analyze import EXTRACTOR_VERSION, analyze_many
    except ImportError:  # pragma: no cover - a build without the extraction stage
        job.note("extraction is not available in this build: articles stored only")
        return
    nlp = an.pipeline()
    pending: list[Any] = []
    n_events = 0
    for article_id, result in analyze_many(an.store.iter_articles(ids=article_ids), nlp):
        pending.append((article_id, result))
        n_events += len(result.events)
        if len(pending) >= batch:
            an.store.save_extractions(pending, EXTRACTOR_VERSION)
            job.done += len(pending)
            pending = []
    if pending:
        an.store.save_extractions(pending, EXTRACTOR_VERSION)
        job.done += len(pending)
    job.note(f"extracted {n_events} event(s) from {job.done} article(s)")


def _cluster(an: Any, job: Job) -> None:
    fn = getattr(an, "cluster", None)
    if fn is None:
        job.note("clustering is not available in this build")
        return
    job.stage = "clustering"
    job.done, job.total = 0, 0
    stats = fn(progress=lambda *_a, **_k: setattr(job, "done", job.done + 1))
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


def run_pipeline(an: Any, sources: list[str], job: Job, *, published: str | None = None, extract: bool = True) -> None:
    """Ingest ``sources`` (paths and URLs), extract and cluster what was stored, recording progress in ``job``."""
    job.stage = "ingesting"
    job.total = len(sources)

    def progress(item: Any) -> None:
        job.done += 1
        if isinstance(item, InputError):
            job.failed.append({"source": FsPath(item.source).name if "://" not in item.source else item.source,
                               "reason": item.reason})

    report = an.ingest(sources, published=published, progress=progress)
    ids = list(dict.fromkeys(report.stored + [d[0] for d in report.duplicates]))
    job.note(f"stored {len(report.stored)}, duplicates {len(report.duplicates)}, failed {len(report.failed)}")
    if extract and ids:
        _extract(an, ids, job)
        _cluster(an, job)
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
    """A corrected or new actor (the design.md Actor record without the id, which is in the path)."""

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

        def work(job: Job) -> None:
            try:
                run_pipeline(ctx.annalyst, paths + url_list, job, published=published, extract=extract)
            finally:
                shutil.rmtree(folder, ignore_errors=True)

        job = ctx.jobs.submit("ingest", work)
        return {"job": job.id, "url": f"/api/v1/jobs/{job.id}"}

    @r.post("/api/v1/extract", status_code=202, summary="Extract (and cluster) stored articles; returns a job")
    def extract(request: Request, body: ExtractIn) -> dict[str, Any]:
        ctx = _ctx(request)

        def work(job: Job) -> None:
            an = ctx.annalyst
            ids = body.article_ids
            if ids is None:
                ids = [a.id for a in an.store.iter_articles(pending_extraction=True)]
            _extract(an, ids, job)
            _cluster(an, job)
            _summarise(an, ids, job)

        job = ctx.jobs.submit("extract", work)
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

    @r.put("/api/v1/actors/{actor_id}", summary="Add or correct an actor (stored as a user actor)")
    def put_actor(request: Request, actor_id: Annotated[str, Path(min_length=1, max_length=96, pattern=r"^[A-Za-z0-9:_.\-]+$")],
                  body: ActorIn) -> dict[str, Any]:
        data = body.model_dump(by_alias=True)
        data["id"] = actor_id
        try:
            actor = Actor.from_dict(data)
        except (TypeError, KeyError, ValueError) as exc:
            raise HTTPException(400, f"not an actor record: {exc}") from None
        store = _ctx(request).store
        try:
            with store.write() as conn:
                store._upsert_actor(conn, actor, origin="user")
        except AnnalystError as exc:
            raise HTTPException(500, str(exc)) from None
        return actor.to_dict()

    return r


def upload_page_router() -> APIRouter:
    """The upload page itself (no token needed to see the form; every action it takes sends the token)."""
    from .render import respond

    r = APIRouter(include_in_schema=False)

    @r.get("/upload")
    def upload_page(request: Request) -> Any:
        return respond(request, "upload.html", {"max_files": MAX_FILES}, "html", twin=False)

    return r
