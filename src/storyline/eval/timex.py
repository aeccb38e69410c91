"""Time expressions on TempEval-3 (TBAQ-cleaned: TimeBank + AQUAINT): span, type and value, TempEval-style.

Each document is read as an article published on its document creation time (``dct``), so values are
scored exactly as TempEval-3 scores them against the DCT. Metrics (UzZaman et al. 2013):

- ``strict_p/r/f1``: predicted spans equal to gold spans;
- ``relaxed_p/r/f1``: spans that overlap (one-to-one, greedy in text order);
- ``type_acc``: the share of relaxed matches with the right TIMEX3 type;
- ``value_p/r/f1``: relaxed matches with the right value, over predicted and over gold expressions.

Only ``train_tbaq.jsonl`` is in ``../shared/data/tempeval3``, so the split is ours and deterministic: the
documents sorted by id, every fifth one (index % 5 == 0) is ``dev``, the rest ``train`` (rules are tuned
on ``train`` only); ``all`` scores every document. ``data`` may point at any file of the same schema.

Also scores publication-date inference (``storyline.extract.dating.infer_published``) with the DCT
hidden: ``date_year_acc`` (right year, over documents with an inferred value), ``date_within_7d`` and
``date_coverage`` (documents given any value).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import EvalError
from storyline.eval.datasets import dataset_path, read_jsonl
from storyline.extract.dating import infer_published
from storyline.extract.timex import extract_timexes
from storyline.extract.timex_calendar import parse_anchor
from storyline.model import Article, MetaValue

SPLITS = ("dev", "train", "all")


@dataclass
class _Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    typed: int = 0
    valued: int = 0
    dated: int = 0
    docs: int = 0
    year_ok: int = 0
    week_ok: int = 0


def load_docs(data: Path | None, split: str) -> list[dict[str, Any]]:
    """The documents of ``split``, sorted by id (the split is defined on that order)."""
    if split not in SPLITS:
        raise EvalError(f"unknown split {split!r} for timex; choose from {', '.join(SPLITS)}")
    path = data if data is not None else dataset_path("tempeval3", "train_tbaq")
    docs = sorted(read_jsonl(path), key=lambda d: str(d.get("doc_id", "")))
    for n, doc in enumerate(docs):
        if "text" not in doc or "timexes" not in doc:
            raise EvalError(f"record {n} has no text or timexes", source=str(path))
    if split == "all":
        return docs
    return [d for i, d in enumerate(docs) if (i % 5 == 0) == (split == "dev")]


def _match(gold: list[dict[str, Any]], pred: list[tuple[int, int, str, str | None]], c: _Counts) -> None:
    used: set[int] = set()
    c.gold += len(gold)
    c.pred += len(pred)
    golds = {(g["start"], g["end"]) for g in gold}
    c.strict += sum(1 for p in pred if (p[0], p[1]) in golds)
    for g in sorted(gold, key=lambda g: g["start"]):
        for i, (s, e, type_, value) in enumerate(pred):
            if i in used or not (s < g["end"] and g["start"] < e):
                continue
            used.add(i)
            c.relaxed += 1
            c.typed += type_ == g["type"]
            c.valued += value == g["value"]
            break


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _date_check(doc: dict[str, Any], c: _Counts) -> None:
    dct = parse_anchor(doc.get("dct"))
    if dct is None:
        return
    c.docs += 1
    inferred = infer_published(Article(id=str(doc.get("doc_id")), text=doc["text"]))
    got = parse_anchor(inferred.value)
    if got is None:
        return
    c.dated += 1
    c.year_ok += got.year == dct.year
    c.week_ok += abs((got - dct).days) <= 7


def evaluate(*, data: Path | None = None, split: str = "dev", limit: int | None = None) -> dict[str, float]:
    """Scores on TempEval-3 TBAQ (see the module docstring for the metrics and the split)."""
    docs = load_docs(data, split)
    if limit is not None:
        docs = docs[:limit]
    c = _Counts()
    for doc in docs:
        article = Article(
            id=str(doc.get("doc_id")), text=doc["text"], published=MetaValue(value=doc.get("dct") or None)
        )
        pred = [(t.span.start, t.span.end, t.type, t.value) for t in extract_timexes(article)]
        _match(doc["timexes"], pred, c)
        _date_check(doc, c)
    sp, sr = _ratio(c.strict, c.pred), _ratio(c.strict, c.gold)
    rp, rr = _ratio(c.relaxed, c.pred), _ratio(c.relaxed, c.gold)
    vp, vr = _ratio(c.valued, c.pred), _ratio(c.valued, c.gold)
    return {
        "docs": float(len(docs)),
        "gold": float(c.gold),
        "predicted": float(c.pred),
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": _f1(sp, sr),
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": _f1(rp, rr),
        "type_acc": _ratio(c.typed, c.relaxed),
        "value_p": vp,
        "value_r": vr,
        "value_f1": _f1(vp, vr),
        "date_coverage": _ratio(c.dated, c.docs),
        "date_year_acc": _ratio(c.year_ok, c.dated),
        "date_within_7d": _ratio(c.week_ok, c.dated),
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def errors(*, data: Path | None = None, split: str = "train") -> list[tuple[str, str, str, str, str]]:
    """(doc id, kind, text, gold, predicted) for every miss: a development aid, not part of the gate."""
    out = []
    for doc in load_docs(data, split):
        article = Article(id=str(doc["doc_id"]), text=doc["text"], published=MetaValue(value=doc.get("dct")))
        pred = list(extract_timexes(article))
        used: set[int] = set()
        for g in doc["timexes"]:
            hit = None
            for i, t in enumerate(pred):
                if i not in used and t.span.start < g["end"] and g["start"] < t.span.end:
                    hit = i
                    break
            if hit is None:
                out.append((doc["doc_id"], "missed", g["text"], f"{g['type']} {g['value']}", ""))
                continue
            used.add(hit)
            t = pred[hit]
            if t.value != g["value"] or t.type != g["type"]:
                out.append((doc["doc_id"], "value", f"{g['text']} | {t.text}", f"{g['type']} {g['value']}",
                            f"{t.type} {t.value}"))
        for i, t in enumerate(pred):
            if i not in used:
                out.append((doc["doc_id"], "spurious", t.text, "", f"{t.type} {t.value}"))
    return out
