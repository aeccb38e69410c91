"""A report with no date that tells its news on a day it writes out with its year and weekday ("voted on Tuesday,
March 4, 2031") counts "last year", "next month", "the prior year", "this quarter" from that day, as the story's
timeline does; a day written with its year alone ("founded on May 3, 1998") dates no news, a value a report
written a week later would read otherwise is left open, and a report that writes no year keeps no value.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.extract.dating import infer_published
from storyline.extract.timex import extract_timexes
from storyline.model import Article

_PERIODS = (
    " The Tessel council said the plan had failed last year. Work on the Tessel bridge starts next month, and "
    "costs had doubled from the prior year. The builder expects to sign the contract this quarter."
)


def _values(text: str) -> dict[str, str | None]:
    """Values as ``storyline extract`` gives them: the report dated from its own text first."""
    art = Article(id="a", text=text)
    art = replace(art, published=infer_published(art))
    return {t.text: t.value for t in extract_timexes(art)}


def test_periods_count_from_the_news_day_written_with_its_weekday() -> None:
    values = _values("The Tessel council voted on Tuesday, March 4, 2031 to approve the bridge." + _PERIODS)
    assert values["Tuesday, March 4, 2031"] == "2031-03-04"
    assert values["last year"] == "2030"
    assert values["next month"] == "2031-04"
    assert values["the prior year"] == "2030"
    assert values["this quarter"] == "2031-Q1"


def test_a_value_a_week_later_would_change_stays_open() -> None:
    values = _values("The Tessel council voted on Friday, March 28, 2031 to approve the bridge." + _PERIODS)
    assert values["last year"] == "2030"
    assert values["next month"] is None
    assert values["this quarter"] is None


def test_a_day_written_without_its_weekday_dates_no_news() -> None:
    values = _values("The Tessel bridge company was founded on May 3, 1998 by two brothers." + _PERIODS)
    assert values["last year"] is None
    assert values["next month"] is None


def test_a_report_that_writes_no_year_keeps_no_value() -> None:
    values = _values("The Tessel council voted on Tuesday to approve the bridge." + _PERIODS)
    assert values["last year"] is None
    assert values["the prior year"] is None


def test_the_timeline_keeps_the_counted_year_as_stated() -> None:
    from storyline.brief.timeline import build_timeline
    from storyline.model import Analysis

    text = "The Tessel council voted on Tuesday, March 4, 2031 to approve the bridge." + _PERIODS
    art = Article(id="a", text=text)
    art = replace(art, published=infer_published(art))
    entries = build_timeline([art], [Analysis(article="a", version="t", timexes=extract_timexes(art))])
    assert ("2030", True) in {(e.value, e.year_stated) for e in entries}
