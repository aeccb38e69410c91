"""How reading one report scales with its length: seconds for read (parse + extract + stories + dates) of one
text made of N PolNeAR dev reports joined (the seeds when the data is absent), at doubling lengths.

Reading should grow about linearly with the text; a step that compares every sentence or every name with
every other shows here as seconds per 10,000 characters that rise with the length. Prints a table and a final
JSON line. usage: python benchmarks/bench_long.py [--max-chars N]
"""

from __future__ import annotations

import argparse
import json
import time

from common import peak_rss_mb, report_texts


def _text_of(texts: list[str], size: int) -> str:
    """The reports joined, paragraph after paragraph, cut at the last paragraph under ``size`` characters."""
    out: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            for para in text.split("\n"):
                if total + len(para) + 1 > size:
                    return "\n".join(out)
                out.append(para)
                total += len(para) + 1
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--max-chars", type=int, default=160_000)
    args = ap.parse_args()

    from storyline.model import Article
    from storyline.nlp.pipeline import load
    from storyline.pipeline import read

    source, texts = report_texts(60)
    load()
    read([Article(id="warm", text=texts[0])])
    rows = []
    size = 10_000
    while size <= args.max_chars:
        text = _text_of(texts, size)
        t0 = time.perf_counter()
        read([Article(id=f"long{size}", text=text)])
        secs = time.perf_counter() - t0
        rows.append({"chars": len(text), "read_s": round(secs, 3), "s_per_10k": round(secs / len(text) * 10_000, 3)})
        size *= 2
    print(f"one report of joined {source} texts")
    for row in rows:
        print(f"{row['chars']:>9} chars  {row['read_s']:>8.2f} s  {row['s_per_10k']:>6.3f} s per 10,000 chars")
    print(json.dumps({"bench": "long", "source": source, "rows": rows, "peak_mb": round(peak_rss_mb(), 1)}))


if __name__ == "__main__":
    main()
