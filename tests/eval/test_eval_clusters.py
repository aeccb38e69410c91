"""The story clustering scorer: B-cubed and pairwise on hand-made clusterings, and a tiny ECB+-shaped file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.eval.clusters import bcubed, evaluate, pairwise

GOLD = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}


@pytest.mark.parametrize(
    ("pred", "expected_bcubed", "expected_pairwise"),
    [
        (dict(GOLD), (1.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
        # everything in one cluster: full recall, precision (2*2/5 + 3*3/5)/5 = 0.52; 4 of 10 pairs right
        (dict.fromkeys(GOLD, "all"), (0.52, 1.0, 2 * 0.52 / 1.52), (0.4, 1.0, 2 * 0.4 / 1.4)),
        # all singletons: full precision, recall (2*1/2 + 3*1/3)/5 = 0.4; no pairs at all
        ({k: k for k in GOLD}, (1.0, 0.4, 2 * 0.4 / 1.4), (1.0, 0.0, 0.0)),
    ],
)
def test_eval_clusters_metrics(
    pred: dict[str, str],
    expected_bcubed: tuple[float, float, float],
    expected_pairwise: tuple[float, float, float],
) -> None:
    assert bcubed(pred, GOLD) == pytest.approx(expected_bcubed)
    assert pairwise(pred, GOLD) == pytest.approx(expected_pairwise)


def test_eval_clusters_on_a_small_file(tmp_path: Path) -> None:
    texts = {
        "1_1ecb.xml": ("1_ecb", "A magnitude 7.1 earthquake struck Arequipa in southern Peru , killing 14 people ."),
        "1_2ecb.xml": ("1_ecb", "Rescuers in Arequipa searched rubble after the 7.1 quake in Peru killed 14 ."),
        "1_1ecbplus.xml": ("1_ecbplus", "A 6.4 earthquake shook Hokkaido in Japan , injuring 37 people in Sapporo ."),
    }
    path = tmp_path / "mini.jsonl"
    path.write_text(
        "".join(
            json.dumps({"doc_id": d, "topic": 1, "subtopic": s, "text": t}) + "\n" for d, (s, t) in texts.items()
        ),
        encoding="utf-8",
    )
    scores = evaluate(data=path)
    assert scores["documents"] == 3
    assert scores["batch_topic_bcubed_recall"] <= 1.0
    for mode in ("batch", "incremental"):
        assert f"{mode}_subtopic_pairwise_f1" in scores
        assert 0.0 <= scores[f"{mode}_subtopic_bcubed_f1"] <= 1.0
    assert 0.0 <= scores["incremental_vs_batch_bcubed_f1"] <= 1.0
