"""How much the quote stage adds to the spaCy parse of the same reports.

Parses N PolNeAR dev reports (or the seed reports when the data is absent), then times ``extract_quotes``
on each parsed Doc with the entity stage left out (the quote stage alone). Prints a table and a final JSON
line: ``{"bench": "quotes", "docs": N, "parse_s": ..., "quotes_s": ..., "overhead": quotes_s / parse_s}``.
Target: overhead below 0.15.

usage: python benchmarks/bench_quotes.py [--docs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json

from common import best_time, parsed_reports


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from storyline.extract.quotes import extract_quotes

    source, articles, docs, parse_s = parsed_reports(args.docs)
    texts = [a.text for a in articles]
    best, n_quotes = best_time(
        lambda: sum(len(extract_quotes(a, d, ())) for a, d in zip(articles, docs, strict=True)), args.repeat
    )
    chars = sum(len(t) for t in texts)
    print(f"{'reports':<24}{len(texts):>10}  ({source}, {chars} characters)")
    print(f"{'spaCy parse (s)':<24}{parse_s:>10.3f}")
    print(f"{'quote stage (s, best)':<24}{best:>10.3f}  ({n_quotes} quotes)")
    print(f"{'overhead':<24}{best / parse_s:>10.1%}  (target < 15%)")
    result = {
        "bench": "quotes",
        "source": source,
        "docs": len(texts),
        "parse_s": round(parse_s, 4),
        "quotes_s": round(best, 4),
        "overhead": round(best / parse_s, 4),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
