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
import time

from common import report_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from storyline.extract.entities import extract_entities
    from storyline.extract.furniture import find_furniture
    from storyline.model import Article
    from storyline.nlp.pipeline import load

    source, texts = report_texts(args.docs)
    nlp = load()
    nlp("warm up the model")
    t0 = time.perf_counter()
    docs = [nlp(t) for t in texts]
    parse_s = time.perf_counter() - t0
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    extract_entities(articles[0], docs[0], furniture=find_furniture(articles[0], docs[0]))  # warm caches
    best = float("inf")
    n_entities = n_mentions = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_entities = n_mentions = 0
        for article, doc in zip(articles, docs, strict=True):
            ents = extract_entities(article, doc, furniture=find_furniture(article, doc))
            n_entities += len(ents)
            n_mentions += sum(len(e.mentions) for e in ents)
        best = min(best, time.perf_counter() - t0)
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
