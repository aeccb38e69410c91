"""The fictional harbour brief with a conflict note long enough to make the Facts table wider than a phone."""

from __future__ import annotations

from dataclasses import replace

from brief.fixtures import brief
from storyline.model import Brief


def brief_with_a_long_conflict() -> Brief:
    """Facts f1 and f3 marked as conflicting, with a long ``why``: its badge does not wrap (badges never do)."""
    b = brief()
    story = b.stories[0]
    why = "the bridge stays shut until June vs the ferry fares are waived during the closure"
    facts = tuple(
        replace(f, status="conflict", conflicts_with=("f3" if f.id == "f1" else "f1",), why=why)
        if f.id in ("f1", "f3") else f
        for f in story.facts
    )
    return replace(b, stories=(replace(story, facts=facts),))
