"""QA round T: weekdays after a story's anchor day.

A weekday written beside its month and day takes that day, even when it comes after the day the report is
dated on ("on Saturday (Nov 18)" in a report dated Friday, Nov 17 was the Saturday before, Nov 11); a part
of the day between them keeps the pair ("on Wednesday morning, March 27, that" anchored nothing); and a
report is not dated where one of its weekdays would land a week before the story's days ("Wednesday morning
the Coast Guard called off its search" in a story of Tuesday, March 26 was March 20).
"""

from __future__ import annotations

from timex_helpers import story_values

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue

# fictional: a dam at Brennock fails; the water board's account, then a wire copy
DAM_BOARD = (
    "The dam at Brennock failed on Thursday (June 12), the water board said. "
    "Crews on Friday (June 13) began pumping the flooded fields dry, the board added."
)
DAM_WIRE = "Villages below the Brennock dam were cleared on Thursday, officials said."
# fictional: a bridge at Dunmere closes; the mayor speaks the day after
BRIDGE_MAYOR = (
    "DUNMERE: The mayor of Dunmere, Ola Vesk, announced on Thursday morning, June 12, that the old bridge "
    "would stay shut until inspectors had finished."
)
BRIDGE_WIRE = "The old bridge at Dunmere was closed on Wednesday after a crack was found, a council engineer said."
# fictional: a ferry sinks off Holm on a Tuesday; a later report tells of the search called off the next day
FERRY_WIRE = "The ferry Tarn sank off Holm on Tuesday (June 10), the coast guard said."
FERRY_LATER = (
    "The ferry Tarn sank off Holm Tuesday morning with nine crew aboard.\n\n"
    "Wednesday morning the coast guard called off its search for the crew, saying the sea was too rough.\n\n"
    '"We spent time with the families earlier today," said the harbour master, Ivo Carran.'
)


def test_timex_qa_t_weekday_beside_a_later_month_and_day_takes_that_day() -> None:
    board, wire = story_values(DAM_BOARD, DAM_WIRE)
    assert board["Thursday"] == "XXXX-06-12"
    assert board["Friday"] == "XXXX-06-13"  # was XXXX-06-06, the Friday before
    assert wire["Thursday"] == "XXXX-06-12"


def test_timex_qa_t_weekday_beside_a_later_month_and_day_in_a_dated_report() -> None:
    art = Article(id="r0", text=DAM_BOARD, published=MetaValue(value="2025-06-12"))
    values = {t.text: t.value for t in extract_timexes(art)}
    assert values["Friday"] == "2025-06-13"
    assert values["June 13"] == "2025-06-13"


def test_timex_qa_t_weekday_beside_a_month_and_day_that_disagree_keeps_its_own_reading() -> None:
    # June 14, 2025 is a Saturday: the written day and the weekday do not agree, nothing is moved
    text = "Crews on Friday (June 14) began pumping the fields dry, the board said."
    art = Article(id="r0", text=text, published=MetaValue(value="2025-06-16"))
    assert {t.text: t.value for t in extract_timexes(art)}["Friday"] == "2025-06-13"


def test_timex_qa_t_part_of_day_between_weekday_and_month_day_anchors_thestory_values() -> None:
    mayor, wire = story_values(BRIDGE_MAYOR, BRIDGE_WIRE)
    assert mayor["Thursday morning"] == "XXXX-06-12TMO"
    assert wire["Wednesday"] == "XXXX-06-11"  # was XXXX-WXX-3: nothing anchored the story


def test_timex_qa_t_weekday_after_the_story_day_is_not_read_a_week_back() -> None:
    wire, later = story_values(FERRY_WIRE, FERRY_LATER)
    assert wire["Tuesday"] == "XXXX-06-10"
    assert later["Tuesday morning"] == "XXXX-06-10TMO"
    assert later["Wednesday morning"] == "XXXX-06-11TMO"  # was XXXX-06-04TMO
    assert later["earlier today"] == "XXXX-06-11"


def test_timex_qa_t_weekday_a_few_days_before_the_story_day_stays_there() -> None:
    text = "The ferry Tarn was inspected on Saturday and passed. It sank off Holm on Tuesday morning."
    _wire, later = story_values(FERRY_WIRE, text)
    assert later["Saturday"] == "XXXX-06-07"
    assert later["Tuesday morning"] == "XXXX-06-10TMO"
