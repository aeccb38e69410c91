"""The whole flow, end to end: reports a second and peak memory for read (parse + extract + stories + dates)
and for the brief (compare + build), on N PolNeAR dev reports (the seeds when the data is absent).

The reports are given no metadata, so outlet and date inference run too. The brief stage groups the reports
into stories first; PolNeAR articles are about many events, so most stories hold one or a few reports.
Prints a table and a final JSON line. usage: python benchmarks/bench_pipeline.py [--docs N]
"""

from __future__ import annotations

import argparse
import json
import time

from common import peak_rss_mb, report_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--docs", type=int, default=60)
    args = ap.parse_args()

    from storyline.model import Article
    from storyline.nlp.pipeline import load
    from storyline.pipeline import brief_of, read

    source, texts = report_texts(args.docs)
    t0 = time.perf_counter()
    load()
    load_s = time.perf_counter() - t0
    articles = [Article(id=f"r{i}", text=t) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    reading = read(articles)
    read_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    brief = brief_of(reading)
    brief_s = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    rows = [
        ("reports", f"{len(texts)} ({source}, {words} words)"),
        ("model load", f"{load_s:.2f} s"),
        ("read (parse, extract, stories, dates)", f"{read_s:.2f} s = {len(texts) / read_s:.1f} reports/s"),
        ("brief (compare, build)", f"{brief_s:.2f} s for {len(brief.stories)} stories"),
        ("peak memory", f"{peak_rss_mb():.0f} MiB"),
    ]
    for name, value in rows:
        print(f"{name:<40} {value}")
    print(json.dumps({
        "bench": "pipeline", "docs": len(texts), "words": words, "load_s": round(load_s, 3),
        "read_s": round(read_s, 3), "reports_per_s": round(len(texts) / read_s, 2), "brief_s": round(brief_s, 3),
        "stories": len(brief.stories), "peak_mb": round(peak_rss_mb(), 1),
    }))


if __name__ == "__main__":
    main()
