"""QA round AG: a clock range that writes "a.m." or "p.m." only after its second time ("between 9.30 and 9.40am")
gives both times; a range that crosses noon ("from 11 to 1 p.m.") does not say which half of the day it starts in.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue


def _times(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="a", text=text, published=MetaValue(value="2031-03-04"))
    return [(t.text, t.value) for t in extract_timexes(article) if t.type == "TIME"]


@pytest.mark.parametrize(
    ("text", "first", "value"),
    [
        ("The raiders reached the Velm vault between 9.30 and 9.40am and left by boat.", "9.30", "2031-03-04T09:30"),
        ("The Orsk ferry ran from 4:15 until 5:05 p.m. on the day.", "4:15", "2031-03-04T16:15"),
    ],
)
def test_the_first_time_of_a_range_takes_the_half_of_day_written_after_the_second(
    text: str, first: str, value: str
) -> None:
    times = _times(text)
    assert (first, value) in times
    assert len(times) == 2


def test_a_range_across_noon_leaves_its_first_time_alone() -> None:
    assert [t for t, _ in _times("The Velm market opens from 11 to 1 p.m. on the day.")] == ["1 p.m."]


def test_figures_that_are_no_clock_times_stay_untagged() -> None:
    assert _times("Shares in Orsk Mining traded between 9.30 and 9.40 points.") == []
