"""The ECB+ alignment evaluation runs on a small slice and returns sane figures."""

from __future__ import annotations

import pytest

from storyline.errors import EvalError
from storyline.eval import align as ev


def test_eval_align_on_two_subtopics() -> None:
    try:
        scores = ev.evaluate(split="dev", limit=2)
    except EvalError:
        pytest.skip("ECB+ data is not present")
    assert scores["subtopics"] == 2
    assert 0.0 <= scores["recall"] <= scores["f1"] * 2 <= 2.0
    assert scores["precision"] > 0.5


def test_eval_align_gold_pairs_ignore_local_clusters() -> None:
    docs = [
        {"doc_id": "a", "text": "Quake hits town .\nRain .", "validated_sentences": [0, 1], "mentions": [
            {"kind": "event", "sent": 0, "cluster": "ACT1"}, {"kind": "event", "sent": 1, "cluster": "INTRA_x"}]},
        {"doc_id": "b", "text": "Town hit by quake .", "validated_sentences": [0], "mentions": [
            {"kind": "event", "sent": 0, "cluster": "ACT1"}, {"kind": "event", "sent": 0, "cluster": "INTRA_x"}]},
    ]
    assert ev._gold_pairs(docs) == {(("a", 0), ("b", 0))}
    assert ev.predicted_pairs(docs) == {(("a", 0), ("b", 0))}
