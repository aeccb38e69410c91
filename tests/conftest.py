"""Shared fixtures: the seed reports (bare text, read from ../shared), a parsed-doc factory, a memory store."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples"


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = seed_files()
    if not paths:
        pytest.skip("../shared/seeds is not present")
    return paths


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from storyline.nlp.pipeline import load

    return load()
