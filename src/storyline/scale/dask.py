"""Scale-out with Dask distributed: per-article work on the workers, the rest on the client.

``read_distributed`` gives the same ``Reading`` as ``storyline.pipeline.read``, value for value. The split:

- on the workers, partition by partition: ``pipeline.prepare`` (outlet and date inference) and the analysis
  (one spaCy parse and every extractor). Each worker process loads spaCy once: ``storyline.nlp.pipeline.load``
  is cached per process, so a worker keeps its model for every later partition.
- on the client, in input order: the store (cached analyses read first, new ones saved), story clustering and
  the story-by-story date refinement. These steps look across articles, are cheap next to parsing, and must
  see the whole batch to give the local run's answer.

Why the result is identical and not just close: workers run the very functions the local run runs, on the
same article values; results come back as the same frozen dataclasses and are put back in input order
before anything looks across articles. Parsing is per document in spaCy (a document's tokens never see
another document's), and default partitions are still cut on the local run's parse-batch boundaries, so each
worker parses exactly the batches the local run parses.

What this does not do: spread clustering or comparison (``brief_of``) over the cluster; stream results in
as they arrive; ship storyline to remote workers (they need it installed, with the spaCy model).

``dask`` and ``distributed`` come with the ``scale`` extra and are imported only when a function here is
called; without them ``MissingExtraError`` names the install line.
"""

from __future__ import annotations

import inspect
import logging
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.errors import InputError, MissingExtraError
from storyline.model import Analysis, Article, Brief

if TYPE_CHECKING:
    from distributed import Client

    from storyline.pipeline import Reading

log = logging.getLogger(__name__)

# One unit of worker output: the prepared article and its analysis (None when the store already has it).
Prepared = tuple[Article, Analysis | None]
ChunkFn = Callable[[Sequence[Article], bool], list[Prepared]]

LOCAL_WORKERS = 2  # a scoped LocalCluster: two worker processes, one thread each (one spaCy model each)
PARTITIONS_PER_THREAD = 4  # several partitions per thread so a slow partition does not idle the others


def require_distributed() -> Any:
    """Import ``distributed`` or say which extra to install."""
    try:
        import dask  # noqa: F401  (distributed needs it; name the right package when it is missing)
        import distributed
    except ImportError as exc:
        raise MissingExtraError("scale", "dask") from exc
    return distributed


def parse_batch_size() -> int:
    """The batch size the local run parses with (``parse_many``'s default), read rather than copied."""
    from storyline.nlp.pipeline import parse_many

    return int(inspect.signature(parse_many).parameters["batch_size"].default)


def work_chunk(articles: Sequence[Article], analyze: bool) -> list[Prepared]:
    """The per-article work of one partition, run on a worker: prepare, then (when asked) analyze.

    The analyses come from ``pipeline.analyze_many`` without a store, the function the local run uses, so
    parsing is batched the same way.
    """
    from storyline.pipeline import analyze_many, prepare

    prepared = [prepare(a) for a in articles]
    if not analyze:
        return [(a, None) for a in prepared]
    analyses = analyze_many(prepared)
    return list(zip(prepared, analyses, strict=True))


def chunk_sizes(total: int, *, partitions: int | None, threads: int, batch: int) -> list[int]:
    """Sizes of consecutive partitions covering ``total`` articles.

    With ``partitions`` given, that many near-equal partitions (fewer when there are fewer articles). Without,
    partitions are whole multiples of ``batch`` (so a worker parses the local run's batches), about
    ``PARTITIONS_PER_THREAD`` per worker thread.
    """
    if total <= 0:
        return []
    if partitions is not None:
        if partitions < 1:
            raise ValueError(f"partitions must be at least 1, not {partitions}")
        count = min(partitions, total)
        size, extra = divmod(total, count)
        return [size + (1 if i < extra else 0) for i in range(count)]
    wanted = max(1, threads * PARTITIONS_PER_THREAD)
    size = max(batch, math.ceil(total / wanted / batch) * batch)
    return [min(size, total - start) for start in range(0, total, size)]


