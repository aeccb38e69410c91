"""Story dates: a weekday told ahead is weak evidence of a report's date, and a report's own weekdays tell
of one week around it.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from dating_helpers import refined

from storyline.model import Article, MetaValue

# a fictional transfer story; Thursday 2031-05-08 is the given report's date
GIVEN = MetaValue(value="2031-05-08", inferred=False)
STAMPED = (
    "Fans cheered Wendt during Sunday's 3-0 friendly win over Delby. "
    "Harbourside begin their league campaign away to Morvale on Sunday."
)


def _story(*articles: Article) -> list[Article]:
    return refined(*articles)[0]


def test_dating_story_a_weekday_told_ahead_dates_a_report_near_its_siblings_not_a_week_early() -> None:
    ahead = Article(id="b", text="Wendt wanted to settle his future ahead of the opener at Morvale on Sunday.")
    also = Article(id="c", text="Wendt is understood to want a move agreed before the league opener on Sunday.")
    arts = _story(Article(id="a", text=STAMPED, published=GIVEN), ahead, also)
    # "on Sunday" told ahead meets the sibling's coming Sunday (05-11) from any day of 05-05..05-11: the
    # sibling's own date, not the earliest day, nor a day whose past Sunday (05-04) it would be
    assert [a.published.value for a in arts[1:]] == ["2031-05-08", "2031-05-08"]
    assert arts[1].published.method == "story"


def test_dating_story_keeps_the_reports_own_weekdays_in_one_week() -> None:
    told = Article(
        id="b",
        text=(
            "A breakthrough came on Wednesday night. Wendt decided on Thursday to join Kettering Rovers. "
            "Reports on Friday morning suggested the club had refused him leave, but he will fly out on Friday."
        ),
    )
    sibling = Article(id="a", text="Wendt agreed terms with Kettering Rovers on Thursday.", published=GIVEN)
    arts = _story(sibling, told)
    # read from Thursday 05-08, "Friday morning" would be 05-02, a week before the rest: the report is
    # from the Friday, 05-09, when its Wednesday night, Thursday and Friday are three days in a row
    assert arts[1].published.value == "2031-05-09"
