"""Publication dates: inferred from a report's own text, then settled across the reports of a story."""

from __future__ import annotations

import dataclasses

import pytest

from storyline.extract.dating import infer_published, refine_story, year_settled
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue

# a fictional story: a port strike reported by two outlets in autumn 2021
HARBOUR_A = (
    "Dock workers walked out on Monday, the union told the Courier in an interview. "
    "The dispute began in October 2020, when the port operator froze wages. "
    "The Gazette first reported on Nov. 3 that a strike was likely. "
    "Managers met the union on Nov. 4, the operator said."
)
HARBOUR_B = (
    "Dock workers walked out on Monday, union leaders said. "
    "The Gazette first broke the news last Wednesday. "
    "Cranes stood idle last week as talks stalled."
)


def _article(id_: str, text: str, published: MetaValue | None = None) -> Article:
    return Article(id=id_, text=text, published=published or MetaValue())


def test_dating_infers_year_from_written_dates_and_day_from_weekday() -> None:
    meta = infer_published(_article("a", HARBOUR_A))
    assert meta.inferred
    assert meta.method == "text-dates"
    # Nov. 4 falls in 2021 (the year after the last month written with its year); the first Monday
    # on or after it is 2021-11-08
    assert meta.value == "2021-11-08"
    assert meta.low == "2021-11-04"
    # 2021 is the earliest year the text allows, not one it names: nothing bounds the date from above
    assert meta.high is None
    assert not year_settled(meta)
    assert meta.evidence


def test_dating_without_written_year_gives_no_value() -> None:
    meta = infer_published(_article("b", HARBOUR_B))
    assert meta.inferred
    assert meta.value is None


def test_dating_explicit_past_date_is_only_a_lower_bound() -> None:
    # a date written with its year is often an old one: it bounds the date but does not give it
    meta = infer_published(_article("c", "The ministry said on March 2, 2019 that the plant had closed."))
    assert meta.value is None
    assert meta.low == "2019-03-02"


def test_dating_future_dates_do_not_bound_from_below() -> None:
    meta = infer_published(_article("d", "The new line will open in 2031, officials hope."))
    assert meta.value is None


def _story(*articles: Article) -> tuple[list[Article], list[Analysis]]:
    prepared = []
    for a in articles:
        if not a.published.known:
            a = dataclasses.replace(a, published=infer_published(a))
        prepared.append(a)
    analyses = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in prepared]
    return refine_story(prepared, analyses)


def test_dating_story_dates_a_report_from_its_sibling() -> None:
    arts, anas = _story(_article("a", HARBOUR_A), _article("b", HARBOUR_B))
    b = arts[1]
    # B's "last Wednesday" is A's Nov. 3 (a Wednesday) only when B is dated 2021-11-08..09; its "Monday"
    # is A's Monday only on 2021-11-08
    assert b.published.value == "2021-11-08"
    assert b.published.inferred
    assert b.published.method == "story"
    values = {t.text: t.value for t in anas[1].timexes}
    assert values["last Wednesday"] == "2021-11-03"
    assert values["Monday"] == "2021-11-08"
    assert values["last week"] == "2021-W44"


def test_dating_story_never_changes_a_given_date() -> None:
    given = MetaValue(value="2021-11-09", inferred=False)
    arts, _ = _story(_article("a", HARBOUR_A), _article("b", HARBOUR_B, given))
    assert arts[1].published == given


def test_dating_story_keeps_order_and_length() -> None:
    a, b = _article("a", HARBOUR_A), _article("b", HARBOUR_B)
    arts, anas = _story(b, a)
    assert [x.id for x in arts] == ["b", "a"]
    assert [x.article for x in anas] == ["b", "a"]


def test_dating_story_of_one_report_is_unchanged() -> None:
    arts, anas = _story(_article("b", HARBOUR_B))
    assert arts[0].published.value is None
    assert len(anas) == 1


def test_dating_story_without_shared_days_takes_the_siblings_date_with_a_range() -> None:
    given = MetaValue(value="2021-11-09", inferred=False)
    other = _article("c", "The harbour board is considering new cranes, a spokesman said.")
    arts, _ = _story(_article("a", HARBOUR_B, given), other)
    meta = arts[1].published
    assert meta.value == "2021-11-09"
    assert meta.inferred
    assert (meta.low, meta.high) == ("2021-11-02", "2021-11-16")


