"""How many reports a second the time stage alone handles on one core.

Times ``extract_timexes`` (recognition + normalization, no spaCy parse) over N news reports: PolNeAR dev
articles (full-length news) when the data is present, else TempEval-3 documents, else the seed reports;
each report is anchored on a fixed date. Best of R runs, in CPU seconds of the process (one thread).
Also times ``infer_published`` and a ``refine_story`` over pairs of reports. Prints a table and a final JSON line:
``{"bench": "timex", "docs": N, "reports_per_s": ..., "chars_per_s": ..., ...}``. Target: >= 100 reports/s.

usage: python benchmarks/bench_timex.py [--docs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path


def _texts(n: int) -> tuple[str, list[str]]:
    from storyline.errors import EvalError
    from storyline.eval.datasets import dataset_path, read_jsonl

    for name, split, pick in (
        ("polnear", "dev", lambda r: r.get("is_primary")),
        ("tempeval3", "train_tbaq", lambda r: True),
    ):
        try:
            recs = [r for r in read_jsonl(dataset_path(name, split)) if pick(r)]
            return f"{name} {split}", [r["text"] for r in recs[:n]]
        except EvalError:
            continue
    seeds = sorted((Path(__file__).resolve().parents[1].parent / "shared" / "seeds").glob("*.txt"))
    return "seeds", [p.read_text(encoding="utf-8") for p in seeds]


def _best(fn: object, repeat: int) -> float:
    """Best of ``repeat`` runs in CPU seconds of this process (wall time misleads on a shared machine)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says

    from storyline.extract.dating import infer_published, refine_story
    from storyline.extract.timex import extract_timexes
    from storyline.extract.timex_lexicon import sentence_bounds
    from storyline.model import Analysis, Article, MetaValue

    source, texts = _texts(args.docs)
    dated = [Article(id=str(i), text=t, published=MetaValue(value="2023-05-10")) for i, t in enumerate(texts)]
    bare = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    chars = sum(len(t) for t in texts)

    def run_extract() -> None:
        sentence_bounds.cache_clear()  # no help from a cache filled by an earlier run
        for a in dated:
            extract_timexes(a)

    def run_infer() -> None:
        sentence_bounds.cache_clear()
        for a in bare:
            infer_published(a)

    analyses = [Analysis(article=a.id, version="bench") for a in bare]

    def run_refine() -> None:
        sentence_bounds.cache_clear()
        for i in range(0, len(bare) - 1, 2):
            pair = [dated[i], bare[i + 1]]
            refine_story(pair, analyses[i : i + 2])

    run_extract()  # warm the regular expression caches
    extract_s = _best(run_extract, args.repeat)
    infer_s = _best(run_infer, args.repeat)
    refine_s = _best(run_refine, args.repeat)
    n = len(texts)
    rows = [
        ("extract_timexes", extract_s, n),
        ("infer_published", infer_s, n),
        ("refine_story (pairs)", refine_s, max(1, n // 2)),
    ]
    print(f"time stage on {n} reports from {source} ({chars / max(n, 1):.0f} chars each), one core")
    print(f"{'stage':<22}{'seconds':>10}{'items/s':>12}")
    for name, secs, items in rows:
        print(f"{name:<22}{secs:>10.3f}{items / secs:>12.1f}")
    print(
        json.dumps(
            {
                "bench": "timex",
                "source": source,
                "docs": n,
                "extract_s": round(extract_s, 4),
                "reports_per_s": round(n / extract_s, 1),
                "chars_per_s": round(chars / extract_s),
                "infer_per_s": round(n / infer_s, 1),
                "refine_pairs_per_s": round(max(1, n // 2) / refine_s, 1),
                "target_reports_per_s": 100,
            }
        )
    )


if __name__ == "__main__":
    main()
