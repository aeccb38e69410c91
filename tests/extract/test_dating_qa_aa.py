"""A day the news has lasted since ("held since Saturday, October 7") in a story with no year: it is no day the
story's weekdays are counted from (QA round AA: every "Friday" of a release became the Friday before the
kidnapping, and "next week" an ISO week number).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from timex_helpers import story_values as _story

# fictional: two climbers held by a militia in the Orvan hills, told by three outlets
HELD = (
    "Two climbers, Ada and Pim Varell, who were held by the Orvan militia since Saturday, October 7, have been "
    "handed over to the Red Crescent, a mediator confirmed on Friday."
)
FREED = (
    "The climbers were freed on Friday by the militia. They had been camping near Lake Orvan when the militia "
    "seized them on October 7. Their uncle said both would be home next week."
)
MET = "Officials met the two Friday evening at the border. A guide announced their capture Thursday night."


def test_dating_qa_aa_since_day_dates_no_weekday() -> None:
    held, freed, met = _story(HELD, FREED, MET)
    assert held["Saturday, October 7"] == "XXXX-10-07"
    # which Friday after October 7 is not told: never the Friday before it
    assert held["Friday"] == "XXXX-WXX-5"
    assert freed["Friday"] == "XXXX-WXX-5"
    assert met["Friday evening"] == "XXXX-WXX-5TEV"
    assert met["Thursday night"] == "XXXX-WXX-4TNI"


def test_dating_qa_aa_no_week_number_from_a_since_day() -> None:
    _held, freed, _met = _story(HELD, FREED, MET)
    assert freed["next week"] == "XXXX-WXX"


def test_dating_qa_aa_day_of_the_news_still_anchors() -> None:
    # the same pair told as the day of the news still ties the weekdays to it
    told = HELD.replace("who were held by the Orvan militia since Saturday, October 7,", "who were held by the "
                        "Orvan militia,").replace("on Friday", "on Saturday, October 7")
    told_values, _freed, met = _story(told, FREED, MET)
    assert told_values["Saturday, October 7"] == "XXXX-10-07"
    assert met["Friday evening"] == "XXXX-10-06TEV"