def test_dating_story_narrows_a_text_inferred_date_within_its_bounds() -> None:
    # B is given as Tuesday 2021-11-09: its "Monday" is 2021-11-08, the Monday A also names
    given = MetaValue(value="2021-11-09", inferred=False)
    arts, anas = _story(_article("a", HARBOUR_A), _article("b", HARBOUR_B, given))
    assert arts[0].published.value == "2021-11-08"
    assert arts[0].published.inferred
    assert {t.text: t.value for t in anas[0].timexes}["Monday"] == "2021-11-08"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the first weekday on or after the latest recent day told without a year, when a day told without a
        # year is news of the day (a statement made on it)
        ("Shares fell on Friday, traders said. The index peaked in March 2015, analysts said on June 2.", "2016-06-03"),
        ("The minister spoke on Tuesday. Unions reported on Aug. 30 that a deal signed in May 2018 had lapsed.",
         "2019-09-03"),
        # a day that names an old event may be of any year: no date (the year after the written one held for
        # 2 of 14 such reports on PolNeAR train)
        ("Shares fell on Friday, traders said. The index peaked in March 2015 and again on June 2.", None),
        ("The minister spoke on Tuesday. Talks stalled on Aug. 30; a deal was signed in May 2018.", None),
        ("She began her term on July 1, 2030. She resigned on Tuesday after a hearing on Dec. 5.", None),
    ],
)
def test_dating_from_text_cases(text: str, value: str | None) -> None:
    assert infer_published(_article("x", text)).value == value


def test_dating_deadlines_and_named_years_are_no_lower_bound() -> None:
    text = (
        "A review recommended replacing the chains by the end of 2026. "
        "The review's 2026 deadline was set long ago, and help stayed open until April 30."
    )
    meta = infer_published(_article("e", text))
    assert meta.value is None
    assert meta.low is None


def test_dating_a_date_written_with_and_without_its_year_is_this_year() -> None:
    # the caption writes the day in full; the body drops the year: the year written is the current one
    text = (
        "Floodwater reached 14 homes on March 4, the fire service said. The order was lifted on Thursday.\n"
        "Water pours through the gate on March 4, 2025. A Photographer/The Paper\n"
        "Speaking at a meeting on Monday night, the engineer apologised."
    )
    meta = infer_published(_article("f", text))
    # Monday night after March 4 is 2025-03-10; the report came out the next day at the earliest
    assert meta.value == "2025-03-11"
    assert meta.low == "2025-03-04"


def test_dating_story_weighs_the_day_the_story_names_most() -> None:
    # "yesterday" and "Tuesday's" both land on the day every other report names when A is a Wednesday;
    # on the Friday, "yesterday" would only meet B's Thursday, named once
    a = _article("a", "The gate failed early yesterday. Tuesday's failure frightened families.")
    b = _article(
        "b",
        "The gate failed on March 4, officials said. Water reached homes on March 4. "
        "The order was lifted on Thursday, the council said.\nPhoto taken on March 4, 2025.",
        MetaValue(value="2025-03-11", inferred=False),
    )
    c = _article("c", "A gate gave way on Tuesday, officials said.", MetaValue(value="2025-03-04", inferred=False))
    arts, anas = _story(a, b, c)
    assert arts[0].published.value == "2025-03-05"
    assert arts[0].published.method == "story"
    assert {t.text: t.value for t in anas[0].timexes}["early yesterday"] == "2025-03-04"


@pytest.mark.parametrize(
    ("head", "value"),
    [
        ("Published: March 14, 2019", "2019-03-14"),
        ("POSTED: 0950 GMT (1750 HKT), March 14, 2019", "2019-03-14"),
        ("Updated 3/14/2019 6:04 PM", "2019-03-14"),
        ("First Posted 23:37:00 14/03/2019", "2019-03-14"),
        ("7:00pm UK, Thursday 14 March 2019", "2019-03-14"),
        ("March 14, 2019-7:07AM", "2019-03-14"),
        ("Thursday, March 14, 2019 | 5:00 PM", "2019-03-14"),
    ],
)
def test_dating_publication_stamp_at_the_head_of_the_text(head: str, value: str) -> None:
    text = f"Ferry strike shuts the harbour\n\n{head}\n\nDock workers walked out on Monday, the union said."
    meta = infer_published(_article("x", text))
    assert (meta.value, meta.inferred, meta.method) == (value, True, "stamp")
    (evidence,) = meta.evidence
    assert value[:4] in text[evidence.start : evidence.end]


@pytest.mark.parametrize(
    "text",
    [
        # a numeric date that reads both ways is no stamp
        "Ferry strike shuts the harbour\n\nUpdated 3/4/2019\n\nDock workers walked out on Monday.",
        # a dated heading that says something is no stamp
        "March 14, 2019: the day the harbour closed\n\nDock workers walked out on Monday.",
        # a date deep in the body is no stamp
        "Dock workers walked out.\n\nThey met.\n\nThey left.\n\nThey returned.\n\nThey voted.\n\nThey sang.\n\n"
        "March 14, 2019\n\nThe strike goes on.",
    ],
)
def test_dating_no_stamp(text: str) -> None:
    assert infer_published(_article("x", text)).method != "stamp"


def test_dating_story_keeps_a_stamped_date() -> None:
    stamped = _article("b", "Published: November 12, 2021\n\n" + HARBOUR_B)
    arts, _ = _story(_article("a", HARBOUR_A, MetaValue(value="2021-11-09", inferred=False)), stamped)
    assert (arts[1].published.value, arts[1].published.method) == ("2021-11-12", "stamp")


