"""One event that a minority of reports dates a year off the others (QA round M #3 in the timeline: a sentencing
"scheduled for March 28, 2023" in one report, "March 28, 2024" in four, shown as two happenings).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr, TimelineEntry

_MAJORITY = (
    ("a", "Corin Dale is scheduled to be sentenced on March 28, 2031, the court said.", "March 28, 2031"),
    ("b", "A judge set Dale's sentencing for March 28, 2031.", "March 28, 2031"),
    ("c", "Dale faces up to 20 years in prison when he is sentenced on March 28, 2031.", "March 28, 2031"),
)
_SLIP = ("d", "While Dale maintains his innocence, his sentencing is scheduled for March 28, 2030.", "March 28, 2030")


def _report(aid: str, text: str, *dates: tuple[str, str], published: str = "2031-03-01") -> tuple[Article, Analysis]:
    article = Article(id=aid, text=text, published=MetaValue(value=published))
    timexes = tuple(TimeExpr(span=span(text, aid, phrase), text=phrase, type="DATE", value=value)
                    for phrase, value in dates)
    return article, Analysis(article=aid, version="t", timexes=timexes)


def _timeline(*reports: tuple[Article, Analysis]) -> tuple[TimelineEntry, ...]:
    return build_timeline([r[0] for r in reports], [r[1] for r in reports])


def _written(aid: str, text: str, phrase: str) -> tuple[Article, Analysis]:
    """A report that writes out a full date: its value is the date as written."""
    year, month, day = phrase[-4:], "03", phrase.split()[1].rstrip(",")
    return _report(aid, text, (phrase, f"{year}-{month}-{int(day):02d}"))


def test_timeline_other_year_of_one_event_is_no_entry_of_its_own() -> None:
    """Before: an entry dated 2030-03-28 told the sentencing as if it had a day of its own. After: one date, the
    one three reports give; the report giving 2030 disputes it (cited on the entry, not as its support), so the
    conflict stays in view."""
    entries = _timeline(*(_written(*r) for r in (*_MAJORITY, _SLIP)))
    assert [e.value for e in entries] == ["2031-03-28"]
    (told,) = entries
    assert sorted(s.article for s in told.support) == ["a", "b", "c"]
    assert "2031" in told.text
    assert [s.article for s in told.disputed] == ["d"]  # its own words give the other year


def test_timeline_other_year_a_report_dated_a_year_off_joins_the_days_it_tells() -> None:
    """A report dated a year off resolves "on Thursday" and "March 28" in the wrong year; the sentences the other
    reports tell too join their days (they write no year to contradict them), a sentence of its own stays."""
    others = [
        _report("a", "The jury convicted Corin Dale of fraud on Thursday in Velmont.", ("on Thursday", "2031-03-06")),
        _report("b", "Corin Dale was convicted of fraud by a Velmont jury on March 6.", ("on March 6", "2031-03-06")),
        _report("c", "Dale will be sentenced on March 28, the prosecutor said.", ("on March 28", "2031-03-28")),
    ]
    shifted = _report(
        "d",
        "A Velmont jury convicted Corin Dale of fraud on Thursday. Dale will be sentenced on March 28. "
        "His lawyer filed a motion on Friday.",
        ("on Thursday", "2030-03-07"), ("on March 28", "2030-03-28"), ("on Friday", "2030-03-08"),
        published="2030-03-08",
    )
    entries = _timeline(*others, shifted)
    assert [e.value for e in entries] == ["2030-03-08", "2031-03-06", "2031-03-28"]
    assert {s.article for s in entries[1].support} == {"a", "b", "d"}
    assert {s.article for s in entries[2].support} == {"c", "d"}
    assert all(e.year_stated for e in entries)


def test_timeline_other_year_as_many_reports_each_way_keeps_both() -> None:
    """One report against one: nothing tells which year is right, so both dates stay (the facts show the
    conflict)."""
    entries = _timeline(_written(*_MAJORITY[0]), _written(*_SLIP))
    assert [e.value for e in entries] == ["2030-03-28", "2031-03-28"]


def test_timeline_other_year_a_report_giving_both_years_tells_two_events() -> None:
    """A report that dates the event in both years tells two of them (a first and a second hearing a year apart):
    nothing moves."""
    both = _report(
        "d",
        "A first sentencing hearing was held on March 28, 2030. His sentencing is now set for March 28, 2031.",
        ("March 28, 2030", "2030-03-28"), ("March 28, 2031", "2031-03-28"),
    )
    entries = _timeline(*(_written(*r) for r in _MAJORITY), both)
    assert [e.value for e in entries] == ["2030-03-28", "2031-03-28"]
    assert [s.article for s in entries[0].support] == ["d"]


def test_timeline_other_year_different_events_stay_apart() -> None:
    """A trial a year before the sentencing, on the same day of the month, is another event."""
    trial = _written("d", "Dale's trial opened on March 28, 2030, in Velmont.", "March 28, 2030")
    entries = _timeline(*(_written(*r) for r in _MAJORITY), trial)
    assert [e.value for e in entries] == ["2030-03-28", "2031-03-28"]


def test_timeline_other_year_of_a_month() -> None:
    """A month told a year off by one report, in a sentence the others tell too, joins their month."""
    reports = [
        _report(aid, "The Velmont fraud inquiry began in June 2030, prosecutors said.", ("in June 2030", "2030-06"))
        for aid in ("a", "b")
    ]
    slip = _report("c", "Prosecutors said the Velmont fraud inquiry began in June 2029.", ("in June 2029", "2029-06"))
    entries = _timeline(*reports, slip)
    assert [e.value for e in entries] == ["2030-06"]
    assert [s.article for s in entries[0].disputed] == ["c"]


def test_timeline_other_year_read_from_reports() -> None:
    """The same through the extractors: the sentencing a third report dates a year off is one date."""
    from storyline.pipeline import analyze

    texts = {
        "a": "A Velmont jury convicted Corin Dale of fraud on Thursday. Dale is scheduled to be sentenced on "
             "March 28, 2031, the court said.",
        "b": "Corin Dale was found guilty of fraud on Thursday. A judge set his sentencing for March 28, 2031.",
        "c": "Corin Dale was convicted on Thursday. While Dale maintains his innocence, his sentencing is scheduled "
             "for March 28, 2030.",
    }
    arts = [Article(id=aid, text=text, published=MetaValue(value="2031-03-07")) for aid, text in texts.items()]
    entries = build_timeline(arts, [analyze(a) for a in arts])
    days = [(e.value, sorted(s.article for s in e.support), [s.article for s in e.disputed]) for e in entries]
    assert days[-1] == ("2031-03-28", ["a", "b"], ["c"])
    assert "2030-03-28" not in [e.value for e in entries]
