"""Evaluation on public annotated data, and the quality gate.

Each evaluation is a module ``storyline.eval.<name>`` with
``evaluate(*, data: Path | None = None, split: str = "dev", limit: int | None = None) -> dict[str, float]``.
Pinned floors live in ``quality/<name>.json`` at the project root::

    {"args": {"split": "dev"}, "floors": {"metric": 0.85, ...}, "note": "why these numbers"}

``make test`` re-runs every pinned evaluation and fails when a metric falls below its floor. Lowering a
floor is a deliberate commit that says why.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from storyline.errors import EvalError

EVALUATIONS = {
    "quotes": "quotation content and speakers on PolNeAR",
    "timex": "time expressions (span, type, value) on TempEval-3 TBAQ",
    "entities": "entity recognition and cross-document coreference on ECB+",
    "clusters": "story clustering (batch and incremental) on ECB+",
    "align": "cross-document statement alignment on ECB+",
}

TOLERANCE = 0.005  # floating noise across platforms; anything more is a real drop


def evaluate(name: str, *, data: Path | None = None, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    if name not in EVALUATIONS:
        raise EvalError(f"unknown evaluation {name!r}; choose from {', '.join(EVALUATIONS)}")
    module = importlib.import_module(f"storyline.eval.{name}")
    result: dict[str, Any] = module.evaluate(data=data, split=split, limit=limit)
    return result


def quality_dir() -> Path:
    for base in (Path.cwd(), *Path(__file__).resolve().parents):
        if (base / "quality").is_dir() and (base / "pyproject.toml").is_file():
            return base / "quality"
    raise EvalError("cannot find the quality/ folder of the project")


def load_baselines() -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(quality_dir().glob("*.json"))}


def check(name: str, scores: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """The metrics that fell below their floor, as readable lines (empty when all hold)."""
    drops = []
    for metric, floor in baseline.get("floors", {}).items():
        got = scores.get(metric)
        if not isinstance(got, int | float):
            drops.append(f"{name}.{metric}: missing (floor {floor})")
        elif got < floor - TOLERANCE:
            drops.append(f"{name}.{metric}: {got:.4f} < floor {floor:.4f}")
    return drops