def test_dating_late_evening_stamp_may_move_one_day_with_its_story() -> None:
    # a page stamped late in the evening about an event the other report puts on the next day
    stamped = _article(
        "s",
        "Ferry runs aground\n\nPublished 11:40 PM, Nov. 7, 2021\n\nA ferry ran aground on Monday, "
        "the coastguard said. The Courier first reported the grounding on Nov. 8.",
    )
    assert infer_published(stamped).high == "2021-11-08"
    morning = _article("m", "Ferry runs aground\n\nPublished 9:10 AM, Nov. 7, 2021\n\nA ferry ran aground.")
    meta = infer_published(morning)
    assert (meta.value, meta.high) == ("2021-11-07", "2021-11-07")
    other = _article("o", "A ferry ran aground on Monday, Nov. 8, the coastguard said.")
    arts, _anas = _story(stamped, other)
    assert arts[0].published.value == "2021-11-08"
    arts, _anas = _story(morning, other)
    assert arts[0].published.value == "2021-11-07"  # a daytime stamp stays put


def test_dating_weekday_with_month_day_picks_the_year_it_falls_in() -> None:
    # news style puts the undated "Jan. 29" after March 2020, in 2021: Jan. 29, 2021 is a Friday, as written
    text = (
        "The ferry line was sold in March 2020. "
        "The board met on Friday, Jan. 29, to approve the new timetable. "
        "Protesters gathered at the pier on Tuesday, organisers said."
    )
    meta = infer_published(_article("p", text))
    assert meta.low == "2021-01-29"
    assert meta.value == "2021-02-02"  # the first Tuesday on or after Jan. 29, 2021
    assert not year_settled(meta)  # 2021 fits; so would a later year the text does not rule out


def test_dating_weekday_with_month_day_does_not_pick_a_later_year_it_falls_in() -> None:
    # after March 2019, Jan. 29 was a Wednesday in 2020 and a Friday in 2021, 2027: a fit two
    # or more years on is as likely a coincidence as the report's year, so the report stays undated
    text = (
        "The ferry line was sold in March 2019. "
        "The board met on Friday, Jan. 29, to approve the new timetable. "
        "Protesters gathered at the pier on Tuesday, organisers said."
    )
    meta = infer_published(_article("p", text))
    assert meta.value is None
    assert meta.low == "2019-03-01"


def test_dating_an_old_day_named_twice_does_not_settle_the_year() -> None:
    # "Sept. 11" and "Sept. 11, 2001" are one old day, not this year's: the report is from 2001 or later
    text = (
        "The senator clashed on Monday with the former president over the attacks of Sept. 11, 2001. "
        "He said the Sept. 11 attacks had shaped his view of the region."
    )
    meta = infer_published(_article("s", text))
    assert meta.low is not None
    assert meta.low.startswith("2001")
    assert meta.high is None
    assert not year_settled(meta)


def test_dating_story_keeps_an_assumed_year_open() -> None:
    # A's year is the earliest its text allows; B, dated from A alone, knows no more
    arts, _ = _story(_article("a", HARBOUR_A), _article("b", HARBOUR_B))
    assert arts[1].published.value == "2021-11-08"
    assert arts[1].published.high is None
    assert not year_settled(arts[1].published)


def test_dating_story_from_a_given_date_settles_the_year() -> None:
    given = MetaValue(value="2021-11-09", inferred=False)
    arts, _ = _story(_article("a", HARBOUR_A), _article("b", HARBOUR_B, given))
    assert arts[0].published.method == "story"
    assert year_settled(arts[0].published)
    assert year_settled(given)
    assert not year_settled(MetaValue())


def test_dating_written_date_on_the_weekday_the_report_names_dates_it() -> None:
    # "on Wednesday" beside a written Wednesday, March 6, 2024: the report tells of that day's events
    text = (
        "A ferry ran aground on Wednesday off the northern cape, the harbour board said.\n\n"
        "— Harbour Radio (@harbourradio) March 6, 2024\n\n"
        "Divers reached the hull on Wednesday evening."
    )
    meta = infer_published(Article(id="a", text=text))
    assert meta.value == "2024-03-06"
    assert meta.low == "2024-03-06"
    assert meta.high == "2024-03-12"


def test_dating_a_weekday_written_with_the_date_itself_says_nothing_more() -> None:
    text = "The pier opened on Wednesday, March 6, 2024, after two years of work."
    assert infer_published(Article(id="a", text=text)).value is None


def test_dating_story_keeps_a_report_that_names_another_weekday_near_the_story() -> None:
    # the story's reports say the board approved the crane deal on Friday, 2021-11-12; one copy says Saturday.
    # Dated on the Friday, its Saturday would be a week back; from the Saturday on, it is the day after
    given = MetaValue(value="2021-11-12", inferred=False)
    first = _article("a", "The harbour board approved the crane deal on Friday, a spokesman said.", given)
    other = _article("b", "The harbour board on Saturday approved the long-awaited crane deal.")
    arts, anas = _story(first, other)
    assert arts[1].published.value == "2021-11-13"
    assert [(t.text, t.value) for t in anas[1].timexes] == [("Saturday", "2021-11-13")]
