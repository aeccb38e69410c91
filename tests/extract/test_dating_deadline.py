"""Story dates: a deadline still to come ("asked to leave by Saturday (October 19)") is no news day.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from dating_helpers import refined

from storyline.extract.timex_tense import tense_direction
from storyline.model import Article, MetaValue

# a fictional expulsion story; the wire report's dateline gives Monday 2031-10-13
WIRE = (
    "Velland expels four Tarsian envoys\n\n"
    "ORSK, Oct. 13, 2031 (Norvik Wire) -- Velland on Monday decided to expel four Tarsian envoys.\n\n"
    "The ministry said the envoys were asked to leave Velland by or before 11:59 PM on October 18, 2031."
)
LOCAL = (
    "Velland expels four envoys, asks them to leave by October 18\n\n"
    "The foreign ministry on Monday announced the expulsion of four Tarsian envoys.\n\n"
    "It added that the envoys have been asked to leave Velland by or before 11:59 PM on Saturday (October 18).\n\n"
    "The ministry earlier today summoned the Tarsian charge d'affaires."
)


def _story(*articles: Article) -> list[Article]:
    return refined(*articles)[0]


def test_dating_story_does_not_take_a_deadline_for_the_news_day() -> None:
    wire, local = _story(Article(id="w", text=WIRE, published=MetaValue()), Article(id="l", text=LOCAL))
    assert wire.published.value == "2031-10-13"
    # "earlier today" is the Monday of the news, not the Saturday the envoys must leave by
    assert local.published.value == "2031-10-13"


def test_dating_story_still_places_a_report_on_a_day_told_ahead_elsewhere() -> None:
    # a day another report told ahead ("will speak on Wednesday") is the day a later report tells of
    ahead = "Velland's envoy will speak at the assembly on Wednesday, the ministry said on Monday."
    told = "The envoy spoke at the assembly on Wednesday. Delegates walked out early today."
    given = MetaValue(value="2031-10-13", inferred=False)
    _first, later = _story(Article(id="a", text=ahead, published=given), Article(id="b", text=told))
    assert later.published.value == "2031-10-15"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The envoys have been asked to leave by or before 11:59 PM on Saturday (October 18).", 1),
        ("The envoys must go by Saturday, October 18.", 1),
        ("Police had arrested three men by Saturday (October 18).", -1),
    ],
)
def test_timex_a_date_restating_a_deadline_weekday_looks_ahead(text: str, direction: int) -> None:
    start = text.index("October")
    assert tense_direction(text, start, start + len("October 18")) == direction
