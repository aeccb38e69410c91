"""The coreference metrics of storyline.eval.entities, on hand-checked toy partitions."""

from __future__ import annotations

import pytest

from storyline.eval.entities import bcubed, ceafe, coref_scores, muc


def test_eval_entities_identity_scores_one() -> None:
    key = {"a": "1", "b": "1", "c": "2"}
    scores = coref_scores(key, dict(key))
    assert scores["conll_f1"] == pytest.approx(1.0)


def test_eval_entities_muc_textbook_case() -> None:
    # key {a b c d}; response {a b} {c d}: one link missing of three
    key = {"a": "k", "b": "k", "c": "k", "d": "k"}
    resp = {"a": "x", "b": "x", "c": "y", "d": "y"}
    p, r, _ = muc(key, resp)
    assert p == pytest.approx(1.0)
    assert r == pytest.approx(2 / 3)


def test_eval_entities_bcubed_and_ceafe() -> None:
    key = {"a": "k", "b": "k", "c": "j"}
    resp = {"a": "x", "b": "y", "c": "y"}
    p, r, _ = bcubed(key, resp)
    assert p == pytest.approx((1 + 0.5 + 0.5) / 3)
    assert r == pytest.approx((0.5 + 0.5 + 1) / 3)
    p, r, _ = ceafe(key, resp)
    # best alignment: k-x (phi 2*1/3) and j-y (phi 2*1/3)
    assert p == pytest.approx(4 / 3 / 2)
    assert r == pytest.approx(4 / 3 / 2)
