"""The quality gate: every score pinned in quality/*.json is re-measured; a drop fails the build.

Lowering a floor is a deliberate commit that edits the JSON file and says why in its "note".
"""

from __future__ import annotations

import pytest

from storyline.eval import EVALUATIONS, check, evaluate, load_baselines

BASELINES = load_baselines()


def test_gate_baselines_name_known_evaluations() -> None:
    assert BASELINES, "no pinned scores in quality/"
    for name, baseline in BASELINES.items():
        assert name in EVALUATIONS
        assert baseline.get("floors"), f"quality/{name}.json pins nothing"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BASELINES))
def test_gate_scores_hold(name: str) -> None:
    baseline = BASELINES[name]
    args = baseline.get("args", {})
    scores = evaluate(name, split=args.get("split", "dev"), limit=args.get("limit"))
    drops = check(name, scores, baseline)
    assert not drops, "quality dropped: " + "; ".join(drops)
