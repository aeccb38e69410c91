"""Timeline dates of QA rounds AT, AU and AV: a year a comparison reaches over ("more ... this year than from 2011 to
2013 combined") is no event; a plan told in the past perfect ("had been scheduled for Friday but was delayed")
lies before the report, not in the week after it.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(*reports: tuple[str, str | None]) -> tuple[TimelineEntry, ...]:
    """The timeline of reports (text, publication day or None), their time expressions read by the time stage."""
    arts = [Article(id=f"r{i}", text=t, published=MetaValue(value=d)) for i, (t, d) in enumerate(reports)]
    return build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])


COMPARED = "More floods have reached the Velm valley this year than from 2011 to 2013 combined, the agency said."


def test_timeline_years_of_a_comparison_range_are_no_events() -> None:
    values = [e.value for e in _timeline((COMPARED, "2031-08-05"))]
    assert "2011" not in values
    assert "2013" not in values


def test_timeline_a_year_after_more_than_a_count_stays_an_event() -> None:
    text = "More than 40 barges sank on the Velm river in 2013, the agency said."
    assert "2013" in [e.value for e in _timeline((text, "2031-08-05"))]


def text_values(text: str, anchor: str) -> list[tuple[str, str | None]]:
    """Each time expression of ``text`` as (text, value), the report dated ``anchor``."""
    return [(t.text, t.value) for t in extract_timexes(Article(id="t", text=text, published=MetaValue(value=anchor)))]


SATURDAY = "2031-08-09"


def test_timex_a_plan_in_the_past_perfect_names_a_day_gone_by() -> None:
    text = "The Orsk ferry launch had been scheduled for Friday but was delayed by a day for a change of engines."
    assert ("Friday", "2031-08-08") in text_values(text, SATURDAY)


def test_timex_a_plan_in_the_present_perfect_still_looks_ahead() -> None:
    text = "The Orsk ferry launch has been scheduled for Friday, the port said."
    assert ("Friday", "2031-08-15") in text_values(text, SATURDAY)


THURSDAY = "2031-08-07"


def test_timex_an_evening_clock_time_takes_the_night_its_report_tells_of() -> None:
    text = (
        "Storm Kestrel reaches the Velm coast as a strong storm after four days at sea\n\n"
        "Storm Kestrel has reached the Velm coast, the weather office said on Wednesday night.\n\n"
        "As of 9 pm, Kestrel was five miles north of Portvale, the office said in an update."
    )
    assert ("9 pm", "2031-08-06T21:00") in text_values(text, THURSDAY)


def test_timex_a_morning_clock_time_stays_on_the_report_day() -> None:
    text = (
        "Storm Kestrel reaches the Velm coast as a strong storm after four days at sea\n\n"
        "Storm Kestrel reached the Velm coast on Wednesday night, the weather office said.\n\n"
        "As of 9 am, Kestrel was five miles north of Portvale, the office said in an update."
    )
    assert ("9 am", "2031-08-07T09:00") in text_values(text, THURSDAY)


STATEMENT = (
    "Governor Ilsa Varn pardons the Orsk harbour strikers\n\n"
    "PORTVALE (Velm Wire) - Governor Ilsa Varn announced Sunday that she has pardoned the twelve Orsk harbour "
    "strikers, reversing a promise she made in the spring.\n\n"
    "“Today, I signed a pardon for the twelve,” the governor said in a statement."
)


def _inferred(text: str, day: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", text=text, published=MetaValue(value=day, inferred=True))
    return [(t.text, t.value) for t in extract_timexes(art)]


def test_timex_a_quoted_today_takes_the_day_the_lead_tells_of_in_a_report_dated_by_guess() -> None:
    assert ("Today", "2031-08-03") in _inferred(STATEMENT, "2031-08-04")  # Sunday's statement, guessed Monday


def test_timex_a_quoted_today_stays_the_day_of_a_report_with_a_stated_date() -> None:
    assert ("Today", "2031-08-04") in text_values(STATEMENT, "2031-08-04")


def test_timeline_the_end_of_a_forecast_stretch_files_no_event() -> None:
    text = "Kestrel will keep its strength as it tracks across the Velm plain through Thursday morning."
    assert not any(e.value.startswith("2031-08-07") for e in _timeline((text, "2031-08-05")))


def test_timeline_the_end_of_a_stretch_told_as_past_keeps_its_entry() -> None:
    text = "Kestrel battered the Velm plain through Thursday morning, forecasters said."
    assert any(e.value.startswith("2031-07-31") for e in _timeline((text, "2031-08-05")))


def test_timeline_a_state_still_holding_after_a_day_s_event_files_no_entry_under_it() -> None:
    text = "Nine people were still fighting for their lives following Sunday's fire in the Orsk tower."
    assert not any(e.value == "2031-08-03" for e in _timeline((text, "2031-08-05")))


def test_timeline_an_act_following_a_day_s_event_keeps_its_day() -> None:
    text = "Nine people were taken to hospital following Sunday's fire in the Orsk tower."
    assert any(e.value == "2031-08-03" for e in _timeline((text, "2031-08-05")))
