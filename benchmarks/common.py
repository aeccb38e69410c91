"""What the benchmarks share: the report texts they time, and a peak-memory reading."""

from __future__ import annotations

import resource
from pathlib import Path


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
