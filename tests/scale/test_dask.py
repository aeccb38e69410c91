"""storyline.scale.dask: partitioning, order, the store, and identity with the local run.

The in-process tests share one ``LocalCluster(processes=False)``: starting worker processes costs seconds
and each would load spaCy again. It has ONE worker thread because the workers then share this process's
spaCy model, and a spaCy ``Language`` is not documented as safe to run from two threads at once; the
partitions still run as separate tasks, out of the caller's thread, through pickling-free futures. The
default configuration (two worker processes) is covered by the slow test at the end.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from storyline.errors import MissingExtraError
from storyline.model import Analysis, Article
from storyline.scale import dask as scale

distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Report number {i}.") for i in range(n)]


# partition sizes analyzed by ``counting``; the in-process worker appends here (functions defined in this
# module are pickled by reference, so the task finds this very list)
ANALYZED: list[int] = []
_LOCK = threading.Lock()


def counting(chunk: Sequence[Article], analyze: bool) -> list[scale.Prepared]:
    """The real per-partition work, counting the articles it analyzes."""
    with _LOCK:
        ANALYZED.extend([len(chunk)] if analyze else [])
    return scale.work_chunk(chunk, analyze)


def fake_work(chunk: Sequence[Article], analyze: bool) -> list[scale.Prepared]:
    """A pure stand-in for prepare + analyze: tags each article with its partition's size."""
    return [(a, Analysis(article=a.id, version=f"fake-{len(chunk)}") if analyze else None) for a in chunk]


@pytest.mark.parametrize(
    ("total", "partitions", "threads", "batch", "sizes"),
    [
        (0, None, 2, 16, []),
        (5, None, 2, 16, [5]),
        (40, None, 2, 16, [16, 16, 8]),
        (1000, None, 2, 16, [128] * 7 + [104]),
        (5, 3, 2, 16, [2, 2, 1]),
        (2, 5, 2, 16, [1, 1]),
    ],
)
def test_dask_chunk_sizes(total: int, partitions: int | None, threads: int, batch: int, sizes: list[int]) -> None:
    got = scale.chunk_sizes(total, partitions=partitions, threads=threads, batch=batch)
    assert got == sizes
    assert sum(got) == total


def test_dask_chunk_sizes_rejects_zero_partitions() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        scale.chunk_sizes(3, partitions=0, threads=1, batch=16)


def test_dask_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    # a None entry in sys.modules makes the import fail as if the package were not installed
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError, match=r"storyline\[scale\]"):
        scale.read_distributed(articles(1))


def test_dask_client_and_address_are_exclusive(client: object) -> None:
    with pytest.raises(ValueError, match="not both"):
        scale.read_distributed(articles(1), client=client, address="tcp://127.0.0.1:1")  # type: ignore[arg-type]


def test_dask_chunks_come_back_in_input_order(client: object) -> None:
    items = articles(7)
    out = scale.run_chunks(client, items, set(), partitions=3, work=fake_work)  # type: ignore[arg-type]
    assert [a.id for a, _ in out] == [a.id for a in items]
    # three partitions of 3, 2 and 2 articles: each analysis records the size of the partition it ran in
    assert [ana.version for _, ana in out if ana is not None] == ["fake-3"] * 3 + ["fake-2"] * 4


def test_dask_reports_each_finished_partition(client: object) -> None:
    done: list[int] = []
    scale.run_chunks(client, articles(7), set(), partitions=3, work=fake_work, on_done=done.append)  # type: ignore[arg-type]
    assert sorted(done) == [2, 2, 3]


def test_dask_cached_articles_are_prepared_not_ANALYZED(client: object) -> None:
    items = articles(5)
    out = scale.run_chunks(client, items, {"a1", "a3"}, partitions=None, work=fake_work)  # type: ignore[arg-type]
    assert [a.id for a, _ in out] == [a.id for a in items]
    assert [ana is None for _, ana in out] == [False, True, False, True, False]
    # the ANALYZED ones form one partition, as in the local run, whose batches skip cached articles too
    assert {ana.version for _, ana in out if ana is not None} == {"fake-3"}


def broken(chunk: Sequence[Article], analyze: bool) -> list[scale.Prepared]:
    raise RuntimeError("worker failed")


def test_dask_worker_error_reaches_the_caller(client: object) -> None:
    with pytest.raises(RuntimeError, match="worker failed"):
        scale.run_chunks(client, articles(2), set(), partitions=2, work=broken)  # type: ignore[arg-type]


def test_dask_empty_input_starts_no_cluster() -> None:
    reading = scale.read_distributed([])
    assert reading.articles == reading.analyses == reading.assignments == ()


# ---- the real pipeline ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example_articles() -> list[Article]:
    from storyline.ingest import load

    loaded = load([EXAMPLES / "corpus.jsonl", EXAMPLES / "other"])
    assert not loaded.problems
    return list(loaded.articles)


@pytest.fixture(scope="module")
def local_reading(example_articles: list[Article]):  # type: ignore[no-untyped-def]
    from storyline.pipeline import read

    return read(example_articles)


@pytest.mark.slow
def test_dask_identical_to_local_run(client: object, example_articles: list[Article], local_reading) -> None:  # type: ignore[no-untyped-def]
    reading = scale.read_distributed(example_articles, client=client, partitions=3)  # type: ignore[arg-type]
    assert reading == local_reading
    assert len(reading.stories()) == len(local_reading.stories())


@pytest.mark.slow
def test_dask_store_is_read_and_filled(client: object, example_articles: list[Article], local_reading) -> None:  # type: ignore[no-untyped-def]
    from storyline.store import Store

    ANALYZED.clear()
    store = Store(":memory:")
    try:
        first = scale.read_distributed(example_articles, client=client, store=store, work=counting)  # type: ignore[arg-type]
        assert sum(ANALYZED) == len(example_articles)
        ANALYZED.clear()
        second = scale.read_distributed(example_articles, client=client, store=store, work=counting)  # type: ignore[arg-type]
        assert ANALYZED == []
        assert first == second == local_reading
        assert [a.id for a in store.load_articles()] == [a.id for a in example_articles]
    finally:
        store.close()


@pytest.mark.slow
def test_dask_brief_distributed_matches_local(client: object, local_reading) -> None:  # type: ignore[no-untyped-def]
    from storyline.pipeline import brief_of

    brief = scale.brief_distributed([EXAMPLES / "corpus.jsonl", EXAMPLES / "other"], client=client)  # type: ignore[arg-type]
    assert brief == brief_of(local_reading)


def pid_work(chunk: Sequence[Article], analyze: bool) -> list[scale.Prepared]:
    """Tags each article with the id of the process that handled it."""
    return [(a, Analysis(article=a.id, version=str(os.getpid()))) for a in chunk]


def test_dask_default_cluster_is_two_worker_processes() -> None:
    items = articles(4)
    with scale.connect(None, None) as local:
        assert scale.total_threads(local) == scale.LOCAL_WORKERS
        out = scale.run_chunks(local, items, set(), partitions=4, work=pid_work)
    assert [a.id for a, _ in out] == [a.id for a in items]
    pids = {int(ana.version) for _, ana in out if ana is not None}
    assert os.getpid() not in pids


@pytest.mark.slow
def test_dask_identical_across_processes(example_articles: list[Article], local_reading) -> None:  # type: ignore[no-untyped-def]
    # the configuration a user gets without a client: two worker processes, each loading spaCy once, each
    # with its own string-hash seed (so set-order dependence in an extractor would show here)
    reading = scale.read_distributed(example_articles, partitions=2)
    assert reading == local_reading
