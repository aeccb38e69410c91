"""Entities on ECB+: recognition against the gold entity mentions, and cross-document coreference.

Data: ``ecbplus/{split}.jsonl`` (see ``../shared/data/README.md``). Scored mentions are the gold mentions of
kind ``entity`` in validated sentences, without the ``TIME_*`` types (times are ``storyline.extract.timex``'s
business). Gold clusters are the ``cluster`` ids; ``INTRA_``/``Singleton_`` ids are document-local, and every
id is scoped to its subtopic, so a cluster never spans two seminal events.

System: each subtopic is one story. Every document goes through ``find_furniture`` and
``extract_entities``, then the subtopic's documents through ``storyline.compare.link.link_entities``.

Matching (documented choice): a predicted mention matches a gold mention when it lies in the same document
and contains the gold mention's syntactic head token (spaCy's root of the gold span); one predicted mention
matches at most one gold mention and vice versa, greedily by character overlap. This "head match" forgives
"the Gulf of Aden" against "Gulf of Aden" but not "India" against "India 's navy". ECB+ writes a location with
its preposition ("at the Betty Ford Center"); there the head is the preposition's object, not the preposition.

Metrics (written here, from the definitions):
- recognition: ``recognition_precision`` (matched predicted / predicted mentions in validated sentences),
  ``recognition_recall`` (matched gold / gold), ``recognition_f1``;
- coreference over the gold mentions (the usual gold-mention setting): a gold mention takes the story
  entity of the predicted mention matching it, or stays a singleton; then MUC (Vilain et al. 1995),
  B-cubed (Bagga & Baldwin 1998), CEAF-e (Luo 2005, entity similarity phi4 with an optimal alignment) and
  their mean, ``conll_f1`` (Pradhan et al. 2014). ``singleton_conll_f1`` is the all-singletons baseline.

Does NOT: score event mentions, or predicted-mention coreference (ECB+ marks only event participants, so
most of a report's names are unannotated and would count as false clusters).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from storyline.eval.datasets import dataset_path, read_jsonl
from storyline.model import Analysis, Article

Clusters = Mapping[str, str]  # mention id -> cluster id


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _groups(clusters: Clusters) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for mention, cluster in clusters.items():
        out[cluster].add(mention)
    return out


def _muc_side(key: Clusters, response: Clusters) -> float:
    """MUC recall of ``response`` against ``key`` (swap the arguments for precision)."""
    num = den = 0
    for members in _groups(key).values():
        parts = {response.get(m, "\0" + m) for m in members}  # a mention missing from the response is alone
        num += len(members) - len(parts)
        den += len(members) - 1
    return num / den if den else 0.0


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    r, p = _muc_side(key, response), _muc_side(response, key)
    return p, r, _f1(p, r)


def bcubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    kg, rg = _groups(key), _groups(response)

    def side(a: Clusters, ag: dict[str, set[str]], bg: dict[str, set[str]], b: Clusters) -> float:
        total = 0.0
        for m, c in a.items():
            mine = ag[c]
            other = bg[b[m]] if m in b else {m}
            total += len(mine & other) / len(mine)
        return total / len(a) if a else 0.0

    p = side(response, rg, kg, key)
    r = side(key, kg, rg, response)
    return p, r, _f1(p, r)


def ceafe(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    from scipy.optimize import linear_sum_assignment

    ks, rs = list(_groups(key).values()), list(_groups(response).values())
    if not ks or not rs:
        return 0.0, 0.0, 0.0
    sim = [[2 * len(k & r) / (len(k) + len(r)) for r in rs] for k in ks]
    rows, cols = linear_sum_assignment(sim, maximize=True)
    best = sum(sim[i][j] for i, j in zip(rows, cols, strict=True))
    p, r = best / len(rs), best / len(ks)
    return p, r, _f1(p, r)


def coref_scores(key: Clusters, response: Clusters) -> dict[str, float]:
    """MUC, B-cubed, CEAF-e (precision, recall, F1) and the CoNLL F1 of ``response`` against ``key``."""
    out: dict[str, float] = {}
    for name, fn in (("muc", muc), ("bcubed", bcubed), ("ceafe", ceafe)):
        p, r, f = fn(key, response)
        out |= {f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": f}
    out["conll_f1"] = (out["muc_f1"] + out["bcubed_f1"] + out["ceafe_f1"]) / 3
    return out


def _head_offset(doc: Any, start: int, end: int) -> int:
    """Character offset of the gold span's head; for a place written with its preposition, the place's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return start
    root = span.root
    if root.pos_ in ("ADP", "SCONJ"):
        # ECB+ marks locations with their preposition ("at the Betty Ford Center"): the head is the object
        obj = [c for c in root.children if c.dep_ in ("pobj", "pcomp") and span.start <= c.i < span.end]
        if obj:
            root = obj[0]
    return int(root.idx)


