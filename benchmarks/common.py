"""What the benchmarks share: the report texts they time, and a peak-memory reading."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def report_texts(n: int) -> tuple[str, list[str]]:
    """Up to ``n`` full-length news reports: PolNeAR dev articles, or the seed reports when the data is absent."""
    from storyline.errors import EvalError
    from storyline.eval.datasets import dataset_path, read_jsonl

    try:
        recs = [r for r in read_jsonl(dataset_path("polnear", "dev")) if r.get("is_primary")]
        return "polnear dev", [r["text"] for r in recs[:n]]
    except EvalError:
        seeds = sorted((Path(__file__).resolve().parents[1].parent / "shared" / "seeds").glob("*.txt"))
        return "seeds", [p.read_text(encoding="utf-8") for p in seeds]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def parsed_reports(n: int) -> tuple[str, list[Any], list[Any], float]:
    """``(source, articles, docs, parse seconds)`` for up to ``n`` reports, parsed once with the pinned model."""
    from storyline.model import Article
    from storyline.nlp.pipeline import load

    source, texts = report_texts(n)
    nlp = load()
    nlp("warm up the model")
    t0 = time.perf_counter()
    docs = [nlp(t) for t in texts]
    parse_s = time.perf_counter() - t0
    return source, [Article(id=str(i), text=t) for i, t in enumerate(texts)], docs, parse_s


def best_time(stage: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The fastest of ``repeat`` runs of ``stage`` (seconds) and the last run's result."""
    best, result = float("inf"), stage()  # the first call also warms caches; it is not timed
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = stage()
        best = min(best, time.perf_counter() - t0)
    return best, result
