"""A month and day written with its weekday in a report with no date takes the year of the day the text wrote
with its year just before, when it lies within a week of it and the weekday agrees.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue

# fictional; 2031-03-07 is a Friday
_OUTAGE = (
    "Grid operator Solva pushed a faulty patch overnight on March 6, 2031. "
    "Trams in Varnholm had run again as of noon Friday, March 7, the operator said."
)


def _values(text: str, published: str | None = None) -> dict[str, str | None]:
    art = Article(id="a", text=text, published=MetaValue(value=published))
    return {t.text: t.value for t in extract_timexes(art)}


def test_timex_weekday_and_month_day_take_the_year_written_before() -> None:
    assert _values(_OUTAGE)["noon Friday, March 7"] == "2031-03-07T12:00"


def test_timex_month_day_whose_weekday_disagrees_stays_year_less() -> None:
    text = _OUTAGE.replace("noon Friday, March 7", "noon Saturday, March 7")
    assert _values(text)["noon Saturday, March 7"] == "XXXX-03-07T12:00"


def test_timex_month_day_weeks_from_the_written_day_stays_year_less() -> None:
    # 2031-03-28 is a Friday too, but three weeks on: the text may have moved to another year's March
    text = _OUTAGE.replace("noon Friday, March 7", "noon Friday, March 28")
    assert _values(text)["noon Friday, March 28"] == "XXXX-03-28T12:00"


def test_timex_dated_report_reads_the_month_day_in_its_own_year() -> None:
    assert _values(_OUTAGE, "2031-03-08")["noon Friday, March 7"] == "2031-03-07T12:00"
