"""The merged timeline: calendar values only, reports dating one event differently become one entry."""

from __future__ import annotations

from datetime import date

import pytest

from brief.fixtures import COAST, HARBOUR, analyses, articles, span
from storyline.brief.timeline import build_timeline, period
from storyline.model import Analysis, Article, MetaValue, TimeExpr


def _dated(text: str, article: str, *found: tuple[str, str, str] | tuple[str, str, str, int]) -> Analysis:
    """An analysis holding only time expressions: (phrase, type, value[, nth occurrence]) each."""
    timexes = tuple(
        TimeExpr(span=span(text, article, f[0], *f[3:]), text=f[0], type=f[1], value=f[2])
        for f in found
    )
    return Analysis(article=article, version="t", timexes=timexes)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-03", (date(2023, 5, 3), date(2023, 5, 3))),
        ("2023-02", (date(2023, 2, 1), date(2023, 2, 28))),
        ("2023-12", (date(2023, 12, 1), date(2023, 12, 31))),
        ("2023-W18", (date(2023, 5, 1), date(2023, 5, 7))),
        # a weekend: Saturday and Sunday of its ISO week
        ("2025-W15-WE", (date(2025, 4, 12), date(2025, 4, 13))),
        ("2022", (date(2022, 1, 1), date(2022, 12, 31))),
        ("PRESENT_REF", None),
        ("P3D", None),
        # a clock time lies on its day
        ("2023-05-03T10:00", (date(2023, 5, 3), date(2023, 5, 3))),
        ("2023-02-30", None),
        ("202", None),
    ],
)
def test_timeline_period(value: str, expected: tuple[date, date] | None) -> None:
    assert period(value) == expected


def test_timeline_merges_reports_dating_the_same_day_differently() -> None:
    entries = build_timeline(articles(), analyses())
    assert [e.value for e in entries] == ["2024-03-05", "2024-03-11", "2024-06"]
    closed = entries[0]
    assert {s.article for s in closed.support} == {"herald-1", "coast-1"}
    assert "last Tuesday" in closed.text
    texts = {"herald-1": HARBOUR, "coast-1": COAST}
    for e in entries:
        first = e.support[0]
        assert e.text == texts[first.article][first.start : first.end]


def test_timeline_leaves_out_sets_durations_and_present_ref() -> None:
    text = "Right now the club meets every week. It met for three days in 2021."
    art = Article(id="a", text=text)
    ana = _dated(
        text, "a",
        ("Right now", "DATE", "PRESENT_REF"),
        ("every week", "SET", "P1W"),
        ("three days", "DURATION", "P3D"),
        ("2021", "DATE", "2021"),
    )
    assert [e.value for e in build_timeline([art], [ana])] == ["2021"]


def test_timeline_folds_a_vague_date_into_the_day_it_reports() -> None:
    text = (
        "The Gazette first reported the merger plan on May 3. "
        "The Gazette reported the merger plan last week, citing two officials. "
        "Separately, the ferry timetable changed last week."
    )
    art = Article(id="a", text=text, published=MetaValue(value="2023-05-09"))
    ana = _dated(
        text, "a",
        ("May 3", "DATE", "2023-05-03"),
        ("last week", "DATE", "2023-W18"),
        ("last week", "DATE", "2023-W18", 1),
    )
    entries = build_timeline([art], [ana])
    # sorted by the first day of each period: the week (from Monday May 1) before May 3
    assert [e.value for e in entries] == ["2023-W18", "2023-05-03"]
    assert len(entries[1].support) == 2
    assert "ferry" in entries[0].text


def test_timeline_leaves_out_stamps_and_births_in_passing() -> None:
    text = (
        "Published: March 4, 2019 4:59 PM EST\n\n"
        "The harbour bridge closed on March 3, 2019. "
        "The engineer, born in Port Alder in 1961, inspected it."
    )
    art = Article(id="a", text=text)
    ana = _dated(
        text, "a",
        ("March 4, 2019", "DATE", "2019-03-04"),
        ("4:59 PM", "TIME", "2019-03-04T16:59"),
        ("March 3, 2019", "DATE", "2019-03-03"),
        ("1961", "DATE", "1961"),
    )
    entries = build_timeline([art], [ana])
    assert [e.value for e in entries] == ["2019-03-03"]
    assert entries[0].text.startswith("The harbour bridge closed")


