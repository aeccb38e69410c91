"""Timeline dates of QA round AX: a holiday's name that modifies a thing ("a huge Halloween party crowd") is no
date, so neither a report's date nor its weekdays are counted from it; a time in GMT beside the same local time is
one moment; a quote's tail is no event; a clock of a year-less day takes the year written for it.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.dating import refine_story
from storyline.extract.timex import extract_timexes, find_mentions
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _story(*reports: tuple[str, str | None]) -> tuple[TimelineEntry, ...]:
    """The timeline of reports (text, publication day or None) after the story has settled their dates."""
    arts = [Article(id=f"r{i}", text=t, published=MetaValue(value=d)) for i, (t, d) in enumerate(reports)]
    anas = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts]
    arts, anas = refine_story(arts, anas)
    return build_timeline(arts, anas)


def _values_of(entries: tuple[TimelineEntry, ...], words: str) -> set[str]:
    return {e.value for e in entries if words in e.text}


SUNDAY = (
    "Velm's mayor said on Sunday that the crush at a Halloween party in the Orsk lane on Saturday night killed 40 "
    "people. Many of them had come to the lane on Saturday to celebrate Halloween. Some clad in Halloween costumes "
    "wept."
)


def test_timeline_a_holiday_party_or_the_holiday_kept_dates_nothing() -> None:
    entries = _story((SUNDAY, "2033-10-30"))
    assert _values_of(entries, "to celebrate Halloween") == {"2033-10-29"}
    assert not [e for e in entries if "Halloween costumes" in e.text]
    assert not [e for e in entries if e.value.endswith("-10-31")]


def test_timex_a_holiday_with_its_thing_is_no_date_but_the_holiday_night_is() -> None:
    text = "A huge Halloween party crowd filled the lane. On Halloween night the lane was full."
    assert [text[m.start : m.end] for m in find_mentions(text)] == ["Halloween night"[:9]]


def test_timeline_the_day_a_declared_period_runs_through_dates_no_declaration() -> None:
    text = "The regent earlier declared a week of mourning through Saturday and ordered flags lowered."
    entries = _story((text, "2033-10-30"))
    assert not _values_of(entries, "week of mourning")


def test_timeline_a_quote_s_tail_is_no_event() -> None:
    text = ('Addressing Velm on Sunday, the regent spoke.\n\n"I grieve with the families. I would like to declare '
            'a week of mourning from Sunday and put the inquiry first."')
    entries = _story((text, "2033-10-30"))
    assert not [e for e in entries if "week of mourning" in e.text]
    assert _values_of(entries, "Addressing Velm") == {"2033-10-30"}


def test_timeline_a_quoted_today_beside_the_day_of_its_saying_files_the_line_once() -> None:
    text = '"Today we have had a happy day," the regent told the press earlier on Friday, after the rescue.'
    entries = _story((text, "2033-11-05"))
    assert _values_of(entries, "happy day") == {"2033-11-04"}


def test_timeline_a_clock_in_another_zone_glossing_a_time_of_day_is_no_second_event() -> None:
    text = "The first reports of the outage in Velm began around midday (10:00 GMT) on Monday."
    entries = _story((text, "2033-10-31"))
    assert not [e for e in entries if "T10:00" in e.value]
    assert _values_of(entries, "first reports") <= {"2033-10-31", "2033-10-31T12:00"}
    assert _values_of(entries, "first reports")


def test_timeline_a_clock_of_a_year_less_day_takes_the_year_a_report_writes_for_it() -> None:
    written = "The four children were flown to Orsk on June 10, 2031, officials said."
    clock = "The children landed at the Orsk air base at 0:30am on June 10 after the rescue."
    entries = _story((written, None), (clock, None))
    assert _values_of(entries, "landed at the Orsk air base") == {"2031-06-10T00:30"}
