"""QA round U: time words of a title, a year naming a contract, a day restated from an event, a year-less week.

"NBC's “The Tonight Show Starring ...”" is a programme, not tonight; "a new 2023 MBA" names a contract and
says nothing of when the report was written (TimeBank still marks the year, as it does "the 1996 law");
"on Saturday evening, a day after the quake" is Saturday, not a length of a day; and "this week" in a story
whose "Sunday (Sept. 24)" ties its weekdays to the calendar is that week, its number kept where every year of
that calendar numbers it alike.
"""

from __future__ import annotations

import pytest
from timex_helpers import story_values

from storyline.brief.timeline import build_timeline
from storyline.extract.dating import infer_published
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue

DATED = MetaValue(value="2031-05-14")


def _values(text: str, published: MetaValue = DATED) -> dict[str, str | None]:
    return {t.text: t.value for t in extract_timexes(Article(id="r0", text=text, published=published))}


@pytest.mark.parametrize(
    "text",
    [
        # fictional programmes on fictional channels
        "Shows including Lumen TV’s “The Tonight Show Starring Pella Rusk” could return within days.",
        'The anchor left "Good Morning Varnholt" after ten years.',
        "She hosts Saturday Night Live on Corvane One.",
        "He joined the Today show as a weather presenter.",
        "Sunday Morning with Ida Brenn drew its best ratings.",
        "The station renamed its late bulletin “Tonight in Harlow”.",
    ],
)
def test_timex_qa_u_time_word_of_a_title_is_no_time(text: str) -> None:
    values = _values(text)
    assert not any(w in values for w in ("Tonight", "Morning", "Today", "Saturday Night", "Sunday Morning")), values


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("WESTPORT (Rell) — Tonight the council votes on the harbour plan.", "Tonight", "2031-05-14TNI"),
        ('"Tonight we rest," the coach, Ana Velde, said.', "Tonight", "2031-05-14TNI"),
        ("He said: “Tomorrow we vote.”", "Tomorrow", "2031-05-15"),
        ("Flood Warning Issued For Harlow Tonight", "Tonight", "2031-05-14TNI"),  # a headline's capitals
        ("The vote, he said, is “Monday”.", "Monday", "2031-05-19"),
        ("Residents left their homes on Saturday night.", "Saturday night", "2031-05-10TNI"),
    ],
)
def test_timex_qa_u_time_word_capitalised_where_it_may_be_stays_a_time(text: str, words: str, value: str) -> None:
    assert _values(text)[words] == value


# fictional: the crew guild of Harlow settles its contract
GUILD = (
    '"We have reached a tentative agreement on a new 2031 crew contract," the Harlow Crew Guild said in a '
    "statement on Sunday."
)


def test_timex_qa_u_year_naming_a_contract_is_marked_but_dates_nothing() -> None:
    art = Article(id="r0", text=GUILD, published=MetaValue())
    assert _values(GUILD, MetaValue())["2031"] == "2031"  # TimeBank marks "the 1996 law" too
    assert infer_published(art).low is None  # no bound on the report's date
    analysis = Analysis(article="r0", version="t", timexes=extract_timexes(art))
    entries = build_timeline([art], [analysis])
    assert not any(e.value == "2031" for e in entries)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The court said in a statement released on Saturday evening, a day after the quake.", DATED, "2031-05-10"),
        ("The court said in a statement released on Saturday evening, a day after the quake.", MetaValue(),
         "XXXX-WXX-6"),
        ("Crews reached Tarvo on Thursday, a day after the slide.", DATED, "2031-05-08"),
    ],
)
def test_timex_qa_u_day_after_an_event_restating_a_day_is_that_day(
    text: str, published: MetaValue, value: str
) -> None:
    found = {t.text: t for t in extract_timexes(Article(id="r0", text=text, published=published))}
    assert found["a day"].type == "DATE"
    assert found["a day"].value == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A day after the quake, crews reached the valley.", "A day"),  # alone: a length, as TimeBank marks it
        ("Crews resumed work on Friday, nearly two months after the slide.", "nearly two months"),  # longer
    ],
)
def test_timex_qa_u_length_from_an_event_alone_stays_a_duration(text: str, words: str) -> None:
    found = {t.text: t for t in extract_timexes(Article(id="r0", text=text, published=DATED))}
    assert found[words].type == "DURATION"


def test_timex_qa_u_week_of_a_year_less_story_keeps_its_number() -> None:
    # fictional: Sept. 24 is a Sunday; the Monday before, Sept. 18, opens week 38 in every such year
    pair, later = story_values(
        "As reported on Sunday (Sept. 24), the Harlow Crew Guild settled.",
        "The guild settled late Sunday. Members could vote this week.",
    )
    assert pair["Sunday"] == "XXXX-09-24"
    assert later["late Sunday"] == "XXXX-09-24"
    assert later["this week"] == "XXXX-W38"  # was XXXX-WXX


def test_timex_qa_u_week_of_a_year_less_story_whose_number_varies_stays_open() -> None:
    # Sept. 26 a Sunday: its week opens on Sept. 20, week 38 in a leap year and 39 in a common one
    _pair, later = story_values(
        "As reported on Sunday (Sept. 26), the Harlow Crew Guild settled.",
        "The guild settled late Sunday. Members could vote this week.",
    )
    assert later["late Sunday"] == "XXXX-09-26"
    assert later["this week"] == "XXXX-WXX"


def test_timex_qa_u_week_from_a_dateline_with_its_weekday() -> None:
    text = "HARLOW, Monday, July 22 (Rell) -- The crew guild will vote this week, its chair said."
    assert _values(text, MetaValue())["this week"] == "XXXX-W30"
