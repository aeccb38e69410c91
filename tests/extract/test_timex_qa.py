"""Time expressions and publication dates in the shapes a blind reading of real reports found missing.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.dating import infer_published, refine_story, year_settled
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue

# Wednesday 2024-03-13
ANCHOR = "2024-03-13"


def timexes(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    found = extract_timexes(Article(id="t", text=text, published=MetaValue(value=anchor)))
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry inquiry was put off to Jul 11, the clerk said.", ("Jul 11", "DATE", "2024-07-11")),
        ("The orchard fair opens Sep 3 this year.", ("Sep 3", "DATE", "2024-09-03")),
        ("Bids close on 20 Jun, the council said.", ("20 Jun", "DATE", "2024-06-20")),
    ],
)
def test_timex_month_shortened_without_period_before_a_day(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


def test_timex_month_shortened_without_period_alone_is_no_month() -> None:
    assert timexes("Jan said the oven was cold.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The climbers waited for nine and a half hours.", ("nine and a half hours", "DURATION", "PT9H30M")),
        # the same value as the figure gives
        ("The climbers waited for 9.5 hours.", ("9.5 hours", "DURATION", "PT9H30M")),
        ("The lighthouse was shut for two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
        ("The pumps ran for twenty-one and a half hours.", ("twenty-one and a half hours", "DURATION", "PT21H30M")),
        ("The dredging took 3 and a half weeks.", ("3 and a half weeks", "DURATION", "P3.5W")),
    ],
)
def test_timex_number_words_and_a_half(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "The skipper will be sentenced on July 11 at 10am ET.",
            ANCHOR,
            [("July 11 at 10am ET", "TIME", "2024-07-11T10:00")],
        ),
        (
            "The skipper will be sentenced on July 11 at 10am ET.",
            None,
            [("July 11 at 10am ET", "TIME", "XXXX-07-11T10:00")],
        ),
        ("The offer runs until 5 p.m. EST, Nov. 6.", ANCHOR, [("5 p.m. EST, Nov. 6", "TIME", "2024-11-06T17:00")]),
        ("The tremor came at 00:11 GMT on Saturday.", ANCHOR, [("00:11 GMT on Saturday", "TIME", "2024-03-09T00:11")]),
        ("The tremor came at 00:11 GMT on Saturday.", None, [("00:11 GMT on Saturday", "TIME", "XXXX-WXX-6T00:11")]),
    ],
)
def test_timex_day_and_its_clock_time_are_one_expression(
    text: str, anchor: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert timexes(text, anchor) == expected


def test_timex_local_time_stays_with_its_clock_time() -> None:
    text = "The quarry wall gave way at 11:11 PM local time (6 PM EDT) Friday, rangers said."
    assert timexes(text) == [
        ("11:11 PM local time", "TIME", "2024-03-08T23:11"),
        ("6 PM EDT", "TIME", "2024-03-08T18:00"),
        ("Friday", "DATE", "2024-03-08"),
    ]


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        (
            ANCHOR,
            [
                ("11:11 pm", "TIME", "2024-03-08T23:11"),
                ("2211 GMT", "TIME", "2024-03-08T22:11"),
                ("Friday", "DATE", "2024-03-08"),
            ],
        ),
        (
            None,
            [
                ("11:11 pm", "TIME", "XXXX-WXX-5T23:11"),
                ("2211 GMT", "TIME", "XXXX-WXX-5T22:11"),
                ("Friday", "DATE", "XXXX-WXX-5"),
            ],
        ),
    ],
)
def test_timex_clock_time_with_a_bracketed_twin_takes_the_weekday_after(
    anchor: str | None, expected: list[tuple[str, str, str]]
) -> None:
    text = "The quarry wall gave way at 11:11 pm (2211 GMT) Friday, rangers said."
    assert timexes(text, anchor) == expected


# ---- publication dates from a weekday written with its month and day ---------------------------------------

# May 30 is a Thursday in 2013, 2019 and 2024 (and 2030 is a Thursday too: it is named nowhere)
VERDICT = (
    "A county jury returned its verdict on Thursday, May 30, after two days of talks. "
    "The case grew out of the 2016 mayoral race, and the mayor now looks to the 2024 race."
)


def test_dating_weekday_pair_and_the_one_named_year_it_fits() -> None:
    meta = infer_published(Article(id="v", text=VERDICT))
    assert meta.inferred
    assert meta.method == "text-dates"
    assert meta.value == "2024-05-30"
    assert meta.low == "2024-05-30"
    # the report may look back on that Thursday from a later day: nothing bounds it from above
    assert meta.high is None
    assert not year_settled(meta)
    assert len(meta.evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        # two named years fit the pair: no choice
        "A county jury returned its verdict on Thursday, May 30. The firm was founded in 2013 and sold in 2019.",
        # the only fitting year is not the latest one named: the report may be from 2025 or later
        "A county jury returned its verdict on Thursday, May 30. The 2024 race is next, then the 2025 budget.",
        # no named year fits
        "A county jury returned its verdict on Thursday, May 30. The 2021 race is next.",
        # no year named at all
        "A county jury returned its verdict on Thursday, May 30.",
        # a day to come says nothing of the report's own
        "The county board will meet on Thursday, May 30, to discuss the 2024 budget.",
        # a bare weekday and a bare month and day may be two days
        "The jury returned its verdict on Thursday. The case opened on May 30 in the 2024 session.",
    ],
)
def test_dating_weekday_pair_without_one_fitting_named_year_gives_no_value(text: str) -> None:
    assert infer_published(Article(id="v", text=text)).value is None


# ---- the story reads a day written with its clock time as a day it names -------------------------------------

FERRY_A = "The ferry operator said sailings would resume on March 8 at 6 a.m., after the storm."
FERRY_B = "Sailings resume on Friday, the ferry operator said after the storm."


def test_dating_story_counts_a_day_written_with_its_clock_time() -> None:
    given = MetaValue(value="2024-03-06", inferred=False)
    arts = [Article(id="a", text=FERRY_A, published=given), Article(id="b", text=FERRY_B)]
    anas = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts]
    assert anas[0].timexes[0].value == "2024-03-08T06:00"
    arts, anas = refine_story(arts, anas)
    # B's "Friday" lands on A's March 8 (a Friday) from any day of that week before it
    assert arts[1].published.method == "story"
    assert {t.text: t.value for t in anas[1].timexes}["Friday"] == "2024-03-08"
    assert arts[0].published == given


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Ferry crews walk out this March 14 over rosters.", ANCHOR, ("this March 14", "DATE", "2024-03-14")),
        (
            "The dockers struck this Thursday, January 19, in Portvale.",
            "2023-01-20",
            ("this Thursday, January 19", "DATE", "2023-01-19"),
        ),
        ("The fair closes this 2 April, the council said.", ANCHOR, ("this 2 April", "DATE", "2024-04-02")),
    ],
)
def test_timex_this_before_a_month_day_is_one_day(text: str, anchor: str, expected: tuple[str, str, str]) -> None:
    # "this January 19" was cut to the month, "this January"
    assert timexes(text, anchor) == [expected]


def test_timex_part_of_day_after_a_preposition_is_the_day_told() -> None:
    text = "Marchers set off on Tuesday. Scuffles broke out with police in the early afternoon."
    assert timexes(text) == [("Tuesday", "DATE", "2024-03-12"), ("the early afternoon", "TIME", "2024-03-12TAF")]
    assert timexes("Pickets gathered during the morning, the union said.") == [("the morning", "TIME", "2024-03-13TMO")]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will leave at 4 in the morning, the harbour master said.",
        "He spoke in the morning session of the inquiry.",
        "Traders can sell in the afternoon if prices hold.",
    ],
)
def test_timex_part_of_day_after_a_preposition_not_a_clock_compound_or_rule(text: str) -> None:
    assert not [t for t in timexes(text) if t[0].startswith("the ")]


def test_dating_a_weekday_with_month_day_after_a_year_told_in_the_past() -> None:
    # Thursday 19 January falls in 2017 and 2023; the text tells of 2022 in the past: 2023 is the year after
    text = (
        "Dockers in Portvale walked out this Thursday, January 19, against the new shift rules.\n\n"
        "The last stoppage of that size was called in 2022, the union said."
    )
    got = infer_published(Article(id="d", text=text))
    assert got.value == "2023-01-19"
    assert got.low == "2023-01-19"
    assert got.high is None  # the year is the first that fits, not settled


def test_dating_a_weekday_with_month_day_years_after_a_year_told_is_no_date() -> None:
    # from 2019, Thursday 19 January falls first in 2023: a weekday fit four years on states no year
    text = (
        "Dockers in Portvale walked out this Thursday, January 19, against the new shift rules.\n\n"
        "The last stoppage of that size was called in 2019, the union said."
    )
    got = infer_published(Article(id="d", text=text))
    assert got.value is None


def test_timex_a_list_of_years_gives_each_year() -> None:
    # QA Q: the middle year of "1995, 2007 and 2019" was read as part of a number
    found = [(t, v) for t, _type, v in timexes("Lindmark added to their crowns in 1995, 2007 and 2019.")]
    assert found == [("1995", "1995"), ("2007", "2007"), ("2019", "2019")]


def test_timex_a_year_before_a_noun_ending_in_ss_is_a_year() -> None:
    # "its 1995 success" is no amount of things ("2030 troops" is)
    assert [v for _t, _type, v in timexes("The side repeated its 1995 success.")] == ["1995"]
    assert timexes("The army sent 2030 troops.") == []


def test_timex_a_month_since_which_something_lasts_has_begun() -> None:
    # QA S: "detained since February", told in December, is this year's February, not next year's
    found = extract_timexes(
        Article(id="t", text="Ortiz has been detained since February.", published=MetaValue(value="2031-12-08"))
    )
    assert [(t.text, t.value) for t in found] == [("February", "2031-02")]


def _month_values(text: str, published: str) -> list[tuple[str, str | None]]:
    found = extract_timexes(Article(id="t", text=text, published=MetaValue(value=published)))
    return [(t.text, t.value) for t in found]


def test_timex_a_month_told_plainly_in_the_past_is_behind_the_report() -> None:
    # QA S: "was arrested ... in February", told in December, is this year's February, not next year's
    told = "Ortiz was arrested at the Velmora ferry port in February for carrying forged papers."
    assert _month_values(told, "2031-12-08") == [("February", "2031-02")]
    assert _month_values("Ortiz flew home to Velmora in March.", "2031-12-08") == [("March", "2031-03")]


def test_timex_a_past_clause_that_leads_on_keeps_the_nearest_month() -> None:
    # a past tense that leads on to a plan, an infinitive or a span does not push the month back a year
    assert _month_values("Velmora Bank agreed to buy the Ostin bank in January.", "2031-11-02") == [
        ("January", "2032-01")
    ]
    assert _month_values("Lenders extended the Ostin loans through January.", "2031-11-02") == [("January", "2032-01")]
    assert _month_values("Rules to be published in early November were drafted.", "2031-10-30") == [
        ("early November", "2031-11")
    ]
