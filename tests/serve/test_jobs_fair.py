"""The upload server's jobs share their one worker fairly (one step each in turn) and their number is bounded."""

from __future__ import annotations

import threading
import time
from typing import Iterator

import pytest

from annalyst.serve.upload import Job, Jobs, JobsBusy, run_pipeline


def _wait(jobs: Jobs, job: Job, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while job.finished is None:
        assert time.monotonic() < deadline, job
        time.sleep(0.01)


def test_a_short_job_is_not_starved_by_a_long_one() -> None:
    jobs = Jobs()
    started = threading.Event()
    go = threading.Event()
    order: list[str] = []

    def long(job: Job) -> Iterator[None]:
        for i in range(50):
            if i == 0:
                started.set()
                assert go.wait(10)
            order.append("long")
            yield

    def short(job: Job) -> Iterator[None]:
        order.append("short")
        yield

    first = jobs.submit("long", long)
    assert started.wait(10)
    second = jobs.submit("short", short)
    go.set()
    _wait(jobs, second)
    _wait(jobs, first)
    assert first.state == second.state == "done"
    # the short job ran after at most a couple of the long job's 50 steps, not after all of them
    assert order.index("short") <= 3, order
    assert order.count("long") == 50


def test_a_failing_step_fails_its_job_only() -> None:
    jobs = Jobs()

    def bad(job: Job) -> Iterator[None]:
        yield
        raise ValueError("broken input")

    def good(job: Job) -> None:
        job.note("ran")

    a, b = jobs.submit("bad", bad), jobs.submit("good", good)
    _wait(jobs, a)
    _wait(jobs, b)
    assert a.state == "failed" and "broken input" in (a.error or "")
    assert b.state == "done" and b.log == ["ran"]


def test_jobs_are_bounded_and_refused_past_the_bound() -> None:
    jobs = Jobs(max_active=2)
    release = threading.Event()

    def blocked(job: Job) -> Iterator[None]:
        assert release.wait(10)
        yield

    held = [jobs.submit("x", blocked), jobs.submit("x", blocked)]
    with pytest.raises(JobsBusy):
        jobs.submit("x", blocked)
    release.set()
    for job in held:
        _wait(jobs, job)
    assert jobs.submit("x", lambda job: None) is not None  # room again once they finished


def test_an_upload_ingests_in_bounded_steps(tmp_path) -> None:
    from annalyst import Annalyst
    from annalyst.serve import upload

    sources = []
    for i in range(25):
        path = tmp_path / f"note{i:02d}.txt"
        path.write_text(f"Note {i}: the Kelmar Compact and Veltria held talk number {i} in Ostrev on Monday.\n",
                        encoding="utf-8")
        sources.append(str(path))
    job = Job(id="j", kind="ingest")
    with Annalyst(db=str(tmp_path / "steps.db")) as an:
        steps = run_pipeline(an, sources, job, extract=False)
        done_after_each = []
        for _ in steps:
            done_after_each.append(job.done)
        assert done_after_each == [upload.INGEST_STEP, 2 * upload.INGEST_STEP, 25]
        assert an.store.count_articles() == 25 and len(job.articles) == 25
