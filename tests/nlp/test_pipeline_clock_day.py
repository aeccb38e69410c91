"""A clock's "p.m." before a weekday or a month ends no sentence (blind QA round R #13: "Since approximately 6:30
p.m. Sunday, a drastic temperature change was noticed ..." was cut after "p.m.")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "Since approximately 6:30 p.m. Sunday, a sharp pressure change was noticed in a tank wagon.",
        "Since approximately 4:15 p.m. Monday, a drastic pressure change was measured in a tank car.",
        "Since approximately 5:45 a.m. Friday, a sudden pressure drop was recorded in a fuel tank.",
    ],
)
def test_pipeline_clock_before_a_day_ends_no_sentence(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Evacuation ordered\n\n{sentence}\n\nThe mayor thanked the crews."
    assert sentence in [s.text.strip() for s in nlp(text).sents]
