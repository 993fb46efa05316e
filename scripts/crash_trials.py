#!/usr/bin/env python
"""kill -9 campaign: crash ``annalyst ingest``, ``annalyst extract`` and ``annalyst cluster`` at random points and
check that nothing stored is lost or duplicated.

Each trial of a phase starts from that phase's input store (empty / ingested / extracted), runs the command in a
child process, waits until a random share of the work is committed, sleeps a random fraction of a batch and sends
SIGKILL. Then:

1. the store check (``annalyst check``: the command in the first trial of a phase, the same ``check_store`` in this
   process in the others) must pass on the killed store: SQLite integrity, orphans, partial extractions, clusters,
   FTS;
2. rerunning the same command must finish (exit 0);
3. the check must pass again, and the store must hold exactly what an uninterrupted run stores:
   the same article ids (no duplicates), the same event ids and the same number of mentions, time expressions,
   quotes and event actor rows, the same clusters (as sets of member events).

The corpus is generated (fictional reports in .txt, .html and .jsonl; several articles report each event, so
clustering merges). Usage::

    python scripts/crash_trials.py                       # 50 trials per phase, prints a table
    python scripts/crash_trials.py --trials 5 --phases ingest,cluster --articles 60 --json report.json

A phase whose command does not exist in this build is skipped with the reason printed. Exit status 1 when any
trial failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

PHASES = ("ingest", "extract", "cluster")
#: the command of each phase, after ``python -m annalyst.cli``; ``{db}`` and ``{corpus}`` are filled in
COMMANDS = {
    "ingest": ["ingest", "{corpus}", "--db", "{db}"],
    "extract": ["extract", "--no-cluster", "--db", "{db}", "--batch-size", "4"],  # the cluster phase is its own
    "cluster": ["cluster", "--db", "{db}"],
}
#: the progress of each phase: committed units, read with a plain SQLite connection while the command runs
PROGRESS_SQL = {
    "ingest": "SELECT count(*) FROM articles",
    "extract": "SELECT count(*) FROM articles WHERE extracted_at IS NOT NULL",
    "cluster": "SELECT count(*) FROM articles WHERE clustered_at IS NOT NULL",
}
RUN_TIMEOUT = 900.0
#: the longest extra wait after the target progress is reached (about one batch of that phase's work)
KILL_JITTER = {"ingest": 0.1, "extract": 0.6, "cluster": 0.1}


# ------------------------------------------------------------------------------------------------- corpus

_ACTORS = ["Russia", "Pakistan", "China", "Iran", "India", "Uzbekistan", "Kazakhstan", "Turkmenistan", "Tajikistan",
           "the United States", "the Taliban", "Afghanistan", "Qatar", "Turkey"]
_EVENTS = [
    ("{a} accused {b} of sheltering militants who attacked a border post", "{a} accuses {b} over border attack"),
    ("{a} delivered two transport helicopters to {b}", "{a} delivers helicopters to {b}"),
    ("{a} signed an agreement with {b} on a new railway line", "{a} and {b} sign railway agreement"),
    ("{a} condemned {b} for closing the main border crossing", "{a} condemns {b} over border closure"),
    ("{a} met with a delegation from {b} to discuss water sharing", "{a} meets {b} delegation on water"),
    ("{a} threatened {b} with sanctions over the detention of traders", "{a} threatens {b} with sanctions"),
]
_SITES = ["steppe-wire.example", "oxus-daily.example", "khyber-post.example", "caspian-courier.example",
          "pamir-times.example", "indus-herald.example"]
_FILLER = [
    "Officials said talks would continue in the coming weeks, though no date was set.",
    "Traders in the border markets said prices of flour and fuel had risen sharply since the spring.",
    "Analysts said the step reflected a wider shift in regional diplomacy after months of quiet contacts.",
    "A spokesman declined to give further details when reached by telephone on Tuesday evening.",
]


def make_corpus(root: Path, n_articles: int, seed: int = 7) -> int:
    """Write ``n_articles`` fictional reports under ``root`` (a third each as .txt, .html and lines of .jsonl files);
    each event is reported by up to three outlets. Returns the number of articles written."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    jsonl: list[str] = []
    written = 0
    event_no = 0
    while written < n_articles:
        a, b = rng.sample(_ACTORS, 2)
        sentence, title = rng.choice(_EVENTS)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for k in range(min(rng.randint(1, 3), n_articles - written)):
            site = _SITES[(event_no + k) % len(_SITES)]
            body = (f"{sentence.format(a=a, b=b)} on {day}, officials said. "
                    f"{' '.join(rng.sample(_FILLER, 2))} "
                    f"This is report {written} from {site}, filed as item {event_no}-{k}.")
            head = title.format(a=a, b=b)
            head = head[0].upper() + head[1:]
            kind = written % 3
            name = f"r{written:05d}"
            if kind == 0:
                (root / f"{name}.txt").write_text(f"{head}\n\n{day}\n\n{body}\n", encoding="utf-8")
            elif kind == 1:
                (root / f"{name}.html").write_text(
                    f'<html lang="en"><head><title>{head} - {site}</title>'
                    f'<meta property="article:published_time" content="{day}T08:00:00Z">'
                    f'<meta property="og:site_name" content="{site}"></head><body><nav>Home | World</nav>'
                    f"<article><h1>{head}</h1><p>{body}</p></article><footer>(c) {site}</footer></body></html>",
                    encoding="utf-8",
                )
            else:
                jsonl.append(json.dumps({"text": body, "title": head, "published": day, "site": site,
                                         "url": f"https://{site}/news/{name}"}))
            written += 1
        event_no += 1
    for i in range(0, len(jsonl), 10):
        (root / f"batch{i // 10:03d}.jsonl").write_text("\n".join(jsonl[i:i + 10]) + "\n", encoding="utf-8")
    return written


