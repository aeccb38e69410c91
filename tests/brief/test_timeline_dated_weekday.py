"""The weekdays of an undated report in a story whose other reports give a dated day: counted from that day, as
the verb's tense tells, when the story's dated days lie within a week; never otherwise.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline, place_approximate
from storyline.model import Analysis, Article, MetaValue, TimeExpr, TimelineEntry


def _report(
    article: str, text: str, found: tuple[tuple[str, str, str], ...], published: str | None = None
) -> tuple[Article, Analysis]:
    timexes = tuple(
        TimeExpr(span=span(text, article, phrase), text=phrase, type=type_, value=value)
        for phrase, type_, value in found
    )
    meta = MetaValue(value=published) if published else MetaValue()
    return Article(id=article, text=text, published=meta), Analysis(article=article, version="t", timexes=timexes)


def _timeline(*reports: tuple[Article, Analysis]) -> tuple[TimelineEntry, ...]:
    return build_timeline([r[0] for r in reports], [r[1] for r in reports])


# fictional: a power cut in Varnholm; 2031-03-06 is a Thursday, 2031-03-07 a Friday
_EXPLAINER = _report(
    "x",
    "Grid operator Solva pushed a faulty patch overnight on March 6, 2031. "
    "Trams had run again as of noon Friday, March 7, the operator said.",
    (("March 6, 2031", "DATE", "2031-03-06"), ("noon Friday, March 7", "TIME", "2031-03-07T12:00")),
)
_UNDATED = _report(
    "u",
    "Solva on Friday said a faulty patch caused the power cut in Varnholm. "
    "The outage began on Thursday, engineers said. Solva will publish its review on Monday.",
    (("Friday", "DATE", "XXXX-WXX-5"), ("Thursday", "DATE", "XXXX-WXX-4"), ("Monday", "DATE", "XXXX-WXX-1")),
)


def test_timeline_undated_weekdays_are_counted_from_a_day_told_with_its_weekday() -> None:
    entries = _timeline(_EXPLAINER, _UNDATED)
    assert [(e.value, e.text) for e in entries] == [
        ("2031-03-06", "Grid operator Solva pushed a faulty patch overnight on March 6, 2031."),
        ("2031-03-06", "The outage began on Thursday, engineers said."),
        ("2031-03-07", "Solva on Friday said a faulty patch caused the power cut in Varnholm."),
        ("2031-03-07T12:00", "Trams had run again as of noon Friday, March 7, the operator said."),
        ("2031-03-10", "Solva will publish its review on Monday."),  # the Monday to come
    ]
    assert not any(place_approximate(e) for e in entries)
    # placed from another report's day: its year is assumed, never stated
    assert [e.year_stated for e in entries if e.support[0].article == "u"] == [False, False, False]


def test_timeline_undated_weekday_joins_a_dated_report_of_its_day() -> None:
    dated = _report(
        "d",
        "A faulty patch caused the power cut in Varnholm, Solva said on Friday.",
        (("Friday", "DATE", "2031-03-07"),),
        "2031-03-08",
    )
    undated = _report(
        "u", "Solva on Friday said a faulty patch caused the power cut.", (("Friday", "DATE", "XXXX-WXX-5"),)
    )
    entries = _timeline(dated, undated)
    assert [e.value for e in entries] == ["2031-03-07"]
    assert {s.article for s in entries[0].support} == {"d", "u"}


def test_timeline_undated_weekdays_stay_open_when_the_dated_days_span_weeks() -> None:
    # "Friday, March 7" and "Tuesday, March 18": a Friday told elsewhere may be of either week
    later = _report(
        "l",
        "Solva's board met on Tuesday, March 18, 2031, to discuss the outage.",
        (("Tuesday, March 18, 2031", "DATE", "2031-03-18"),),
    )
    explainer = _report(
        "x",
        "Trams had run again as of noon Friday, March 7, 2031, the operator said.",
        (("noon Friday, March 7, 2031", "TIME", "2031-03-07T12:00"),),
    )
    entries = _timeline(explainer, later, _UNDATED)
    assert "XXXX-WXX-5" in [e.value for e in entries]
    assert not any(e.value.startswith("2031") and e.support[0].article == "u" for e in entries)


def test_timeline_old_day_told_with_its_weekday_dates_no_weekday() -> None:
    # the anniversary's own day comes years after "Tuesday, March 4, 2025": that old day is no news day
    anniversary = _report(
        "a",
        "The Varnholm dam broke on Tuesday, March 4, 2025. Survivors gathered at the dam on March 4, 2031.",
        (("Tuesday, March 4, 2025", "DATE", "2025-03-04"), ("March 4, 2031", "DATE", "2031-03-04")),
    )
    undated = _report("u", "Survivors laid wreaths on Sunday, organisers said.", (("Sunday", "DATE", "XXXX-WXX-7"),))
    entries = _timeline(anniversary, undated)
    assert "XXXX-WXX-7" in [e.value for e in entries]


def test_timeline_report_with_a_year_less_day_of_its_own_keeps_its_calendar() -> None:
    # "VARNHOLM, March 12 --": the wire tells its own day; the other report's Friday does not count it
    wire = _report(
        "w",
        "VARNHOLM, March 12 -- Solva said on Wednesday it would pay for the repairs.",
        (("March 12", "DATE", "XXXX-03-12"), ("Wednesday", "DATE", "XXXX-WXX-3")),
    )
    entries = _timeline(_EXPLAINER, wire)
    assert "2031-03-05" not in [e.value for e in entries]  # the Wednesday before the explainer's Friday
