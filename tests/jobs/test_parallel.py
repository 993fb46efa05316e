"""Extraction on worker processes and on a Dask LocalCluster stores the same events as one process, byte for byte."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from annalyst import Annalyst
from annalyst.api import demo_corpus_path
from annalyst.jobs import parallel
from annalyst.models import Article

pytestmark = pytest.mark.slow

FICTIONAL = (
    "Zorvath Quell, the envoy of the Kelmar Compact, met officials in Kabul on Tuesday. "
    "Zorvath Quell said the Kelmar Compact would send wheat to Afghanistan before the winter.\n\n"
    "The Taliban welcomed the offer, a spokesman said."
)


def _sources(shared_data_dir: Path | None) -> list[str]:
    sources = [str(demo_corpus_path())]
    if shared_data_dir is not None:
        sources += sorted(str(p) for p in (shared_data_dir / "seeds").glob("*.txt"))
    return sources


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[list[str], Path]:
    root = Path(__file__).resolve().parents[2].parent / "shared" / "data"
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "envoy.txt").write_text(FICTIONAL, encoding="utf-8")
    return _sources(root if root.is_dir() else None) + [str(folder / "envoy.txt")], folder


def _store(tmp_path: Path, name: str, sources: list[str]) -> Annalyst:
    an = Annalyst(db=str(tmp_path / f"{name}.db"))
    report = an.ingest(sources, published="2025-07-12")
    assert report.stored and not report.failed
    return an


def _export(an: Annalyst, path: Path) -> bytes:
    an.export_events("jsonl", path)
    return path.read_bytes()


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> bytes:
    """The events exported after extraction in this process (one pipeline, no workers)."""
    tmp = tmp_path_factory.mktemp("local")
    with _store(tmp, "local", corpus[0]) as an:
        n = an.extract()
        assert n == an.store.count_articles() and an.store.count_events() > 20
        return _export(an, tmp / "local.jsonl")


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    yield cluster
    cluster.close()


def test_parallel_two_workers_store_the_same_events_as_one_process(corpus, reference, tmp_path):
    from typer.testing import CliRunner

    from annalyst.cli import app

    _store(tmp_path, "workers", corpus[0]).close()  # ingested and closed before the CLI opens it
    result = CliRunner().invoke(app, ["extract", "--db", str(tmp_path / "workers.db"), "--workers", "2",
                                      "--batch-size", "8", "--no-cluster"])  # the reference is not clustered
    assert result.exit_code == 0, result.output
    with Annalyst(db=str(tmp_path / "workers.db")) as an:
        assert an.pending_extraction() == 0
        assert _export(an, tmp_path / "workers.jsonl") == reference


def test_parallel_dask_local_cluster_exports_byte_identical_events(corpus, reference, dask_cluster, tmp_path):
    with _store(tmp_path, "dask", corpus[0]) as an:
        n = an.extract(dask=dask_cluster.scheduler_address, batch_size=8)
        assert n == an.store.count_articles()
        assert _export(an, tmp_path / "dask.jsonl") == reference


def test_parallel_workers_link_against_the_workspace_dictionary(corpus, dask_cluster, tmp_path):
    from annalyst.models import Actor, Alias

    envoy = [s for s in corpus[0] if s.endswith("envoy.txt")]
    with _store(tmp_path, "dict", envoy) as an:
        an.add_actor(Actor(id="KLM-ENVOY", name="Zorvath Quell", kind="person", country=None,
                           aliases=[Alias(text="Zorvath Quell")]))
        assert an.extract(dask=dask_cluster.scheduler_address, limit=1) == 1
        article_id = an.articles()[0].id
        linked = {m.actor_id for m in an.store.extraction(article_id).mentions if m.text == "Zorvath Quell"}
    assert linked == {"KLM-ENVOY"}


def test_parallel_limit_stops_after_whole_batches_and_resumes(corpus, dask_cluster, tmp_path):
    with _store(tmp_path, "limit", corpus[0]) as an:
        total = an.store.count_articles()
        assert an.extract(dask=dask_cluster.scheduler_address, batch_size=4, limit=6) == 6
        assert an.pending_extraction() == total - 6
        assert an.extract(dask=dask_cluster.scheduler_address, batch_size=4) == total - 6
        assert an.pending_extraction() == 0


def test_parallel_drain_keeps_batches_in_flight_bounded_and_writes_in_order():
    """At most ``in_flight`` batches are outstanding, and results are written oldest first."""
    outstanding, most = set(), 0
    lock = threading.Lock()

    def submit(batch):
        nonlocal most
        with lock:
            outstanding.add(batch[0].id)
            most = max(most, len(outstanding))
        return batch

    def wait(batch):
        outstanding.discard(batch[0].id)
        return [(a.id, a) for a in batch]

    class Sink:
        def __init__(self) -> None:
            self.written: list[str] = []

        def save_extractions(self, results, extractor, failures=()):
            self.written.extend(i for i, _ in results)

    work = ([Article(id=f"a{i}-{j}", text="x") for j in range(3)] for i in range(20))
    sink = Sink()
    n = parallel._drain(submit, wait, work, sink, 4, None)
    assert n == 60 and most == 4
    assert sink.written == [f"a{i}-{j}" for i in range(20) for j in range(3)]


def test_parallel_spec_token_follows_the_dictionary():
    from annalyst.models import Actor

    a = parallel.WorkerSpec.make(model="m", actors=(), redirects=())
    b = parallel.WorkerSpec.make(model="m", actors=(Actor(id="X", name="X", kind="person"),), redirects=())
    c = parallel.WorkerSpec.make(model="m", actors=(), redirects=(("OLD", "NEW"),))
    d = parallel.WorkerSpec.make(model="m", link_threshold=0.95, actors=(), redirects=())  # the setting reaches workers
    assert len({a.token, b.token, c.token, d.token}) == 4
    assert parallel.WorkerSpec.make(model="m", actors=(), redirects=()).token == a.token


def test_parallel_nothing_pending_starts_no_worker(tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("a worker pool was started with nothing to extract")

    monkeypatch.setattr(parallel, "_extract_pool", refuse)
    monkeypatch.setattr(parallel, "_extract_dask", refuse)
    with Annalyst(db=str(tmp_path / "empty.db")) as an:
        assert an.extract(workers=2) == 0
        assert an.extract(dask="local") == 0


def test_parallel_bad_dask_address_is_a_config_error(tmp_path):
    from annalyst.errors import ConfigError

    with Annalyst(db=str(tmp_path / "bad.db")) as an, pytest.raises(ConfigError):
        an.extract(dask="not-an-address")