def evaluate(*, data: Path | None = None, split: str = "dev", limit: int | None = None) -> dict[str, float]:
    """Recognition and coreference figures on ECB+ ``split`` (or the file ``data``); ``limit`` docs at most."""
    from storyline.compare.link import link_entities
    from storyline.extract.entities import extract_entities
    from storyline.extract.furniture import find_furniture
    from storyline.nlp.pipeline import parse_many

    path = data if data is not None else dataset_path("ecbplus", split)
    records = list(read_jsonl(path))[: limit if limit is not None else None]
    articles = [Article(id=rec["doc_id"], text=rec["text"]) for rec in records]
    analyses = []
    for article, doc in zip(articles, parse_many(a.text for a in articles), strict=True):
        furniture = find_furniture(article, doc)
        entities = extract_entities(article, doc, furniture=furniture)
        analyses.append((Analysis(article=article.id, version="eval", entities=entities, furniture=furniture), doc))

    by_sub: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        by_sub[rec["subtopic"]].append(i)

    key: dict[str, str] = {}
    response: dict[str, str] = {}
    gold_n = pred_n = matched = 0
    for sub, idx in by_sub.items():
        story = link_entities([articles[i] for i in idx], [analyses[i][0] for i in idx])
        for i in idx:
            rec, doc = records[i], analyses[i][1]
            valid = set(rec["validated_sentences"])
            sent_spans = _sentence_spans(rec)
            preds = [
                (m.start, m.end, e.id)
                for e in story
                for m in e.mentions
                if m.article == rec["doc_id"]
                and any(s <= m.start < t for n, (s, t) in sent_spans.items() if n in valid)
            ]
            pred_n += len(preds)
            golds = [
                m
                for m in rec["mentions"]
                if m["kind"] == "entity" and m.get("validated_sentence") and not m["type"].startswith("TIME")
            ]
            gold_n += len(golds)
            pairs = []
            for g in golds:
                head = _head_offset(doc, g["start"], g["end"])
                for j, (s, t, _) in enumerate(preds):
                    if s <= head < t:
                        overlap = min(t, g["end"]) - max(s, g["start"])
                        pairs.append((overlap, g["m_id"], j))
            used_g: set[str] = set()
            used_p: set[int] = set()
            assigned: dict[str, str] = {}
            for _, gid, j in sorted(pairs, reverse=True):
                if gid not in used_g and j not in used_p:
                    used_g.add(gid)
                    used_p.add(j)
                    assigned[gid] = preds[j][2]
            matched += len(used_g)
            for g in golds:
                mid = f"{rec['doc_id']}#{g['m_id']}"
                cluster = g["cluster"]
                local = cluster.startswith(("INTRA", "Singleton"))
                key[mid] = f"{sub}|{rec['doc_id'] if local else ''}|{cluster}"
                response[mid] = f"{sub}|{assigned[g['m_id']]}" if g["m_id"] in assigned else mid

    p = matched / pred_n if pred_n else 0.0
    r = matched / gold_n if gold_n else 0.0
    scores = {"recognition_precision": p, "recognition_recall": r, "recognition_f1": _f1(p, r)}
    scores |= coref_scores(key, response)
    scores["singleton_conll_f1"] = coref_scores(key, {m: m for m in key})["conll_f1"]
    scores["documents"] = float(len(records))
    scores["gold_mentions"] = float(gold_n)
    return {k: round(v, 4) for k, v in scores.items()}


def _sentence_spans(rec: Mapping[str, Any]) -> dict[int, tuple[int, int]]:
    """Sentence number -> character range, from the token table."""
    spans: dict[int, tuple[int, int]] = {}
    for _tid, sent, _text, start, end in rec["tokens"]:
        s, t = spans.get(sent, (start, end))
        spans[sent] = (min(s, start), max(t, end))
    return spans


__all__ = ["bcubed", "ceafe", "coref_scores", "evaluate", "muc"]
