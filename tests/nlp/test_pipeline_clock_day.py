"""A clock's "p.m." before a weekday, a month or a time zone ends no sentence (blind QA round R #13: "Since
approximately 6:30 p.m. Sunday, a drastic temperature change was noticed ..." was cut after "p.m."; round AS #15:
"... landed at 8:52 a.m. MT, three minutes ahead ..." was cut after "a.m.")."""

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


@pytest.mark.parametrize(
    "sentence",
    [
        "It was reported that the pod touched down at 8:52 a.m. MT, three minutes ahead of the planned time.",
        "The probe's capsule landed at about 10 a.m. EDT in the western desert.",
    ],
)
def test_pipeline_clock_before_its_time_zone_ends_no_sentence(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Capsule lands\n\n{sentence}\n\nThe team cheered."
    assert sentence in [s.text.strip() for s in nlp(text).sents]
