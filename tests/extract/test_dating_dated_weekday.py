"""A story none of whose reports is dated: one report writes the day of the news in full with its weekday ("On
Tuesday, March 4, 2031, Judge Fenwick found ..."), and the others tell that weekday alone ("a judge ruled on
Tuesday") or the day as "yesterday": they are dated within the week from that day, marked inferred, with bounds
and the spans they rest on (blind QA round AS #17).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from dating_helpers import refined, undated_reports

from storyline.extract.dating import infer_published
from storyline.model import Article

WRITTEN = "On Tuesday, March 4, 2031, Judge Orla Fenwick found that Velm Mining broke the harbour code."
WEEKDAY = "Velm Mining broke the harbour code, a judge ruled on Tuesday, handing the port board a rare win."
YESTERDAY = "Judge Orla Fenwick made headlines yesterday for her ruling that Velm Mining broke the harbour code."


def _story(*texts: str) -> list[Article]:
    return refined(*undated_reports(*texts))[0]


def test_dated_weekday_dates_the_reports_telling_the_weekday_alone_within_its_week() -> None:
    arts = _story(WRITTEN, WEEKDAY, YESTERDAY)
    weekday = arts[1].published
    assert (weekday.value, weekday.low, weekday.high) == ("2031-03-04", "2031-03-04", "2031-03-10")
    assert weekday.inferred
    assert weekday.method == "story"
    cited = {(s.article, arts[int(s.article[1:])].text[s.start : s.end]) for s in weekday.evidence}
    assert cited == {("r1", "Tuesday"), ("r0", "Tuesday, March 4, 2031")}


def test_dated_weekday_dates_a_report_telling_the_day_as_yesterday_on_the_day_after() -> None:
    arts = _story(WRITTEN, WEEKDAY, YESTERDAY)
    assert arts[2].published.value == "2031-03-05"
    assert arts[2].published.inferred


def test_dated_weekday_places_the_later_weekdays_a_report_tells_in_the_same_week() -> None:
    later = WEEKDAY + " The board said on Thursday night it would seek costs."
    arts = _story(WRITTEN, later)
    assert (arts[1].published.value, arts[1].published.high) == ("2031-03-07", "2031-03-10")


def test_dated_weekday_needs_the_weekday_to_agree_with_its_date() -> None:
    wrong = WRITTEN.replace("Tuesday, March 4", "Wednesday, March 4")
    arts = _story(wrong, WEEKDAY.replace("Tuesday", "Wednesday"))
    assert arts[1].published.value is None


def test_dated_weekday_leaves_the_story_undated_when_two_such_days_are_written() -> None:
    two = WRITTEN + " On Tuesday, March 11, 2031, she set out the penalties."
    arts = _story(two, WEEKDAY)
    assert arts[1].published.value is None


def _own_date(text: str) -> tuple[str | None, str | None, str | None, list[str]]:
    article = Article(id="r0", text=text)
    meta = infer_published(article)
    return meta.value, meta.low, meta.high, [text[s.start : s.end] for s in meta.evidence]


def test_today_glossed_by_a_full_date_dates_the_report_on_that_day() -> None:
    # September 24, 2031 is a Wednesday
    text = "Today, Wednesday, September 24, 2031, the Velm probe's capsule landed in the Orvane desert."
    assert _own_date(text) == ("2031-09-24", "2031-09-24", "2031-09-24", ["Today", "Wednesday, September 24, 2031"])
    bracketed = "The Velm probe's capsule landed in the Orvane desert today (September 24, 2031)."
    assert _own_date(bracketed)[0] == "2031-09-24"


def test_today_glossed_by_a_date_on_another_weekday_dates_nothing() -> None:
    text = "Today, Monday, September 24, 2031, the Velm probe's capsule landed in the Orvane desert."
    assert _own_date(text)[0] is None


def test_a_full_date_apart_from_today_leaves_the_report_undated() -> None:
    text = "The capsule landed on September 24, 2031. The samples delivered today will go to Orvane."
    assert _own_date(text)[0] is None


def test_dated_weekday_is_background_when_its_report_tells_of_a_later_day() -> None:
    later = WRITTEN + " The company appealed on March 20, 2031, and the board met again on Tuesday."
    arts = _story(later, WEEKDAY)
    assert arts[1].published.value is None
