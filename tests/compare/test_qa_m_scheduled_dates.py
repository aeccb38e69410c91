"""One event given one month and day in different years is a date conflict (QA round M #3: a sentencing
"scheduled for March 28, 2023" in one report, "March 28, 2024" in four)."""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting

from storyline.compare.across import Draft
from storyline.compare.align import Unit
from storyline.compare.scheduled import dates_across, weekdays_across
from storyline.model import Span


def _unit(report: int, text: str) -> Unit:
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report)


def test_scheduled_dates_in_a_story() -> None:
    articles, comparison = compare_texts(
        ("a", "Pell Varga was convicted on Monday. Varga is scheduled to be sentenced on June 4, 2031.", "X"),
        ("b", "Pell Varga was found guilty on Monday. A judge set his sentencing for June 4, 2031.", "Y"),
        ("c", "Pell Varga was convicted on Monday. While Varga denies wrongdoing and plans to appeal the ruling, "
              "his sentencing is scheduled for June 4, 2030.", "Z"),
    )
    late, early = conflicting(comparison, articles, (0, "June 4, 2031"), (2, "June 4, 2030"))
    assert late.why == "sentencing dated June 4, 2031 vs June 4, 2030"
    assert late.independent_sources == 2
    # the side of one report cites the clause that gives the date, not the clause before it
    (span,) = early.support
    assert articles[2].text[span.start : span.end] == "his sentencing is scheduled for June 4, 2030"


def test_scheduled_dates_cut_from_another_fact() -> None:
    """A dated statement in a fact about something else is cut out of it as its clause."""
    other = Draft(units=(_unit(2, "Varga thanked the jury, and his sentencing hearing is set for 4 June, 2030."),
                         _unit(3, "Varga thanked the jury.")))
    told = Draft(units=(_unit(0, "Varga will be sentenced on June 4, 2031."),
                        _unit(1, "Varga will be sentenced on June 4, 2031.")))
    out = dates_across([told, other])
    assert out[0].rivals == (2,)
    assert [u.text for u in out[1].units] == ["Varga thanked the jury."]
    assert [u.text for u in out[2].units] == ["his sentencing hearing is set for 4 June, 2030"]


def test_scheduled_dates_other_days_or_events_stay_apart() -> None:
    """Two days of one event may be a hearing moved; a trial and a sentencing are two events."""
    drafts = [
        Draft(units=(_unit(0, "Varga will be sentenced on June 4, 2031."),)),
        Draft(units=(_unit(1, "Varga will be sentenced on June 9, 2031."),)),
        Draft(units=(_unit(2, "His trial began on June 4, 2030."),)),
    ]
    assert dates_across(drafts) == drafts


def test_scheduled_weekdays_across_facts() -> None:
    """One sentence in two reports but for its weekday, in two facts, is a conflict on the day (QA round L #3)."""
    friday = _unit(0, "The Velm health agency on Friday approved a new drug designed to slow memory loss.")
    saturday = _unit(1, "The Velm health agency on Saturday approved a new drug designed to slow memory loss.")
    other = _unit(2, "A different agency on Saturday opened a new office in the harbour district.")
    drafts = [Draft(units=(friday,)), Draft(units=(saturday, other))]
    out = weekdays_across(drafts)
    assert out[0].rivals == (2,)
    assert out[0].why == "Friday vs Saturday"
    assert [u.text for u in out[1].units] == [other.text]
    assert out[2].units == (saturday,)


def test_scheduled_weekdays_unlike_sentences_stay_apart() -> None:
    drafts = [
        Draft(units=(_unit(0, "The Velm health agency on Friday approved a new drug for adults."),)),
        Draft(units=(_unit(1, "Crowds gathered outside the harbour offices on Saturday to protest."),)),
    ]
    assert weekdays_across(drafts) == drafts