# ------------------------------------------------------------------------------------------------ helpers


def _env(batch_size: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNALYST_")}
    env["ANNALYST_BATCH_SIZE"] = str(batch_size)
    env["ANNALYST_CONFIG"] = os.devnull  # no user config file
    return env


def _command(phase: str, db: Path, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "annalyst.cli"] + [a.format(db=db, corpus=corpus) for a in COMMANDS[phase]]


def _available(phase: str) -> str | None:
    """None when this build has the phase's command, else the reason it is skipped."""
    from annalyst.cli import build_app

    names = {c.name or (c.callback.__name__ if c.callback else "") for c in build_app().registered_commands}
    return None if COMMANDS[phase][0] in names else f"`annalyst {COMMANDS[phase][0]}` does not exist in this build yet"


def _progress(db: Path, phase: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.5) as conn:
            return conn.execute(PROGRESS_SQL[phase]).fetchone()[0]
    except sqlite3.Error:
        return 0


def _checkpoint(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _copy_store(src: Path | None, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    if src is not None:
        shutil.copyfile(src, dst)


def _run(cmd: list[str], env: dict[str, str], timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def _check(db: Path) -> list[str]:
    """What ``annalyst check`` reports for the store (run in this process: the same ``check_store``, without the
    second of start-up a child process costs)."""
    from annalyst.store import Store
    from annalyst.store.check import check_store

    store = Store(f"sqlite:///{db}", auto_migrate=False)
    try:
        return [str(p) for p in check_store(store)]
    finally:
        store.close()


def _check_cli(db: Path, env: dict[str, str]) -> list[str]:
    """``annalyst check --json`` in a child process: the problems found (empty when clean)."""
    result = _run([sys.executable, "-m", "annalyst.cli", "check", "--db", str(db), "--json"], env)
    try:
        data = json.loads(result.stdout)
    except ValueError:
        return [f"annalyst check exited {result.returncode}: {result.stderr.strip()[-300:]}"]
    problems = [f"{p['kind']} [{p['table']}]: {p['message']}" for p in data.get("problems", [])]
    if result.returncode != (1 if problems else 0):
        problems.append(f"annalyst check exited {result.returncode} with {len(problems)} problem(s)")
    return problems


def snapshot(db: Path) -> dict[str, Any]:
    """What the store holds, in a form two runs can be compared by: ids, row counts, cluster memberships."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        articles = q("SELECT id FROM articles")
        members: dict[str, list[str]] = {}
        for cid, eid in q("SELECT cluster_id, event_id FROM cluster_members"):
            members.setdefault(cid, []).append(eid)
        return {
            "articles": len(articles),
            "article_ids": sorted(r[0] for r in articles),
            "distinct_articles": len({r[0] for r in articles}),
            "extracted": q("SELECT count(*) FROM articles WHERE extracted_at IS NOT NULL")[0][0],
            "clustered": q("SELECT count(*) FROM articles WHERE clustered_at IS NOT NULL")[0][0],
            "event_ids": sorted(r[0] for r in q("SELECT id FROM events")),
            "mentions": q("SELECT count(*) FROM mentions")[0][0],
            "time_exprs": q("SELECT count(*) FROM time_exprs")[0][0],
            "quotes": q("SELECT count(*) FROM quotes")[0][0],
            "event_actors": q("SELECT count(*) FROM event_actors")[0][0],
            "clusters": sorted(sorted(m) for m in members.values()),
            "n_clusters": q("SELECT count(*) FROM clusters")[0][0],
        }


#: what must equal the uninterrupted run after each phase's rerun
COMPARED = {
    "ingest": ("articles", "article_ids", "distinct_articles"),
    "extract": ("articles", "article_ids", "extracted", "event_ids", "mentions", "time_exprs", "quotes", "event_actors"),
    "cluster": ("articles", "extracted", "clustered", "event_ids", "event_actors", "clusters", "n_clusters"),
}


# ------------------------------------------------------------------------------------------------- trials


@dataclass
class Trial:
    phase: str
    number: int
    target: int = 0
    progress_at_kill: int = 0
    total: int = 0
    killed: bool = False  # False: the command finished before the kill point
    mid_work: bool = False  # killed with part of the work not yet committed
    check_after_kill: list[str] = field(default_factory=list)
    rerun_exit: int | None = None
    check_after_rerun: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.check_after_kill or self.check_after_rerun or self.differences or self.rerun_exit not in (0,))


@dataclass
class PhaseReport:
    phase: str
    skipped: str | None = None
    trials: list[Trial] = field(default_factory=list)
    reference_seconds: float = 0.0

    def row(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "trials": len(self.trials),
            "killed": sum(1 for t in self.trials if t.killed),
            "killed_mid_work": sum(1 for t in self.trials if t.mid_work),
            "check_failures_after_kill": sum(1 for t in self.trials if t.check_after_kill),
            "rerun_failures": sum(1 for t in self.trials if t.rerun_exit not in (0,)),
            "check_failures_after_rerun": sum(1 for t in self.trials if t.check_after_rerun),
            "lost_or_duplicated": sum(1 for t in self.trials if t.differences),
            "failed": sum(1 for t in self.trials if t.failed),
            "skipped": self.skipped,
        }


class Campaign:
    def __init__(self, workdir: Path, articles: int, seed: int, batch_size: int, log=print) -> None:  # noqa: ANN001
        self.workdir = workdir
        self.corpus = workdir / "corpus"
        self.n_articles = articles
        self.rng = random.Random(seed)
        self.batch_size = batch_size
        self.env = _env(batch_size)
        self.log = log
        self.inputs: dict[str, Path | None] = {"ingest": None}
        self.references: dict[str, dict[str, Any]] = {}
        self.seed = seed

    def prepare(self, phase: str) -> float:
        """Run ``phase`` uninterrupted from its input store: the reference, and the next phase's input."""
        if not self.corpus.exists():
            make_corpus(self.corpus, self.n_articles, self.seed)
        db = self.workdir / f"reference-{phase}.db"
        _copy_store(self.inputs[phase], db)
        started = time.monotonic()
        result = _run(_command(phase, db, self.corpus), self.env)
        elapsed = time.monotonic() - started
        if result.returncode != 0:
            raise RuntimeError(f"uninterrupted {phase} failed ({result.returncode}): {result.stderr.strip()[-500:]}")
        problems = _check_cli(db, self.env)
        if problems:
            raise RuntimeError(f"uninterrupted {phase} leaves a store that fails the check: {problems}")
        _checkpoint(db)
        self.references[phase] = snapshot(db)
        nxt = PHASES[PHASES.index(phase) + 1] if phase != PHASES[-1] else None
        if nxt:
            self.inputs[nxt] = db
        return elapsed

    def trial(self, phase: str, number: int) -> Trial:
        ref = self.references[phase]
        total = {"ingest": ref["articles"], "extract": ref["extracted"], "cluster": ref["clustered"]}[phase]
        base = _progress(self.inputs[phase], phase) if self.inputs[phase] else 0
        todo = max(1, total - base)
        t = Trial(phase=phase, number=number, total=total)
        db = self.workdir / f"trial-{phase}.db"
        _copy_store(self.inputs[phase], db)
        started = time.monotonic()
        # a random share of the work committed, then a random part of the next batch
        t.target = base + max(1, int(todo * self.rng.uniform(0.02, 0.95)))
        proc = subprocess.Popen(_command(phase, db, self.corpus), env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            while proc.poll() is None and _progress(db, phase) < t.target:
                time.sleep(0.01)
            if proc.poll() is None:
                time.sleep(self.rng.uniform(0.0, KILL_JITTER[phase]))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                t.killed = True
            proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        t.progress_at_kill = _progress(db, phase)
        t.mid_work = t.killed and t.progress_at_kill < total
        # the first trial of a phase runs the real command; the others call the same check in this process
        t.check_after_kill = _check_cli(db, self.env) if number == 1 else _check(db)
        rerun = _run(_command(phase, db, self.corpus), self.env)
        t.rerun_exit = rerun.returncode
        if rerun.returncode == 0:
            t.check_after_rerun = _check(db)
            got = snapshot(db)
            for key in COMPARED[phase]:
                if got[key] != ref[key]:
                    a, b = got[key], ref[key]
                    detail = f"{len(a)} vs {len(b)}" if isinstance(a, list) else f"{a} vs {b}"
                    t.differences.append(f"{key}: {detail} (trial vs uninterrupted)")
        t.seconds = time.monotonic() - started
        return t


def run_campaign(*, trials: int = 50, phases: tuple[str, ...] = PHASES, articles: int = 120, seed: int = 1,
                 batch_size: int = 5, workdir: Path | None = None, log=print) -> list[PhaseReport]:  # noqa: ANN001
    """Run ``trials`` kill -9 trials for each of ``phases``; returns one report per phase."""
    own = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix="annalyst-crash-"))
    workdir.mkdir(parents=True, exist_ok=True)
    campaign = Campaign(workdir, articles, seed, batch_size, log)
    reports: list[PhaseReport] = []
    try:
        for phase in PHASES:
            wanted = phase in phases
            later = any(p in phases for p in PHASES[PHASES.index(phase):])
            if not later:
                break
            report = PhaseReport(phase=phase)
            reason = _available(phase)
            if reason:
                report.skipped = reason
                log(f"{phase}: skipped: {reason}")
                if wanted:
                    reports.append(report)
                break  # later phases need this one's output
            report.reference_seconds = campaign.prepare(phase)
            log(f"{phase}: uninterrupted run {report.reference_seconds:.1f} s; reference "
                f"{ {k: v for k, v in campaign.references[phase].items() if not isinstance(v, list)} }")
            if not wanted:
                continue
            for n in range(1, trials + 1):
                t = campaign.trial(phase, n)
                report.trials.append(t)
                status = "FAIL" if t.failed else "ok"
                log(f"{phase} trial {n}/{trials}: {status} killed={t.killed} at {t.progress_at_kill}/{t.total} committed "
                    f"({t.seconds:.1f} s)" + (f" {t.check_after_kill + t.check_after_rerun + t.differences}" if t.failed else ""))
            reports.append(report)
    finally:
        if own:
            shutil.rmtree(workdir, ignore_errors=True)
    return reports


def format_table(reports: list[PhaseReport]) -> str:
    cols = ["phase", "trials", "killed", "killed_mid_work", "check_failures_after_kill", "rerun_failures",
            "check_failures_after_rerun", "lost_or_duplicated", "failed"]
    rows = [r.row() for r in reports]
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols} if rows else {c: len(c) for c in cols}
    lines = ["  ".join(c.ljust(widths[c]) for c in cols)]
    for r in rows:
        lines.append("  ".join(str(r[c]).ljust(widths[c]) for c in cols) + (f"  skipped: {r['skipped']}" if r["skipped"] else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50, help="trials per phase (default 50)")
    parser.add_argument("--phases", default=",".join(PHASES), help="comma-separated: ingest,extract,cluster")
    parser.add_argument("--articles", type=int, default=120, help="articles in the generated corpus")
    parser.add_argument("--batch-size", type=int, default=5, help="ANNALYST_BATCH_SIZE for ingest")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, help="keep stores and corpus here (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the full report (every trial) to this file")
    args = parser.parse_args(argv)
    phases = tuple(p.strip() for p in args.phases.split(",") if p.strip())
    unknown = set(phases) - set(PHASES)
    if unknown:
        parser.error(f"unknown phase(s): {', '.join(sorted(unknown))}")
    started = time.monotonic()
    reports = run_campaign(trials=args.trials, phases=phases, articles=args.articles, seed=args.seed,
                           batch_size=args.batch_size, workdir=args.workdir,
                           log=lambda m: print(m, file=sys.stderr, flush=True))
    print(format_table(reports))
    print(f"total {time.monotonic() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps([{**r.row(), "reference_seconds": r.reference_seconds,
                                          "trials": [asdict(t) for t in r.trials]} for r in reports], indent=1))
    return 1 if any(r.row()["failed"] for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