_PIER = (
    "The pier reopened on May 3 after repairs. "
    "The old ferry last sailed on June 29, 2021. "
    "Fares rose last year, the operator said."
)


def _pier(published: MetaValue) -> tuple[Article, Analysis]:
    art = Article(id="p", text=_PIER, published=published)
    ana = _dated(
        _PIER, "p",
        ("May 3", "DATE", "2023-05-03"),
        ("June 29, 2021", "DATE", "2021-06-29"),
        ("last year", "DATE", "2022"),
    )
    return art, ana


# the report's date as the text gives it: 2023 is the earliest year its words allow, not one they state
_ASSUMED = MetaValue(value="2023-05-04", inferred=True, low="2023-05-03", high=None, method="text-dates")


def test_timeline_flags_an_assumed_year() -> None:
    art, ana = _pier(_ASSUMED)
    # the written year stands; the undated day keeps the assumed year, flagged; "last year" of an
    # unknown year places nothing and is left out
    entries = build_timeline([art], [ana])
    assert [(e.value, e.year_stated) for e in entries] == [("2021-06-29", True), ("2023-05-03", False)]


def test_timeline_shows_the_year_of_a_given_date() -> None:
    art, ana = _pier(MetaValue(value="2023-05-04", inferred=False))
    assert [e.value for e in build_timeline([art], [ana])] == ["2021-06-29", "2022", "2023-05-03"]


def test_timeline_a_report_that_knows_the_year_names_it_for_the_entry() -> None:
    art, ana = _pier(_ASSUMED)
    text = "Workers finished the pier on May 3, the council said."
    other = Article(id="c", text=text, published=MetaValue(value="2023-05-05", inferred=False))
    other_ana = _dated(text, "c", ("May 3", "DATE", "2023-05-03"))
    entries = build_timeline([art, other], [ana, other_ana])
    day = next(e for e in entries if e.value.endswith("05-03"))
    assert day.value == "2023-05-03"
    assert day.year_stated
    assert {s.article for s in day.support} == {"p", "c"}


def test_timeline_keeps_a_weekend() -> None:
    text = "The regatta on the lake is set for this weekend, the club said."
    art = Article(id="w", text=text, published=MetaValue(value="2025-04-08"))
    ana = _dated(text, "w", ("this weekend", "DATE", "2025-W15-WE"))
    assert [e.value for e in build_timeline([art], [ana])] == ["2025-W15-WE"]


def test_timeline_an_entry_is_told_by_the_reporters_sentence_before_a_quoted_one() -> None:
    quoted = "The prosecutor spoke outside. “Today's guilty verdict shows nobody is above the law.”"
    plain = "Jurors found Ostrander guilty on Thursday of all five counts."
    given = MetaValue(value="2029-03-08", inferred=False)
    arts = [Article(id="q", text=quoted, published=given), Article(id="p", text=plain, published=given)]
    anas = [
        _dated(quoted, "q", ("Today", "DATE", "2029-03-08")),
        _dated(plain, "p", ("Thursday", "DATE", "2029-03-08")),
    ]
    (entry,) = build_timeline(arts, anas)
    assert entry.text == plain
    assert [s.article for s in entry.support] == ["p", "q"]


def test_timeline_a_date_a_superlative_is_measured_from_files_no_sentence() -> None:
    from storyline.brief.timeline import build_timeline
    from storyline.model import Analysis, Article, MetaValue, Span, TimeExpr

    text = "The quake is the deadliest in Tarvella since 2015. Rescuers arrived on March 4, 2031."
    article = Article(id="a", text=text, published=MetaValue(value="2031-03-05"))
    since, march = text.index("2015"), text.index("March 4, 2031")
    timexes = (
        TimeExpr(span=Span(article="a", start=since, end=since + 4), text="2015", type="DATE", value="2015"),
        TimeExpr(span=Span(article="a", start=march, end=march + 13), text="March 4, 2031", type="DATE",
                 value="2031-03-04"),
    )
    entries = build_timeline([article], [Analysis(article="a", version="t", timexes=timexes)])
    assert [e.value for e in entries] == ["2031-03-04"]
