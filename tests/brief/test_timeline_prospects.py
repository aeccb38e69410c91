"""Dates told as prospects file no timeline entry (a deadline year, a forecast's year, a day a deal "could come as
soon as"), and a weekday a statement is dated by is not put on a day its own report tells apart from it.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(*texts: str) -> tuple[TimelineEntry, ...]:
    """The timeline of undated reports, their time expressions read by the time stage."""
    arts = [Article(id=f"r{i}", text=t, published=MetaValue()) for i, t in enumerate(texts)]
    return build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])


DEADLINE = "Orvane Chemicals said on Monday it will stop making solvents at its Brask plant by the end of 2031."
FORECAST = (
    "The merger would lift Orvane's output in the Tarsk field to 900,000 barrels a day, with expected growth to "
    "1.4 million daily in 2033."
)
PLAN = "Orvane Chemicals will buy Brackwater Resins to make it a wholly owned subsidiary in 2032."


def test_timeline_a_deadline_year_is_no_entry() -> None:
    assert [e.value for e in _timeline(DEADLINE)] == ["XXXX-WXX-1"]


def test_timeline_a_forecast_year_is_no_entry() -> None:
    assert [e.value for e in _timeline(FORECAST)] == []


def test_timeline_a_year_an_act_is_planned_for_stays() -> None:
    assert [e.value for e in _timeline(PLAN)] == ["2032"]


GUESS = "Monday night, the Norvik Ledger said a deal above $40 a share could come as soon as Tuesday."
DEAL = "Orvane Chemicals agreed on Tuesday to buy Brackwater Resins for $41 a share."


def test_timeline_a_day_a_deal_could_come_as_soon_as_files_no_line() -> None:
    entries = _timeline(f"{DEAL} {GUESS}")
    assert [(e.value, e.text) for e in entries if e.text == GUESS] == [("XXXX-WXX-1", GUESS)]


FOUND = "In a filing, Tarsk Mobile said it first found that an intruder was copying the records on March 3."
TOLD = "Tarsk Mobile reported the records breach on Friday, its third in two years."
DISCLOSED = "Tarsk Mobile disclosed a records breach on Friday affecting 4 million subscribers."


def test_timeline_a_statement_weekday_is_not_put_on_the_day_its_report_tells_apart() -> None:
    entries = _timeline(f"{FOUND} {TOLD}", DISCLOSED)
    on_found_day = [e.text for e in entries if e.value == "XXXX-03-03"]
    assert on_found_day == [FOUND]
    assert {e.value for e in entries if e.text in (TOLD, DISCLOSED)} == {"XXXX-WXX-5"}


FOUND_PLAIN = "Tarsk Mobile first found the records breach on March 3."
TOLD_PLAIN = "Tarsk Mobile reported the records breach on Friday."


def test_timeline_a_day_whose_report_tells_the_news_on_a_weekday_is_not_that_weekday() -> None:
    entries = _timeline(f"{FOUND_PLAIN} {TOLD_PLAIN}", DISCLOSED)
    assert [e.text for e in entries if e.value == "XXXX-03-03"] == [FOUND_PLAIN]
    assert {e.value for e in entries if e.text in (TOLD_PLAIN, DISCLOSED)} == {"XXXX-WXX-5"}


ARRESTED_DAY = "Police arrested Ivo Marsh at Orsk airport on March 3."
ARRESTED_WEEKDAY = "Ivo Marsh was detained at Orsk airport on Friday evening."


def test_timeline_one_arrest_told_by_day_and_weekday_still_fixes_the_weekday() -> None:
    entries = _timeline(f"{ARRESTED_DAY} Marsh was arrested at Orsk airport on Friday.", ARRESTED_WEEKDAY)
    assert {e.value for e in entries if any(s.article == "r1" for s in e.support)} == {"XXXX-03-03"}
