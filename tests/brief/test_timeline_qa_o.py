"""The merged timeline on QA round O's problems: a day's part files under its day, a year compared with is no
event, and a year-less day joins the one dated entry that tells its event.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr


def _report(name: str, text: str, dates: tuple[tuple[str, str], ...], published: str | None = None) -> tuple[
    Article, Analysis
]:
    timexes = tuple(
        TimeExpr(span=span(text, name, phrase), text=phrase, type="DATE", value=value) for phrase, value in dates
    )
    return (
        Article(id=name, text=text, published=MetaValue(value=published)),
        Analysis(article=name, version="t", timexes=timexes),
    )


def test_timeline_files_a_part_of_day_under_its_day() -> None:
    text = "The mayor had said on Sunday morning the toll stood at 43. The toll rose to 45 on Monday."
    art, ana = _report("r", text, (("Sunday morning", "XXXX-10-29TMO"), ("Monday", "XXXX-10-30")))
    entries = build_timeline([art], [ana])
    assert [(e.value, e.text) for e in entries] == [
        ("XXXX-10-29", "The mayor had said on Sunday morning the toll stood at 43."),
        ("XXXX-10-30", "The toll rose to 45 on Monday."),
    ]


def test_timeline_leaves_out_a_year_a_storm_is_compared_with() -> None:
    text = (
        "Kestrel is stronger than Hurricane Marla, which hit Portvale in 1997, the mayor said. "
        "Its rate was the second-highest on record, behind Hurricane Orla off the coast in 2015. "
        "The port was rebuilt in 2004."
    )
    art, ana = _report("c", text, (("1997", "1997"), ("2015", "2015"), ("2004", "2004")))
    assert [e.value for e in build_timeline([art], [ana])] == ["2004"]


def test_timeline_year_less_day_joins_the_dated_entry_of_its_event() -> None:
    dated, dated_ana = _report(
        "d",
        "Judge Ferrand said Pell Ostrander will be sentenced on March 28, 2031.",
        (("March 28, 2031", "2031-03-28"),),
    )
    loose, loose_ana = _report(
        "l",
        "His sentencing is scheduled for March 28 next year, the court clerk said.",
        (("March 28 next year", "XXXX-03-28"),),
    )
    entries = build_timeline([dated, loose], [dated_ana, loose_ana])
    assert [e.value for e in entries] == ["2031-03-28"]
    assert {s.article for s in entries[0].support} == {"d", "l"}
    assert entries[0].year_stated  # the dated report writes it
