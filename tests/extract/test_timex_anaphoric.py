"""Anaphoric time expressions ("the next day", "that night", "the following week"): tagged, and counted from
the last date the text wrote out before them, the report's date only where none precedes.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes, find_mentions
from storyline.extract.timex_anaphora import resolve_from
from storyline.model import Article, MetaValue

# Wednesday 2024-03-13; the ISO week is 2024-W11
ANCHOR = "2024-03-13"


def timexes(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, published=MetaValue(value=anchor))
    found = extract_timexes(article)
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


FERRY = (
    "PORT ALDER, May 3, 2023 - The ferry sank on Monday, April 24. The next day, rescuers found the hull. "
    "The following day the mayor resigned. On the previous day, crews had searched the bay. Later that day, "
    "the port closed. He said that on the prior day the weather was calm. Two days later, the inquiry opened. "
    "The day before, the captain had warned of storms."
)


def test_anaphoric_days_count_from_the_last_written_date_not_the_report() -> None:
    found = timexes(FERRY, "2023-05-03")
    assert found == [
        ("May 3, 2023", "DATE", "2023-05-03"),
        ("Monday, April 24", "DATE", "2023-04-24"),
        ("The next day", "DATE", "2023-04-25"),
        # every one counts from April 24, the last date written out: not from another anaphoric expression
        ("The following day", "DATE", "2023-04-25"),
        ("the previous day", "DATE", "2023-04-23"),
        ("Later that day", "DATE", "2023-04-24"),
        ("the prior day", "DATE", "2023-04-23"),
        ("Two days later", "DATE", "2023-04-26"),
        ("The day before", "DATE", "2023-04-23"),
    ]


def test_anaphoric_days_need_no_report_date_when_the_text_dates_them() -> None:
    found = timexes(FERRY, None)
    assert ("The next day", "DATE", "2023-04-25") in found
    assert ("Later that day", "DATE", "2023-04-24") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing written before: the report's own date is the reference
        ("The next day, the port reopened.", ("The next day", "DATE", "2024-03-14")),
        ("That evening, the heat broke at last.", ("That evening", "TIME", "2024-03-13TEV")),
        # a date counted from the report's date is a reference too
        (
            "The bridge reopened yesterday. The day before, divers had checked it.",
            ("The day before", "DATE", "2024-03-11"),
        ),
        (
            "The council met on Friday. Later that night, the mayor resigned.",
            ("Later that night", "TIME", "2024-03-08TNI"),
        ),
        # parts of the day are times of that day
        (
            "The ferry sank on June 24, 2005, and divers reached it the next morning.",
            ("the next morning", "TIME", "2005-06-25TMO"),
        ),
        (
            "The ferry sank on June 24, 2005. The night before, a storm had hit.",
            ("The night before", "TIME", "2005-06-23TNI"),
        ),
        # weeks, months and years
        (
            "The mill closed on June 24, 2005. The following week, it was sold.",
            ("The following week", "DATE", "2005-W26"),
        ),
        (
            "The mill closed on June 24, 2005. The previous week, talks had failed.",
            ("The previous week", "DATE", "2005-W24"),
        ),
        (
            "The mill closed in March 1989. The following month, it was sold.",
            ("The following month", "DATE", "1989-04"),
        ),
        (
            "The mill was sold on May 22, 1995, and the following year it closed.",
            ("the following year", "DATE", "1996"),
        ),
        ("The clerk fled in June 1998 and came back later that year.", ("later that year", "DATE", "1998")),
        ("Imports totaled $3 million in 1988, a small share of the trade that year.", ("that year", "DATE", "1988")),
        ("The mill closed on June 24, 2005. The same month, its owner died.", ("The same month", "DATE", "2005-06")),
        (
            "The talks ended on Aug. 30, 2016, and the vote was held that same day.",
            ("that same day", "DATE", "2016-08-30"),
        ),
        # the clock time written after the day is on that day
        (
            "The ferry sank on June 24, 2005. The next day at 10 a.m., divers came.",
            ("10 a.m.", "TIME", "2005-06-25T10:00"),
        ),
        # a bare clock time is on the report's day: it is no reference
        (
            "The ferry sank on June 24, 2005. At 5 p.m., the port closed. The next day, divers came.",
            ("The next day", "DATE", "2005-06-25"),
        ),
        (
            "Early the next day, the divers left. The raid began on March 1, 2020.",
            ("Early the next day", "DATE", "2024-03-14"),
        ),
    ],
)
def test_anaphoric_values(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reference too coarse for the expression gives no value rather than a guess
        ("The mill closed in 1998. The next day, the town bought it.", ("The next day", "DATE", None)),
        ("The mill closed last October. The union met that same day.", ("that same day", "DATE", None)),
        ("The mill closed last week. The following month, it was sold.", ("The following month", "DATE", None)),
        # no date in the text and none for the report: tagged, with no value
        ("The next day, the port reopened.", ("The next day", "DATE", None)),
    ],
)
def test_anaphoric_values_are_never_guessed(text: str, expected: tuple[str, str, str | None]) -> None:
    anchor = None if "port reopened" in text else ANCHOR
    assert expected in timexes(text, anchor)


def test_an_undated_day_between_stops_the_reference() -> None:
    # an undated report: "Friday" cannot be placed, so the day after it cannot either, whatever came before
    text = "The council met on June 3, 2005. On Friday, the mayor resigned. The next day, the port closed."
    assert ("The next day", "DATE", None) in timexes(text, None)
    # a month without its year says nothing of the year: "that year" is the last year written
    text = "The family moved in January 2007 and to the coast in September of that year."
    assert ("that year", "DATE", "2007") in timexes(text, None)


def test_the_same_day_twice_is_the_same_day() -> None:
    text = (
        "Stocks slid on Friday, July 29, 2016. The 10-year yield fell to 1.45 percent from 1.51 percent the day "
        "before. The euro rose to $1.11 from $1.10 the day before."
    )
    found = [t for t in timexes(text) if t[0] == "the day before"]
    assert found == [("the day before", "DATE", "2016-07-28"), ("the day before", "DATE", "2016-07-28")]


@pytest.mark.parametrize(
    "text",
    [
        # counted from an event, not from a date: no value can be told
        "He was last seen on Nov. 3, the day before the police issued a warrant.",
        "The strike began the day after Christmas.",
        "The vote fell on the same day as the final.",
        # a rule, not a day told of
        "Market makers can suffer huge losses on trades made that day at falling prices.",
        "You get a news item, it hits, and you have strong redemptions that day.",
        # a stretch of time to come, and compounds
        "Rain is likely over the next day or two.",
        "The fee was higher than any he reported in the previous year and a half.",
        "The city opened that day care centre last spring.",
        "He said that morning show hosts had laughed at the plan.",
    ],
)
def test_not_anaphoric(text: str) -> None:
    assert [text[m.start : m.end] for m in find_mentions(text) if m.kind == "ana"] == []


def test_the_next_week_stays_counted_from_the_report() -> None:
    found = timexes("The mill closed on June 24, 2005. Talks resume the next week.")
    assert ("next week", "DATE", "2024-W12") in found


def test_resolve_from_each_grain() -> None:
    day, week, month, year = 0, 1, 2, 3
    assert resolve_from((day, 1, 4), "2023-04-24T17:00") == "2023-04-25TNI"
    assert resolve_from((week, 1, 0), "2023-W52") == "2024-W01"
    assert resolve_from((week, 0, 0), "2023-04") is None
    assert resolve_from((month, -1, 0), "2023-01") == "2022-12"
    assert resolve_from((year, 0, 0), "1988-Q3") == "1988"
    assert resolve_from((day, 0, 0), "1988") is None