@contextmanager
def connect(client: Client | None, address: str | None) -> Iterator[Client]:
    """The client to use: the caller's; one to ``address``; or a LocalCluster scoped to this call.

    A client or cluster opened here is closed here; the caller's client is left open.
    """
    distributed = require_distributed()
    if client is not None:
        if address is not None:
            raise ValueError("give a client or an address, not both")
        yield client
        return
    if address is not None:
        with distributed.Client(address) as remote:
            yield remote
        return
    # the scheduler's HTTP server always starts; on a fixed port (8787) a second cluster on the machine
    # would clash with it (and distributed warns), so take any free port
    with (
        distributed.LocalCluster(
            n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as local,
    ):
        yield local


def total_threads(client: Client) -> int:
    """Worker threads the scheduler knows now (at least one, so partitioning never divides by zero)."""
    threads = client.nthreads()
    return max(1, sum(threads.values()))


def run_chunks(
    client: Client,
    articles: Sequence[Article],
    cached: set[str],
    *,
    partitions: int | None,
    work: ChunkFn,
    on_done: Callable[[int], None] | None = None,
) -> list[Prepared]:
    """Every article prepared (and analyzed unless cached) on the workers, back in input order. ``on_done``
    is told how many articles each partition held as partitions finish (for a progress bar)."""
    batch = parse_batch_size()
    threads = total_threads(client)
    # analyzed and cached articles go in separate partitions so that the analyzed ones form exactly the
    # list the local run parses (its batches skip cached articles too)
    todo = [i for i, a in enumerate(articles) if a.id not in cached]
    done = [i for i, a in enumerate(articles) if a.id in cached]
    tasks: list[tuple[list[int], bool]] = []
    for indexes, analyze in ((todo, True), (done, False)):
        sizes = chunk_sizes(len(indexes), partitions=partitions, threads=threads, batch=batch)
        tasks.extend((part, analyze) for part in split_indexes(indexes, sizes))
    # scatter sends each partition's articles straight to a worker instead of inlining them in the task
    # graph (which goes through the scheduler and warns past a few MB)
    data = client.scatter([[articles[i] for i in part] for part, _ in tasks], hash=False) if tasks else []
    futures = [client.submit(work, chunk, analyze, pure=False) for chunk, (_, analyze) in zip(data, tasks, strict=True)]
    if on_done is not None and futures:
        held = {future.key: len(part) for future, (part, _) in zip(futures, tasks, strict=True)}
        for future in require_distributed().as_completed(futures):
            on_done(held[future.key])
    results = client.gather(futures)
    ordered: list[Prepared | None] = [None] * len(articles)
    for (part, _), result in zip(tasks, results, strict=True):
        if len(result) != len(part):
            raise RuntimeError(f"a worker returned {len(result)} results for {len(part)} articles")
        for i, item in zip(part, result, strict=True):
            ordered[i] = item
    missing = [articles[i].id for i, item in enumerate(ordered) if item is None]
    if missing:  # cannot happen while the partitions cover every index; say so loudly if they ever do not
        raise RuntimeError(f"no worker result for articles {missing[:5]}")
    return [item for item in ordered if item is not None]


def split_indexes(indexes: Sequence[int], sizes: Sequence[int]) -> list[list[int]]:
    out, start = [], 0
    for size in sizes:
        out.append(list(indexes[start : start + size]))
        start += size
    return out


def read_distributed(
    articles: Sequence[Article],
    *,
    client: Client | None = None,
    address: str | None = None,
    partitions: int | None = None,
    store: object | None = None,
    work: ChunkFn = work_chunk,
    on_done: Callable[[int], None] | None = None,
) -> Reading:
    """``storyline.pipeline.read`` with the per-article work spread over Dask workers; same result.

    ``client``: an open ``distributed.Client`` (left open). ``address``: a scheduler to connect to for this
    call. Neither: a ``LocalCluster`` of two single-thread worker processes, closed on return. ``partitions``:
    how many pieces to cut the batch into (default: whole parse batches, a few per worker thread). ``store``:
    as in ``read``, analyses it holds are not recomputed (their articles are still prepared on the workers),
    new ones are saved. ``work`` is the per-partition function (tests swap in a pure one). ``on_done`` is
    told the size of each partition as it finishes.

    Raises ``MissingExtraError`` without the ``scale`` extra; a worker's exception is raised here.
    """
    from storyline.pipeline import pipeline_version, reanchored, settle

    items = list(articles)
    require_distributed()
    if not items:  # nothing to spread: no cluster to start
        return settle([], [], store=store)
    cached: dict[str, Analysis] = {}
    if store is not None and items:
        cached = store.load_analyses([a.id for a in items], version=pipeline_version())  # type: ignore[attr-defined]
    with connect(client, address) as active:
        results = run_chunks(active, items, set(cached), partitions=partitions, work=work, on_done=on_done)
    prepared = [art for art, _ in results]
    fresh = [ana for _, ana in results if ana is not None]
    analyses = [ana if ana is not None else reanchored(art, cached[art.id]) for art, ana in results]
    if store is not None:
        # the local run saves articles before analyses; keep the order so a store sees the same writes
        store.save_articles(prepared)  # type: ignore[attr-defined]
        if fresh:
            store.save_analyses(fresh)  # type: ignore[attr-defined]
    return settle(prepared, analyses, store=store)


def brief_distributed(
    paths: Sequence[str | Path],
    *,
    address: str | None = None,
    client: Client | None = None,
    partitions: int | None = None,
    store: object | None = None,
    sentences: int = 6,
    on_problem: Callable[[InputError], None] | None = None,
) -> Brief:
    """Load ``paths`` (files, folders, JSONL, ...), read them on a Dask cluster, build the brief locally.

    Bad inputs are handed to ``on_problem`` (default: logged as warnings) and skipped, as ``storyline brief``
    does; the comparison and brief building run on the client.
    """
    from storyline.ingest import load
    from storyline.pipeline import brief_of

    loaded = load(list(paths))
    for problem in loaded.problems:
        if on_problem is not None:
            on_problem(problem)
        else:
            log.warning("skipped %s", problem)
    reading = read_distributed(loaded.articles, client=client, address=address, partitions=partitions, store=store)
    return brief_of(reading, sentences=sentences)
