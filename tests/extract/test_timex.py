"""Time expressions: recognition, spans and TIMEX3 values, on sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue

# Wednesday 2024-03-13; the ISO week is 2024-W11
ANCHOR = "2024-03-13"


def timexes(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, published=MetaValue(value=anchor))
    found = extract_timexes(article)
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor resigned on Wednesday.", ("Wednesday", "DATE", "2024-03-13")),
        ("The council met on Monday.", ("Monday", "DATE", "2024-03-11")),
        ("The vote will take place on Friday.", ("Friday", "DATE", "2024-03-15")),
        # a passive participle ("be held") is no past tense: the "will" before it tells the time
        ("The vote will be held on Friday.", ("Friday", "DATE", "2024-03-15")),
        ("The funeral is expected to be held on Friday.", ("Friday", "DATE", "2024-03-15")),
        # "due to" a noun phrase is "because of", no schedule
        (
            "Crews could not reach the hikers, who were from overseas, due to the thick fog on Monday, "
            "Deputy Park Warden Ana Obi said.",
            ("Monday", "DATE", "2024-03-11"),
        ),
        ("The report is due on Friday.", ("Friday", "DATE", "2024-03-15")),
        ("The plan was first leaked last Wednesday.", ("last Wednesday", "DATE", "2024-03-06")),
        ("Officials will meet next Tuesday.", ("next Tuesday", "DATE", "2024-03-19")),
        ("Traders were nervous last week.", ("last week", "DATE", "2024-W10")),
        ("Talks resume next week.", ("next week", "DATE", "2024-W12")),
        ("Prices rose sharply last month.", ("last month", "DATE", "2024-02")),
        ("The storm hit the coast last year.", ("last year", "DATE", "2023")),
        ("Sales doubled this year.", ("this year", "DATE", "2024")),
        ("The bridge reopened yesterday.", ("yesterday", "DATE", "2024-03-12")),
        ("The results come out tomorrow.", ("tomorrow", "DATE", "2024-03-14")),
        ("The ruling came out today.", ("today", "DATE", "2024-03-13")),
        ("In January, the firm cut jobs.", ("January", "DATE", "2024-01")),
        ("In November, the firm closed two plants.", ("November", "DATE", "2023-11")),
        ("The museum will open in June.", ("June", "DATE", "2024-06")),
        ("The agency said in a December report that costs rose.", ("December", "DATE", "2023-12")),
        ("The treaty was signed on July 4, 1990.", ("July 4, 1990", "DATE", "1990-07-04")),
        ("The treaty was signed on 4 July 1990.", ("4 July 1990", "DATE", "1990-07-04")),
        ("The ship sank in August 2019.", ("August 2019", "DATE", "2019-08")),
        ("The paper reported on March 5 that talks had stalled.", ("March 5", "DATE", "2024-03-05")),
        ("The court hears the case on Aug. 12.", ("Aug. 12", "DATE", "2024-08-12")),
        ("The company was founded in 1998.", ("1998", "DATE", "1998")),
        ("Two years ago the plant closed.", ("Two years ago", "DATE", "2022")),
        ("The strike began three days ago.", ("three days ago", "DATE", "2024-03-10")),
        ("The flight lasted more than nine hours.", ("more than nine hours", "DURATION", "PT9H")),
        ("The siege went on for two weeks.", ("two weeks", "DURATION", "P2W")),
        ("The lights flickered for a second before the blast.", ("a second", "DURATION", "PT1S")),
        ("Output fell over the past three months.", ("the past three months", "DURATION", "P3M")),
        # "last" as a verb stays out of the span
        ("The talks are expected to last a week.", ("a week", "DURATION", "P1W")),
        ("The truce won't last two days.", ("two days", "DURATION", "P2D")),
        ("Output fell over the last two weeks.", ("the last two weeks", "DURATION", "P2W")),
        ("He signed a five-year contract.", ("five-year", "DURATION", "P5Y")),
        ("For well over a decade, the pact held.", ("well over a decade", "DURATION", "P10Y")),
        ("The paper is printed daily.", ("daily", "SET", "P1D")),
        ("The board meets every month.", ("every month", "SET", "P1M")),
        ("Demand is strong now.", ("now", "DATE", "PRESENT_REF")),
        ("Prices have recently eased.", ("recently", "DATE", "PAST_REF")),
        ("Rates will fall in the near future.", ("the near future", "DATE", "FUTURE_REF")),
        ("Revenue grew in the third quarter.", ("the third quarter", "DATE", "2024-Q3")),
        ("The blast was heard at 10:35 a.m.", ("10:35 a.m.", "TIME", "2024-03-13T10:35")),
        ("The mayor spoke this morning.", ("this morning", "TIME", "2024-03-13TMO")),
        ("Fans gathered last night.", ("last night", "TIME", "2024-03-12TNI")),
        ("Crowds gathered over the weekend.", ("the weekend", "DATE", "2024-W10-WE")),
        ("Exports slumped in the 1990s.", ("the 1990s", "DATE", "199")),
        ("The bank reopened last summer.", ("last summer", "DATE", "2023-SU")),
        # a span of days is dated by its first day
        ("The strike of February 23-24 closed the port.", ("February 23-24", "DATE", "2024-02-23")),
        ("Polls taken May 3-5, 2021 showed a lead.", ("May 3-5, 2021", "DATE", "2021-05-03")),
    ],
)
def test_timex_values(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are already in discussions with the alliance.",
        "The plan is part of the NATO 2030 agenda.",
        "Vision 2030 sets out the kingdom's goals.",
        "The Covid-19 pandemic slowed trade.",
        "All 31 members must agree.",
        "Theresa May said the deal was done.",
        "Officials may decide to extend the program.",
        "The fund paid $2030 in fees.",
        "The price rose 2020 points.",
        "Protesters will march on the capital.",
        # "a second" before a noun is an ordinal
        "A second man has died on the mountain.",
        "Tickets cost $5\n\nA second climber fell on the ridge.",
        "She won a second term in office.",
        # a four-digit figure is no year before "hrs", nor a time without a zone
        "The alert went out at 1915 hrs.",
        "The plant employs 1742 workers.",
        # a colon figure without a zone or a preposition of time is no clock time (a verse, a score)
        "The pastor read Matthew 10:34 aloud.",
        "The score stood at 3:16 in the last set.",
        "She ran the course in 2:05:33 flat.",
    ],
)
def test_timex_look_alikes_are_not_times(text: str) -> None:
    assert timexes(text) == []


def test_timex_without_anchor_keeps_written_dates_and_leaves_the_rest_open() -> None:
    found = timexes("The deal, signed on June 29, 2022, was confirmed on Wednesday and last week.", None)
    assert ("June 29, 2022", "DATE", "2022-06-29") in found
    assert ("Wednesday", "DATE", "XXXX-WXX-3") in found
    # a week told from the report's unknown day is TIMEX3's week of unknown date (``timex_undated.open_weeks``)
    assert ("last week", "DATE", "XXXX-WXX") in found


def test_timex_month_day_without_anchor_is_underspecified() -> None:
    assert timexes("The paper reported on May 3 that talks began.", None) == [("May 3", "DATE", "XXXX-05-03")]


def test_timex_accepts_datetime_anchor() -> None:
    assert timexes("The bridge reopened yesterday.", "2024-03-13T08:30:00Z") == [
        ("yesterday", "DATE", "2024-03-12")
    ]


def test_timex_spans_follow_timebank_without_prepositions() -> None:
    found = timexes("She said on Wednesday that in April sales fell.")
    assert [t[0] for t in found] == ["Wednesday", "April"]


def test_timex_iso_week_crosses_the_year() -> None:
    assert timexes("Markets slid last week.", "2021-01-06") == [("last week", "DATE", "2020-W53")]


def test_timex_iso_date_in_text() -> None:
    assert timexes("Filed 2021-02-28 with the court.") == [("2021-02-28", "DATE", "2021-02-28")]


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "February 30 and 31 September", "On Feb. 29 the leap day came.", "9" * 500, "May May May"],
)
def test_timex_odd_text_does_not_crash(text: str) -> None:
    for anchor in (ANCHOR, "2023-03-01", None, "not a date"):
        article = Article(id="o", text=text, published=MetaValue(value=anchor))
        for t in extract_timexes(article):
            assert 0 <= t.span.start < t.span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # broadcast transcripts read years out as words
        ("Keating was convicted in nineteen ninety-one.", [("nineteen ninety-one", "DATE", "1991")]),
        ("January nineteen ninety-seven. Atlanta again.", [("January nineteen ninety-seven", "DATE", "1997-01")]),
        ("The promise was to halve it by the year two thousand.", [("the year two thousand", "DATE", "2000")]),
        ("Nineteen people were hurt.", []),
        # a fiscal year named by its last day: a one-year span
        (
            "Revenue was $9 million in the year ended March 31.",
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2024-03-31")],
        ),
        # "Daily" inside a name is not a set
        ("A photo by Ann Lee/Northfield Daily Post.", []),
        # "will remain closed until Friday": "closed" is no past tense after "remain"
        ("The school will remain closed until Friday.", [("Friday", "DATE", "2024-03-15")]),
    ],
)
def test_timex_spelled_years_fiscal_years_and_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


# look-alikes found reading real reports: none of these is a time the text tells
@pytest.mark.parametrize(
    "text",
    [
        "Officers stopped a 2009 grey Ford Focus on the ring road.",
        "The suspect fled in a 2015 Toyota pickup.",
        "Crowds in the square witnessed the fall of the old regime.",
        "The climber survived the fall.",
        "She was remembered as the spring of the movement.",
        "Scouts gathered at the Winter Meetings in Port Alder.",
        "He trained at the Lakeside Summer Theater for a season.",
        "The page at https://news.example.org/2019-04-02/harbour-closure was taken down.",
    ],
)
def test_timex_refuses_look_alikes(text: str) -> None:
    assert [t for t in timexes(text) if t[1] == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle that only names what happened keeps its year
        ("It stemmed from a 2012 car crash on the coast road.", ("2012", "DATE", "2012")),
        ("The ferry will sail in the fall.", ("the fall", "DATE", "2024-FA")),
        ("Posted Tue, 16 Aug 2011", ("Tue, 16 Aug 2011", "DATE", "2011-08-16")),
        # the figure after the month is a clock time, not a year: the day and its time are one expression
        ("Service was back as of 4 November 02:00 GMT.", ("4 November 02:00 GMT", "TIME", "2023-11-04T02:00")),
    ],
)
def test_timex_real_report_shapes(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted from the date the text last named, not from the report's date
        ("The mill closed in 1983. Two years later, the town bought it.", ("Two years later", "DATE", "1985")),
        (
            "The guard was shot on June 24, 2005 while tracing a robbery four days earlier.",
            ("four days earlier", "DATE", "2005-06-20"),
        ),
        # a date too coarse for the unit gives no value rather than a guess
        ("The mill closed in 1983. Four days later, the town bought it.", ("Four days later", "DATE", None)),
        # nothing named before: the report's date is the reference
        ("Profit rose to $4 million from $3 million a year earlier.", ("a year earlier", "DATE", "2023")),
        # a day without its year in the sentence of a full date takes that date's year
        (
            "The guard was shot June 24, 2005 while tracing a June 20 robbery.",
            ("June 20", "DATE", "2005-06-20"),
        ),
    ],
)
def test_timex_narrative_anchoring(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "am"/"pm" glued to the figure
        ("The siren sounded at 12:42pm near the depot.", ("12:42pm", "TIME", "2024-03-13T12:42")),
        ("The siren sounded at 12:42 pm near the depot.", ("12:42 pm", "TIME", "2024-03-13T12:42")),
        ("Gates open at 9am for the fair.", ("9am", "TIME", "2024-03-13T09:00")),
        ("The ferry left at 10p.m. with 40 aboard.", ("10p.m.", "TIME", "2024-03-13T22:00")),
        # minutes after a dot, as British reports write them
        ("The vigil began at 7.30pm outside the hall.", ("7.30pm", "TIME", "2024-03-13T19:30")),
        # 24-hour times with a zone: the zone stays in the span, the value keeps the clock as written
        ("Trading halted at 1745 GMT.", ("1745 GMT", "TIME", "2024-03-13T17:45")),
        ("The ship docked at 1852 HKT.", ("1852 HKT", "TIME", "2024-03-13T18:52")),
        ("The ferry cast off at 17:42 GMT.", ("17:42 GMT", "TIME", "2024-03-13T17:42")),
        ("The rocket lifted off at 17:42 UTC.", ("17:42 UTC", "TIME", "2024-03-13T17:42")),
        ("Polls opened at 0900 GMT in the north.", ("0900 GMT", "TIME", "2024-03-13T09:00")),
        ("The patrol reported in at 0900Z.", ("0900Z", "TIME", "2024-03-13T09:00")),
        ("The rally began at 1:42 p.m. ET and ran late.", ("1:42 p.m. ET", "TIME", "2024-03-13T13:42")),
        ("The rally began at 1742 ET and ran late.", ("1742 ET", "TIME", "2024-03-13T17:42")),
        ("The depot shuts at 17:00 on weekdays.", ("17:00", "TIME", "2024-03-13T17:00")),
        ("The probe landed at 17:42:05 UTC.", ("17:42:05 UTC", "TIME", "2024-03-13T17:42:05")),
        # a clock time that names no day is one expression with the day written next to it
        ("Service was back as of 4 November 02:00 GMT.", ("4 November 02:00 GMT", "TIME", "2023-11-04T02:00")),
        ("The barge sank on March 2 at 17:42 GMT.", ("March 2 at 17:42 GMT", "TIME", "2024-03-02T17:42")),
        # a year stays a year where a two-letter zone could be another word
        ("In 2010 CT scans became routine.", ("2010", "DATE", "2010")),
    ],
)
def test_timex_clock_times(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # Tuesday 2025-04-08, ISO week 2025-W15: "this weekend" is the weekend of the report's week (a
        # reporting verb does not send it back); "last" and "next" weekend the weeks before and after, as
        # "last week" and "next week" are
        ("The regatta is set for this weekend.", "2025-04-08", ("this weekend", "DATE", "2025-W15-WE")),
        (
            "The club said volunteers can clear the dunes this weekend.",
            "2025-04-10",
            ("this weekend", "DATE", "2025-W15-WE"),
        ),
        ("The market stalls opened this weekend.", "2025-04-13", ("this weekend", "DATE", "2025-W15-WE")),
        ("The choir sang in the square last weekend.", "2025-04-08", ("last weekend", "DATE", "2025-W14-WE")),
        ("The choir sang in the square last weekend.", "2025-04-13", ("last weekend", "DATE", "2025-W14-WE")),
        ("The choir sings in the square next weekend.", "2025-04-08", ("next weekend", "DATE", "2025-W16-WE")),
        # the nearest weekend that way
        ("The fair opens this coming weekend.", "2025-04-08", ("this coming weekend", "DATE", "2025-W15-WE")),
        ("Crowds came this past weekend.", "2025-04-08", ("this past weekend", "DATE", "2025-W14-WE")),
        # a Monday report's "this weekend" told in the past is the one just gone
        ("Protests this weekend were peaceful.", "2025-04-07", ("this weekend", "DATE", "2025-W14-WE")),
        ("Protests this weekend will be peaceful.", "2025-04-07", ("this weekend", "DATE", "2025-W15-WE")),
    ],
)
def test_timex_weekends(text: str, anchor: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in timexes(text, anchor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tuesday 2025-04-08: the verb that governs a bare weekday tells which way it lies
        ("It'll go on Saturday, the organiser said.", "2025-04-12"),
        ("They’ll sail on Saturday, the skipper said.", "2025-04-12"),
        ("\u201cWe\u2019ll be meeting on Friday,\u201d the mayor said.", "2025-04-11"),
        # a noun that opens a reported clause takes that clause's verb, not the reporting verb
        ("Officials said a meeting on Saturday between the two mayors would focus on river tolls.", "2025-04-12"),
        # inside a quotation the speaker's present tense counts, not the "said" outside it
        ("\"On Saturday, there's a meeting with the growers,\" she said.", "2025-04-12"),
        ("The envoy will be in Lisbon on Saturday.", "2025-04-12"),
        # news writes the present tense for a day to come
        ("The talks resume Saturday.", "2025-04-12"),
        ("The strike starts on Saturday, the union says.", "2025-04-12"),
        ("The final is on Saturday.", "2025-04-12"),
        ("There's a vigil for the miners on Saturday.", "2025-04-12"),
        ("A march is planned for Saturday.", "2025-04-12"),
        ("The hearing is set for Saturday.", "2025-04-12"),
        # past verbs keep the day behind
        ("The envoys met on Saturday.", "2025-04-05"),
        ("The minister said Saturday that talks had stalled.", "2025-04-05"),
        ("A meeting on Saturday was cancelled.", "2025-04-05"),
        ("The blaze on Saturday destroyed two barns.", "2025-04-05"),
        ("\"The plan is sound,\" she said on Saturday.", "2025-04-05"),
        # a present tense that is no schedule: a state after the day, a noun, a clock's "am"
        ("The man who died on Saturday is the third victim.", "2025-04-05"),
        ("There are fears after the attack on Saturday.", "2025-04-05"),
        ("The club got off to a rocky start Saturday, when two players were sent off.", "2025-04-05"),
        ("The doors opened at 8.40am on Saturday.", "2025-04-05"),
    ],
)
def test_timex_weekday_direction_follows_the_governing_verb(text: str, expected: str) -> None:
    # a weekday with its clock time ("8.40am on Saturday") is one TIME expression: its day is the one checked
    found = [t for t in timexes(text, "2025-04-08") if t[0].endswith(("Saturday", "Friday"))]
    assert len(found) == 1
    assert (found[0][2] or "").split("T")[0] == expected
