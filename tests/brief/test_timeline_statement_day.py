"""QA round V: the weekdays of an undated story told in the past end on the day its statements are dated by.

"The blaze killed 40 people, officials said Saturday" and "the flames reached the pier Tuesday afternoon" tell a
week in which Tuesday comes first: a report's statements are made on its own day or just before, and the events
it tells lie before them. With no statement dated by a weekday, the past weekdays keep the order that puts them
nearest together.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, TimeExpr


def _report(article: str, text: str, found: tuple[tuple[str, str], ...]) -> tuple[Article, Analysis]:
    timexes = tuple(
        TimeExpr(span=span(text, article, phrase), text=phrase, type="DATE", value=value) for phrase, value in found
    )
    return Article(id=article, text=text), Analysis(article=article, version="t", timexes=timexes)


def _order(*reports: tuple[Article, Analysis]) -> list[str]:
    entries = build_timeline([r[0] for r in reports], [r[1] for r in reports])
    return [e.text for e in entries]


_TOLL = "The Kessary fire killed at least 40 people, officials said Saturday."
_PIER = "The flames reached the Orvell pier Tuesday afternoon."


def test_timeline_past_weekdays_end_on_the_day_a_statement_is_dated_by() -> None:
    report = _report("k", f"{_TOLL} {_PIER}", (("Saturday", "XXXX-WXX-6"), ("Tuesday afternoon", "XXXX-WXX-2TAF")))
    assert _order(report) == [_PIER, _TOLL]


def test_timeline_statement_day_of_another_report_orders_the_story() -> None:
    toll = _report("k", _TOLL, (("Saturday", "XXXX-WXX-6"),))
    pier = _report("p", _PIER, (("Tuesday afternoon", "XXXX-WXX-2TAF"),))
    assert _order(toll, pier) == [_PIER, _TOLL]


def test_timeline_told_to_a_broadcaster_early_on_a_weekday_dates_the_statement() -> None:
    said = "“It will rise,” the mayor told Vell Radio early on Friday."
    began = "The fire began Monday near the Orvell pier."
    report = _report("k", f"{said} {began}", (("Friday", "XXXX-WXX-5"), ("Monday", "XXXX-WXX-1")))
    assert _order(report) == [began, said]


def test_timeline_weekday_told_inside_a_statement_dates_no_statement() -> None:
    # "said that on Tuesday": the day of what is told, which leaves the nearest order (Saturday, then Tuesday)
    toll = "The Kessary toll rose Saturday, officials said."
    pier = "Residents said that on Tuesday the flames reached the Orvell pier."
    report = _report("k", f"{toll} {pier}", (("Saturday", "XXXX-WXX-6"), ("Tuesday", "XXXX-WXX-2")))
    assert _order(report) == [toll, pier]


def test_timeline_statement_told_as_made_before_ends_no_week() -> None:
    # QA AZ 18: "Albanese previously wrote on Tuesday" tells an earlier statement, not the report's own day: the
    # week the reports tell runs Tuesday to Friday, not Wednesday to Tuesday
    wrote = "The ban protects children, Premier Dallow previously wrote on Tuesday."
    passed = "The Senate of Norvale passed the ban on Thursday."
    final = "The lower house endorsed the amendments on Friday."
    report = _report("k", f"{passed} {final} {wrote}",
                     (("Thursday", "XXXX-WXX-4"), ("Friday", "XXXX-WXX-5"), ("Tuesday", "XXXX-WXX-2")))
    assert _order(report) == [wrote, passed, final]
