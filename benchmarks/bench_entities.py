"""How much the entity stage adds to the spaCy parse of the same reports.

Parses N news reports (PolNeAR dev articles, full-length news; the seed reports when the data is absent),
then times ``find_furniture`` + ``extract_entities`` on each parsed Doc, best of R runs. Prints a table
and a final JSON line: ``{"bench": "entities", "docs": N, "parse_s": ..., "entities_s": ..., "overhead":
entities_s / parse_s}``. Target: overhead below 0.20.

usage: python benchmarks/bench_entities.py [--docs N] [--repeat R]
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

    from storyline.extract.entities import extract_entities
    from storyline.extract.furniture import find_furniture

    source, articles, docs, parse_s = parsed_reports(args.docs)
    texts = [a.text for a in articles]

    def stage() -> tuple[int, int]:
        ents = [
            e
            for a, d in zip(articles, docs, strict=True)
            for e in extract_entities(a, d, furniture=find_furniture(a, d))
        ]
        return len(ents), sum(len(e.mentions) for e in ents)

    best, (n_entities, n_mentions) = best_time(stage, args.repeat)
    chars = sum(len(t) for t in texts)
    overhead = best / parse_s if parse_s else 0.0
    print(f"{'source':<14}{'docs':>6}{'chars':>10}{'parse s':>10}{'entities s':>12}{'overhead':>10}{'entities':>10}")
    print(f"{source:<14}{len(texts):>6}{chars:>10}{parse_s:>10.3f}{best:>12.3f}{overhead:>10.1%}{n_entities:>10}")
    print(json.dumps({
        "bench": "entities", "source": source, "docs": len(texts), "chars": chars, "parse_s": round(parse_s, 4),
        "entities_s": round(best, 4), "overhead": round(overhead, 4), "entities": n_entities, "mentions": n_mentions,
        "target": 0.20,
    }))


if __name__ == "__main__":
    main()
