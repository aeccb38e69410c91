"""QA round AC: a story that tells one span of days twice, by its dates in one report ("talks from March 6 through
March 10") and by its weekdays in another ("four days of talks from Monday in Varn, ... on Friday"), places
its weekdays in that span, with no year: "signed on Friday" is XXXX-03-10.

Only a weekday that lies in the span, told of the past or with no tense, and only when the two spans are as
long as each other and tell of one thing. Every text here is written for these tests; no sentence comes from a
real report.
"""

from __future__ import annotations

from brief.fixtures import filed_sentences

_DATES = (
    "The accord came after talks that took place from March 6 through March 10 in Varn, the Osterra wire "
    "service reported.",
    (("March 6", "XXXX-03-06"), ("March 10", "XXXX-03-10")),
)
_WEEKDAYS = (
    "Envoys from Osterra and Pellin held four days of talks from Monday in Varn, signing a joint statement "
    "on Friday.",
    (("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")),
)
_LATER = (
    "Pellin's parliament said on Friday that it welcomed the accord. Its speaker will visit Varn on Monday. "
    "The envoys had met once before, on Saturday.",
    (("Friday", "XXXX-WXX-5"), ("Monday", "XXXX-WXX-1"), ("Saturday", "XXXX-WXX-6")),
)



def test_timeline_weekdays_of_a_span_told_by_dates_take_its_days() -> None:
    filed = filed_sentences(_DATES, _WEEKDAYS, _LATER)
    assert ("XXXX-03-06", "Envoys from ") in filed  # "from Monday"
    assert ("XXXX-03-10", "Envoys from ") in filed  # "signing ... on Friday"
    assert ("XXXX-03-10", "Pellin's par") in filed  # "said on Friday"
    assert ("XXXX-03-06", "The accord c") in filed
    assert not any(v == "XXXX-WXX-5" for v, _ in filed)


def test_timeline_a_weekday_outside_the_span_or_to_come_keeps_its_value() -> None:
    filed = filed_sentences(_DATES, _WEEKDAYS, _LATER)
    assert ("XXXX-WXX-6", "The envoys h") in filed  # "on Saturday": no day of March 6 to 10
    assert ("XXXX-WXX-1", "Its speaker ") in filed  # "will visit Varn on Monday"


def test_timeline_spans_of_different_lengths_place_nothing() -> None:
    dates = (_DATES[0].replace("March 10", "March 11"), (("March 6", "XXXX-03-06"), ("March 11", "XXXX-03-11")))
    filed = filed_sentences(dates, _WEEKDAYS)
    assert ("XXXX-WXX-1", "Envoys from ") in filed
    assert ("XXXX-WXX-5", "Envoys from ") in filed


def test_timeline_spans_that_tell_of_different_things_place_nothing() -> None:
    dates = (
        "The Varn film festival ran from March 6 through March 10.",
        (("March 6", "XXXX-03-06"), ("March 10", "XXXX-03-10")),
    )
    weekdays = (
        "Dock workers in Pellin held a strike from Monday, returning to work on Friday.",
        (("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")),
    )
    filed = filed_sentences(dates, weekdays)
    assert ("XXXX-WXX-1", "Dock workers") in filed
    assert ("XXXX-WXX-5", "Dock workers") in filed


def test_timeline_day_in_span_is_the_one_day_of_that_weekday() -> None:
    from storyline.brief.timeline_ranges import DaySpan, day_in_span

    talks = DaySpan(first=(3, 6), days=4, weekday=0)
    assert day_in_span(talks, 4) == "XXXX-03-10"
    assert day_in_span(talks, 0) == "XXXX-03-06"
    assert day_in_span(talks, 5) is None
    # across February's end the day after February 28 is February 29 or March 1, as the year is: no day
    assert day_in_span(DaySpan(first=(2, 27), days=3, weekday=0), 2) is None
