"""A written day whose weekday the report names as its own ("this Sunday" beside a written Sunday) dates the
report in that day's year: no undated month-day moves it to an assumed later year.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.dating import infer_published
from storyline.model import Article

# 2030-03-10 is a Sunday
RUNOFF = (
    "Ana Velde won the runoff this Sunday with 53% of the vote, the electoral board said.\n"
    "The turnout was the highest since the vote of 1994. — Board of Norland (@norlandboard) March 10, 2030\n"
    "Her rival Tomas Reyn had led the count on March 9, before the northern districts reported."
)


def test_dating_written_sunday_agreeing_with_this_sunday_wins_over_an_undated_day() -> None:
    meta = infer_published(Article(id="a", text=RUNOFF))
    assert meta.value == "2030-03-10"
    assert meta.low == "2030-03-10"


def test_dating_agreeing_written_day_keeps_its_year_when_an_undated_day_lies_later() -> None:
    # "on March 20" told in the past lies after the written Sunday: the report is later, but in the same
    # year the agreeing written day names, not the year after it
    text = RUNOFF + "\nThe board certified the result on March 20, the electoral board said on Friday."
    meta = infer_published(Article(id="b", text=text))
    assert meta.low == "2030-03-20"
    assert meta.value is not None
    assert meta.value.startswith("2030-")


def test_dating_plain_weekday_agreeing_with_an_old_caption_date_yields_to_an_undated_day() -> None:
    # 2030-03-06 is a Wednesday, but "on February 2" is written without its year and lies before it: the
    # year written on the caption's day is an old one, and "on Wednesday" agrees with it by chance
    text = (
        "Envoys met on Wednesday to restart the talks, the ministry said.\n"
        "File photo: the envoys at the port of Alder on March 6, 2030.\n"
        "The talks had stalled on February 2, when the delegations walked out."
    )
    meta = infer_published(Article(id="c", text=text))
    assert meta.value is None  # nothing else dates it: "February 2" is no statement of the day
    # told as a statement of that day, the undated day is this year's news, and the caption's year an old one
    stated = text.replace("The talks had stalled on February 2, when", "The ministry said on February 2 that")
    meta = infer_published(Article(id="c", text=stated))
    assert meta.low == "2031-02-02"
    assert meta.value is not None
    assert meta.value.startswith("2031-")


def test_dating_a_written_day_naming_an_old_event_does_not_agree_with_a_weekday() -> None:
    # 2024-03-06 is a Wednesday; "the floods of March 6, 2024" names an event the report looks back on
    text = (
        "The dam failure of 1998 and the floods of March 6, 2024 left the valley with one lesson.\n"
        "A review of the river board, released Wednesday, says the levees were never raised."
    )
    assert infer_published(Article(id="d", text=text)).value is None
