"""Cross-document statement alignment scored on ECB+ (``../shared/data/ecbplus``).

Gold: within one subtopic (one seminal event), two sentences of different documents are aligned when they hold
coreferent event mentions (the same cross-document ``cluster``; ``INTRA_...`` and ``Singleton_...`` ids are
local and ignored). Only the ``validated_sentences`` of each document take part, on both sides: ECB+ annotates
those sentences fully and the rest only partly, so a pair outside them could not be judged.

Predicted: the sentences of a subtopic go through ``storyline.compare.align.align`` as statements (one report
per document); two sentences in one group are an aligned pair. No gold mention is used: the entity signal comes
from capitalized word runs inside the sentence, standing in for the NER the full pipeline has (this evaluation
runs without spaCy so that the quality gate stays fast).

Returns precision, recall and F1 of predicted pairs against gold pairs, summed over subtopics (micro), and the
pair counts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from storyline.compare.align import Unit, align
from storyline.eval.datasets import dataset_path, read_jsonl
from storyline.model import Span

_CAPS = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)*")
_LOCAL = ("INTRA_", "Singleton_")

Key = tuple[str, int]  # (document id, sentence number)


def _sentences(doc: dict[str, Any]) -> list[tuple[int, int, int]]:
    """(sentence number, start, end) of each line of the rebuilt text."""
    out = []
    pos = 0
    for n, line in enumerate(doc["text"].split("\n")):
        out.append((n, pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _gold_pairs(docs: list[dict[str, Any]]) -> set[tuple[Key, Key]]:
    by_cluster: dict[str, set[Key]] = defaultdict(set)
    for doc in docs:
        keep = set(doc.get("validated_sentences") or [])
        for m in doc["mentions"]:
            cluster = str(m.get("cluster") or "")
            if m.get("kind") != "event" or not cluster or cluster.startswith(_LOCAL) or m["sent"] not in keep:
                continue
            by_cluster[cluster].add((doc["doc_id"], m["sent"]))
    pairs: set[tuple[Key, Key]] = set()
    for keys in by_cluster.values():
        ordered = sorted(keys)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if a[0] != b[0]:
                    pairs.add((a, b))
    return pairs


def _units(docs: list[dict[str, Any]]) -> tuple[list[Unit], list[Key]]:
    units, keys = [], []
    for report, doc in enumerate(docs):
        keep = set(doc.get("validated_sentences") or [])
        text = doc["text"]
        for n, s, e in _sentences(doc):
            if n not in keep or e <= s:
                continue
            line = text[s:e]
            mentions = [(s + m.start(), s + m.end(), m.group(0).lower()) for m in _CAPS.finditer(line)]
            span = Span(article=doc["doc_id"], start=s, end=e)
            units.append(Unit.make(span=span, text=line, report=report, mentions=mentions))
            keys.append((doc["doc_id"], n))
    return units, keys


def predicted_pairs(docs: list[dict[str, Any]], *, threshold: float = 0.2) -> set[tuple[Key, Key]]:
    units, keys = _units(docs)
    pairs: set[tuple[Key, Key]] = set()
    for group in align(units, threshold=threshold):
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                a, b = sorted((keys[x], keys[y]))
                if a[0] != b[0]:
                    pairs.add((a, b))
    return pairs


def evaluate(*, data: Path | None = None, split: str = "dev", limit: int | None = None) -> dict[str, float]:
    """Precision / recall / F1 of aligned sentence pairs on ECB+ ``split`` (``limit``: first N subtopics)."""
    path = data or dataset_path("ecbplus", split)
    subtopics: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in read_jsonl(path):
        subtopics[str(doc["subtopic"])].append(doc)
    names = sorted(subtopics)
    if limit is not None:
        names = names[:limit]
    tp = n_pred = n_gold = 0
    for name in names:
        docs = sorted(subtopics[name], key=lambda d: str(d["doc_id"]))
        gold = _gold_pairs(docs)
        pred = predicted_pairs(docs)
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold_pairs": float(n_gold),
        "predicted_pairs": float(n_pred),
        "subtopics": float(len(names)),
    }
