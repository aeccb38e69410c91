"""Round AB: a report's past weekdays are read back from the day of the news it tells, not from a later day
that puts them closer together.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from dating_helpers import refined

from storyline.model import Analysis, Article


def _story(*articles: Article) -> tuple[list[Article], list[Analysis]]:
    return refined(*articles)


def _values(analysis: Analysis) -> dict[str, str | None]:
    return {t.text: t.value for t in analysis.timexes}


def test_dating_story_a_past_weekday_is_not_read_as_the_report_own_day_to_shorten_its_week() -> None:
    pinned = Article(
        id="a",
        text=(
            "Marsh fever in Tollvey\n\nWater rose to the doorsteps of Tollvey on Monday, June 17, and twelve "
            "fishermen fell ill, their union told the Harbour Gazette on Wednesday, June 19."
        ),
    )
    told = Article(
        id="b",
        text=(
            "Fever spreads in Tollvey\n\nThe Tollvey Courier reported on Wednesday that at least nine fishermen "
            "had fallen ill in the marsh.\n\nThe fishing season opened in the Tollvey marsh on Friday."
        ),
    )
    _arts, anas = _story(pinned, told)
    # the report tells of Wednesday's news: it is from that Wednesday (or soon after), and the season that
    # opened "on Friday" opened the Friday before, not on a Friday after the news it reports
    assert _values(anas[1])["Friday"] == "XXXX-06-14"
    assert _values(anas[1])["Wednesday"] == "XXXX-06-19"
