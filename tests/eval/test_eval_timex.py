"""The TempEval-3 time expression scorer: matching rules and the split, on tiny records written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.errors import EvalError
from storyline.eval.timex import evaluate, load_docs

TEXT = "The mayor resigned on Friday after two weeks of protests, officials said today."


def _record(doc_id: str, timexes: list[dict[str, object]]) -> dict[str, object]:
    return {"doc_id": doc_id, "dct": "2024-03-13", "text": TEXT, "timexes": timexes}


def _span(word: str, type_: str, value: str) -> dict[str, object]:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word), "type": type_, "value": value, "text": word}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    gold = [
        _span("Friday", "DATE", "2024-03-08"),
        _span("two weeks", "DURATION", "P2W"),
        # a gold span wider than ours ("today" is what we mark): relaxed but not strict
        {**_span("said today", "DATE", "2024-03-13"), "text": "said today"},
    ]
    path = tmp_path / "te3.jsonl"
    path.write_text("".join(json.dumps(_record(f"d{i}", gold)) + "\n" for i in range(5)), encoding="utf-8")
    return path


def test_eval_timex_scores_strict_relaxed_and_values(data: Path) -> None:
    scores = evaluate(data=data, split="all")
    assert scores["docs"] == 5
    assert scores["relaxed_f1"] == pytest.approx(1.0)
    assert scores["strict_f1"] == pytest.approx(2 / 3)
    assert scores["value_f1"] == pytest.approx(1.0)
    assert scores["type_acc"] == pytest.approx(1.0)


def test_eval_timex_split_is_every_fifth_document(data: Path) -> None:
    assert [d["doc_id"] for d in load_docs(data, "dev")] == ["d0"]
    assert len(load_docs(data, "train")) == 4
    assert evaluate(data=data, split="dev")["docs"] == 1


def test_eval_timex_rejects_unknown_split(data: Path) -> None:
    with pytest.raises(EvalError):
        evaluate(data=data, split="test")


def test_eval_timex_limit(data: Path) -> None:
    assert evaluate(data=data, split="all", limit=2)["docs"] == 2
