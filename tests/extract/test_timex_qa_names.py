"""Time expressions and publication dates in shapes a second blind reading of real reports got wrong:
years inside names, halves of an hour and of a match, occasions that are no lengths of time, "soon" told in
the past, "this lunchtime", "at the weekend", "next Friday" said on a Thursday, and a dateline's date.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.dating import infer_published
from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue

# Thursday 2023-11-16
ANCHOR = "2023-11-16"


def timexes(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    found = extract_timexes(Article(id="t", text=text, published=MetaValue(value=anchor)))
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


def values(text: str, anchor: str | None = ANCHOR) -> list[str | None]:
    return [v for _t, _ty, v in timexes(text, anchor)]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Ledger met the chair of the 1922 Committee in the morning.",
        "The choir closed the gala with the 1812 Overture.",
        "Agenda 2030 will guide the harbour plans, the council said.",
        "The port is part of the Vision 2030 plan, officials said.",
        "Members of the 1975 Club gathered outside the hall.",
    ],
)
def test_timex_year_in_a_name_is_no_year(text: str) -> None:
    assert not any(t[:1].isdigit() or " 1" in t or " 2" in t for t, _ty, _v in timexes(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry first sailed in 1922 from the old pier.", "1922"),
        ("In 2021 the council bought the pier.", "2021"),
        ("Tickets for the 2000 Olympics sold out.", "2000"),
        ("Profits rose in the first half of 2023, the firm said.", "2023-H1"),
    ],
)
def test_timex_years_outside_names_stay(text: str, expected: str) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew played on for half an hour with ten men.", ("half an hour", "DURATION", "PT30M")),
        ("The divers waited a half hour at the buoy.", ("a half hour", "DURATION", "PT30M")),
        ("The rescue took half a day.", ("half a day", "DURATION", "PT12H")),
        ("The mill stood empty for half a century.", ("half a century", "DURATION", "P50Y")),
        ("The mill stood empty for half a year.", ("half a year", "DURATION", "P6M")),
        ("The talks lasted an hour and a half.", ("an hour and a half", "DURATION", "PT1H30M")),
        ("The bridge was shut for a year and a half.", ("a year and a half", "DURATION", "P1Y6M")),
        ("The alarm rang for a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
    ],
)
def test_timex_halves_of_units(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Rovers were poor in the first half and lost their shape in the second.",
        "The keeper was shocked by their first-half display.",
        "He scored a second-half winner at the Dell.",
    ],
)
def test_timex_a_match_half_is_no_half_year(text: str) -> None:
    assert not any(v and "-H" in v for v in values(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales will slow in the second half of this year.", "2023-H2"),
        ("Sales slowed in the second half of the year.", "2023-H2"),
        ("Sales slowed in last year's first half.", "2022-H1"),
    ],
)
def test_timex_a_half_with_its_year_is_a_half_year(text: str, expected: str) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Rovers slipped to third on a day when their rivals won.",
        "For the visitors, a night of misery ended with a red card.",
        "It was a day of mourning in the valley.",
    ],
)
def test_timex_an_occasion_is_no_duration(text: str) -> None:
    assert not any(ty == "DURATION" for _t, ty, _v in timexes(text))


def test_timex_a_day_measured_is_still_a_duration() -> None:
    assert ("a day", "DURATION", "P1D") in timexes("The repair took a day.")


@pytest.mark.parametrize(
    "text",
    [
        "The full-back was soon turned inside out by the winger.",
        "The trickle of visitors soon became a flood.",
    ],
)
def test_timex_soon_told_in_the_past_is_no_future(text: str) -> None:
    assert "FUTURE_REF" not in values(text)


def test_timex_soon_told_ahead_is_future() -> None:
    assert "FUTURE_REF" in values("The ferry will sail again soon.")


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Speaking outside the hall this lunchtime, she said she would stay.", ANCHOR, "2023-11-16"),
        ("She spoke to reporters yesterday lunchtime.", ANCHOR, "2023-11-15"),
        ("Speaking outside the hall this lunchtime, she said she would stay.", None, None),
    ],
)
def test_timex_this_lunchtime_is_the_day(text: str, anchor: str | None, expected: str | None) -> None:
    found = timexes(text, anchor)
    assert [(ty, v) for t, ty, v in found if "lunchtime" in t] == [("DATE", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense verb and its named object: the weekend to come (Thursday's report: Nov 18-19)
        ("Rovers face Dunmore at the weekend, and the board has backed the coach.", "2023-W46-WE"),
        ("Dunmore host Rovers on Saturday.", "2023-11-18"),
        # told in the past: the weekend gone
        ("There were signs of life in the loss to Dunmore at the weekend, but Rovers were poor.", "2023-W45-WE"),
    ],
)
def test_timex_at_the_weekend_follows_the_tense(text: str, expected: str) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said on a Thursday: the Friday of the week after, not tomorrow
        ("A new chair should be in place by next Friday.", "2023-11-24"),
        ("The ferry sails on Friday.", "2023-11-17"),
        ("The ferry sails this coming Friday.", "2023-11-17"),
        ("The ferry sails next Tuesday.", "2023-11-21"),
    ],
)
def test_timex_next_weekday_said_the_day_before(text: str, expected: str) -> None:
    assert expected in values(text)


def test_dating_dateline_day_takes_the_season_year() -> None:
    text = (
        "Calder, October 21: Rovers have sacked their coach after a poor start to the 2031-32 campaign, "
        "the club said.\n\nThe coach arrived last November from Dunmore."
    )
    meta = infer_published(Article(id="d", text=text))
    assert (meta.value, meta.method) == ("2031-10-21", "dateline")
    again = extract_timexes(Article(id="d", text=text, published=meta))
    assert [t.value for t in again if t.text == "last November"] == ["2030-11"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date early in the year falls in the season's second year
        (
            "Calder, February 3: Rovers have sacked their coach after a poor run in the 2031-32 season, "
            "the club said.",
            "2032-02-03",
        ),
        # a full date needs no season
        ("Calder, October 21, 2031: Rovers have sacked their coach after a poor start, the club said.", "2031-10-21"),
    ],
)
def test_dating_dateline_day(text: str, expected: str) -> None:
    assert infer_published(Article(id="d", text=text)).value == expected


@pytest.mark.parametrize(
    "text",
    [
        # no season: the year is unknown
        "Calder, October 21: Rovers have sacked their coach after a poor start, the club said.",
        # April to June: a fiscal "2031-32" would put it in the first year, a season in the second
        "Calder, May 2: Rovers have sacked their coach after a poor 2031-32 season, the club said.",
        # a season gone by says nothing of the report's year
        "Calder, October 21: Rovers have sacked their coach, their worst since the 2018-19 season.",
    ],
)
def test_dating_dateline_day_without_a_year_stays_open(text: str) -> None:
    meta = infer_published(Article(id="d", text=text))
    assert meta.method != "dateline"
