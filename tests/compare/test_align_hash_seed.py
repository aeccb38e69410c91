"""Alignment gives one answer whatever Python's hash seed: a name read as its word is read per mention."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import storyline
from storyline.compare.align import Unit, plain_names
from storyline.model import Span

# "President" and "Stavros" are two mentions of one entity; only "president" is written in lower case
_REPORTS = (
    ("President Stavros flew to Velmar on Tuesday.", ("President", "Stavros")),
    ("The president landed in Velmar on Tuesday evening.", ("president",)),
)


def _units() -> list[Unit]:
    return [
        Unit.make(
            span=Span(article=f"r{r}", start=0, end=len(text)),
            text=text,
            report=r,
            mentions=[(text.index(n), text.index(n) + len(n), "E1") for n in names],
        )
        for r, (text, names) in enumerate(_REPORTS)
    ]


def test_plain_names_keeps_each_mentions_own_word() -> None:
    first, second = plain_names(_units())
    assert first.tokens.count("president") == 1
    assert "@E1" in first.tokens
    assert "president" in second.tokens


def test_plain_names_is_the_same_under_every_hash_seed() -> None:
    """Run in fresh interpreters with different hash seeds (the order of a set of strings changes with it)."""
    path = os.pathsep.join((str(Path(storyline.__file__).resolve().parents[1]), str(Path(__file__).parent)))
    code = f"from {Path(__file__).stem} import _units, plain_names\nprint([u.tokens for u in plain_names(_units())])"
    seen = set()
    for seed in ("1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": path}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout)
    assert len(seen) == 1
