"""A story none of whose reports writes the year it is from, where one report writes a weekday with its month and
day ("the news for Thursday, June 12", "on Sunday night (Aug 9)"): the story's weekdays land on their month and
day, year-less (QA round N: "Around 1:30 a.m. Tuesday" stayed ``XXXX-WXX-2T01:30`` beside "Tuesday, March 26")."""

from __future__ import annotations

from dating_helpers import refined, undated_reports

from storyline.model import Analysis, Article

# fictional: a ferry fire off Port Elsby, told by a live page and a wire copy
FERRY_PAGE = (
    "Ferry fire off Port Elsby: live updates\n\n"
    "Editor's note: This page gathers the news of the ferry fire for Thursday, June 12.\n\n"
    "Around 2:15 a.m. Thursday the ferry Marisol caught fire two miles off Port Elsby, the harbour master said. "
    "The search would resume at 7 a.m. Friday, officials said."
)
FERRY_WIRE = (
    "The ferry Marisol burned early Thursday off Port Elsby. "
    "Divers searched the wreck on Friday morning, the coast guard said."
)
# fictional: a landslide in the Corvale valley, told by two outlets
SLIDE_A = (
    "The toll after a landslide struck Corvale on Sunday night (Aug 9) rose to 14, local officials said. "
    "The valley last saw a slide of this size in 2011."
)
SLIDE_B = "Rescuers reached the cut-off villages of Corvale on Monday afternoon, a district official said."


def _story(*texts: str) -> tuple[list[Article], list[Analysis]]:
    return refined(*undated_reports(*texts))


def _values(analysis: Analysis) -> dict[str, str | None]:
    return {t.text: t.value for t in analysis.timexes}


def test_year_less_weekday_with_month_day_anchors_the_story_weekdays() -> None:
    _arts, anas = _story(FERRY_PAGE, FERRY_WIRE)
    page, wire = _values(anas[0]), _values(anas[1])
    assert page["Around 2:15 a.m. Thursday"] == "XXXX-06-12T02:15"
    assert page["7 a.m. Friday"] == "XXXX-06-13T07:00"
    assert wire["early Thursday"] == "XXXX-06-12"
    assert wire["Friday morning"] == "XXXX-06-13TMO"


def test_year_less_story_guesses_no_year() -> None:
    arts, anas = _story(FERRY_PAGE, FERRY_WIRE)
    assert all(a.published.value is None for a in arts)
    values = [t.value or "" for a in anas for t in a.timexes]
    assert all(v.startswith("XXXX") for v in values if v[:1].isdigit() or v.startswith("X"))


def test_year_less_weekday_in_brackets_beside_its_month_and_day() -> None:
    _arts, anas = _story(SLIDE_A, SLIDE_B)
    a, b = _values(anas[0]), _values(anas[1])
    assert a["Sunday night"] == "XXXX-08-09TNI"
    assert a["2011"] == "2011"  # a year the text writes keeps it
    assert b["Monday afternoon"] == "XXXX-08-10TAF"


def test_year_less_pairs_that_disagree_leave_the_weekdays_open() -> None:
    # June 12 and June 14 are never both Thursdays: no calendar holds them
    other = FERRY_WIRE + " The inquiry opened on Thursday, June 14, the ministry said."
    _arts, anas = _story(FERRY_PAGE, other)
    assert _values(anas[1])["early Thursday"] == "XXXX-WXX-4"
