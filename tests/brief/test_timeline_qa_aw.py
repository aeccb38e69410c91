"""Timeline dates of QA round AW: a date in a phrase of another thing than the sentence's act ("resigned on
Tuesday, after the strikes at the port on Oct. 7") dates that thing, not the act.

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


def _texts_of(entries: tuple[TimelineEntry, ...], value: str) -> list[str]:
    return [e.text for e in entries if e.value == value]


RESIGNED = (
    "Velmont's rector, Ada Quill, announced her resignation on Tuesday, after her tenure had become engulfed in "
    "crisis over her response to unrest on campus after the strikes at the Orsk port on Oct. 7."
)


def test_timeline_a_date_of_another_thing_files_no_sentence() -> None:
    entries = _timeline((RESIGNED, None))
    assert not [e for e in entries if e.value.endswith("-10-07")]
    assert [e for e in entries if "announced her resignation" in e.text]


TESTIFIED = (
    "Quill testified before a committee of the Velm assembly on May 5 about unrest on campus following the outbreak "
    "of the dock strike in March."
)


def test_timeline_a_month_after_following_dates_the_thing_not_the_testimony() -> None:
    entries = _timeline((TESTIFIED, None))
    assert not [e for e in entries if e.value.endswith("-03")]
    assert [e for e in entries if e.value.endswith("-05-05")]


def test_timeline_a_second_act_of_its_own_clause_still_files() -> None:
    text = "The ferry left Orsk on Monday and it docked in Portvale after a stop at Velm on Wednesday."
    entries = _timeline((text, "2031-08-08"))
    assert _texts_of(entries, "2031-08-06")
    assert _texts_of(entries, "2031-08-04")


def test_timeline_a_date_after_the_day_of_a_saying_still_files() -> None:
    text = "The port said Tuesday that the ferry sank after hitting a rock on Monday."
    entries = _timeline((text, "2031-08-06"))
    assert _texts_of(entries, "2031-08-04")


def test_timeline_a_running_count_as_of_a_day_is_no_event_of_it() -> None:
    text = "Velm is the worst-hit province, recording 4,210 cases and 17 deaths as of Sunday."
    assert not _texts_of(_timeline((text, "2031-08-06")), "2031-08-03")


def test_timeline_a_count_that_rose_as_of_a_day_is_its_news() -> None:
    text = "The toll of the Orsk ferry sinking rose to 61 as of Sunday, the port said."
    assert _texts_of(_timeline((text, "2031-08-06")), "2031-08-03")


TOLL = "The toll of 40 rose to 45 after divers recovered three more bodies late on Sunday and another two on Monday."


def test_timeline_a_count_over_two_days_files_under_the_later() -> None:
    entries = _timeline((TOLL, "2031-08-06"))
    assert _texts_of(entries, "2031-08-04")
    assert not [e for e in entries if e.value.startswith("2031-08-03")]


def test_timex_a_hearing_faced_on_a_weekday_lies_ahead() -> None:
    text = "Pell faced sentencing Wednesday for the fraud charges and on Dec. 16 for the tax counts, the court said."
    found = extract_timexes(Article(id="t", text=text, published=MetaValue(value="2031-11-30")))
    assert ("Wednesday", "2031-12-03") in [(t.text, t.value) for t in found]


def test_timeline_a_clock_after_an_hour_of_a_weekday_stays_in_its_week() -> None:
    fumes = "Residents of Velm started smelling fumes on Friday evening, the mayor said."
    sheen = "A sheen was first reported to the harbour office shortly after 9 a.m. Saturday morning, the office said."
    entries = _timeline((fumes, None), (sheen, None))
    assert _texts_of(entries, "XXXX-WXX-6T09:00") == [sheen]


def test_timeline_a_month_of_no_year_joins_the_same_month_of_its_event_dated() -> None:
    dated = "Since October 2030, Velm has reported 9,100 cholera cases and 22 deaths, the ministry said."
    bare = "Since October, the province has recorded about 9,000 cholera cases and 22 deaths, officials said."
    entries = _timeline((dated, None), (bare, None))
    assert [e.value for e in entries if e.value.endswith("-10")] == ["2030-10"]


def test_timeline_a_month_of_no_year_of_another_event_stays_apart() -> None:
    dated = "Since October 2030, Velm has reported 9,100 cholera cases and 22 deaths, the ministry said."
    bare = "The ferry line to Orsk island opened in October with two boats."
    entries = _timeline((dated, None), (bare, None))
    assert sorted(e.value for e in entries if e.value.endswith("-10")) == ["2030-10", "XXXX-10"]


def test_timeline_one_kind_of_act_in_two_places_is_two_lines() -> None:
    velm = "The previous attack in March 2030 temporarily took down Velm's 911 emergency system."
    orsk = "March 2030: Orsk, Norland suffered a major ransomware attack."
    entries = _timeline((velm, "2031-05-08"), (orsk, "2031-05-08"))
    assert sorted(len(e.support) for e in entries if e.value == "2030-03") == [1, 1]


HEARING = (
    "Quill and the rectors of Orsk and Velm appeared in a Dec. 5 assembly hearing on campus unrest. "
    "Orsk's rector, Tam Brell, resigned four days after that hearing."
)


def test_timeline_a_count_of_days_after_a_dated_thing_dates_its_sentence() -> None:
    entries = _timeline((HEARING, None))
    assert [e.text for e in entries if e.value.endswith("-12-09")] == [
        "Orsk's rector, Tam Brell, resigned four days after that hearing."
    ]


def test_timeline_two_days_for_one_resignation_are_disputed() -> None:
    other = "Brell resigned on December 10, while Quill kept her post."
    entries = _timeline((HEARING, None), (other, None))
    assert any(e.disputed for e in entries if e.value[5:] in ("12-09", "12-10"))


def test_timeline_a_bare_clock_after_an_hour_is_not_moved_to_a_weekday() -> None:
    fumes = "Residents of Velm started smelling fumes on Sunday evening, the mayor said on Monday."
    fire = "Officials say the fire began with a faulty heater just before 11 a.m."
    entries = _timeline((fumes, None), (f"{fire} The mayor spoke on Monday.", None))
    assert not [e for e in entries if e.text == fire and e.value.startswith("XXXX-WXX-1T")]


def test_timeline_a_holiday_named_before_the_act_leaves_its_day_filed() -> None:
    text = ("Velm's first big Halloween parade since the end of the flood rules turned to tragedy on Saturday night, "
            "when a stand collapsed.")
    assert _texts_of(_timeline((text, "2031-11-02")), "2031-11-01")
