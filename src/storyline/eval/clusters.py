"""Story clustering on ECB+: B-cubed and pairwise precision/recall/F1, batch and incremental.

Each ECB+ document becomes an ``Article`` (id = doc id, text as given, no metadata: ECB+ has no dates). The
gold story of a document is its ``subtopic`` (one seminal event; each topic holds two events of the same
kind, e.g. two different arrests) and, for reference, its ``topic``. All documents of a split are clustered
together, so the scores also count confusions across topics.

- batch: ``storyline.stories.cluster.cluster`` on the documents in doc id order;
- incremental: ``storyline.stories.incremental.StoryIndex.add`` one document at a time in doc id order, scored
  on the index's stories once the last document is in (merges of earlier stories included);
- ``incremental_vs_batch_bcubed_f1``: B-cubed F1 of the incremental stories scored against the batch stories,
  i.e. how close one pass comes to the batch result.

Metric names are flat: ``{batch|incremental}_{subtopic|topic}_{bcubed|pairwise}_{precision|recall|f1}``.

With embeddings asked for (``embed=True``, or ``STORYLINE_EMBED=1`` in the environment, as ``storyline eval``
passes no options) and the ``embed`` extra installed, the batch run is repeated with sentence embeddings
blended in, under the same names prefixed ``embed_``. The pinned floors are the ones without embeddings
(CI does not install the extra), and the gate stays fast because nothing loads torch unless asked.

Does NOT: score duplicates (ECB+ holds none), or run the incremental index with embeddings (it has none).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from storyline.eval.datasets import dataset_path, read_jsonl
from storyline.model import Article


def _natural(doc_id: str) -> list[Any]:
    """Sort key reading the numbers in a doc id as numbers ("2_10ecb" after "2_9ecb")."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", doc_id)]


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (Bagga & Baldwin 1998) of ``pred`` against ``gold`` (item -> cluster)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    joint = Counter((pred[i], gold[i]) for i in items)
    psize = Counter(pred[i] for i in items)
    gsize = Counter(gold[i] for i in items)
    p = sum(joint[(pred[i], gold[i])] / psize[pred[i]] for i in items) / len(items)
    r = sum(joint[(pred[i], gold[i])] / gsize[gold[i]] for i in items) / len(items)
    return p, r, _f1(p, r)


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """Precision, recall, F1 over unordered pairs of items put in one cluster."""
    items = list(gold)
    joint = Counter((pred[i], gold[i]) for i in items)
    both = sum(c * (c - 1) // 2 for c in joint.values())
    in_pred = sum(c * (c - 1) // 2 for c in Counter(pred[i] for i in items).values())
    in_gold = sum(c * (c - 1) // 2 for c in Counter(gold[i] for i in items).values())
    p = both / in_pred if in_pred else 1.0
    r = both / in_gold if in_gold else 1.0
    return p, r, _f1(p, r)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def load(data: Path | None = None, split: str = "dev", limit: int | None = None) -> list[dict[str, Any]]:
    """ECB+ records of a split (or of the file ``data``) in natural doc id order."""
    path = data if data is not None else dataset_path("ecbplus", split)
    records = sorted(read_jsonl(path), key=lambda r: _natural(str(r["doc_id"])))
    return records[:limit] if limit is not None else records


def score(pred: Mapping[str, str], records: Sequence[dict[str, Any]], prefix: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for level in ("subtopic", "topic"):
        gold = {str(r["doc_id"]): str(r[level]) for r in records}
        for name, fn in (("bcubed", bcubed), ("pairwise", pairwise)):
            p, r, f = fn(pred, gold)
            out[f"{prefix}_{level}_{name}_precision"] = p
            out[f"{prefix}_{level}_{name}_recall"] = r
            out[f"{prefix}_{level}_{name}_f1"] = f
    return out


def evaluate(
    *,
    data: Path | None = None,
    split: str = "dev",
    limit: int | None = None,
    threshold: float | None = None,
    embed: bool | None = None,
) -> dict[str, float]:
    """Scores of batch and incremental clustering on ECB+ ``split`` (see the module docstring).

    ``embed``: also score batch clustering with sentence embeddings (None: ``STORYLINE_EMBED=1`` asks);
    raises ``MissingExtraError`` when asked for and the ``embed`` extra is not installed.
    """
    from storyline.stories.cluster import cluster
    from storyline.stories.incremental import StoryIndex

    records = load(data, split, limit)
    articles = [Article(id=str(r["doc_id"]), text=str(r["text"])) for r in records]
    batch = {a.article: a.story for a in cluster(articles, threshold=threshold)}
    index = StoryIndex()
    # the index's stories after the last document (a merge re-labels earlier reports with the older id)
    incremental = {a.article: a.story for a in index.add_many(articles)}
    out = score(batch, records, "batch") | score(incremental, records, "incremental")
    out["incremental_vs_batch_bcubed_f1"] = bcubed(incremental, batch)[2]
    out["documents"] = float(len(records))
    out["batch_stories"] = float(len(set(batch.values())))
    out["incremental_stories"] = float(len(set(incremental.values())))
    if embed if embed is not None else os.environ.get("STORYLINE_EMBED", "") == "1":
        from storyline.stories.embed import Embedder

        embedded = {a.article: a.story for a in cluster(articles, embedder=Embedder())}
        out |= {f"embed_{k}": v for k, v in score(embedded, records, "batch").items()}
        out["embed_batch_stories"] = float(len(set(embedded.values())))
    return out
