"""The shared month and weekday patterns: each variant takes what its readers rely on, and no more."""

from __future__ import annotations

import re

from storyline.calendar_words import (
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    month_openings,
    month_spellings,
    month_word,
    weekday_abbreviation_or_name,
    weekday_stems,
    weekday_word,
)


def _whole(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile("(?:" + pattern + ")", flags)


def test_full_names_take_every_name_and_no_abbreviation() -> None:
    assert all(_whole(MONTH_NAMES).fullmatch(m) for m in MONTHS)
    assert all(_whole(WEEKDAY_NAMES).fullmatch(d) for d in WEEKDAYS)
    assert not _whole(MONTH_NAMES).fullmatch("Sept")
    assert not _whole(WEEKDAY_NAMES).fullmatch("Wed")


def test_month_word_takes_abbreviations_with_or_without_their_period() -> None:
    word = _whole(month_word())
    assert [bool(word.fullmatch(w)) for w in ("Sept.", "Sep", "Jan.", "May", "May.", "Mayday")] == [
        True, True, True, True, False, False,
    ]
    # in a date the period goes with the abbreviation: "Sept. 15" reads as "Sept." then the day
    assert re.match(rf"(?:{month_word()}) \d+", "Sept. 15 in Corvane").group(0) == "Sept. 15"


def test_weekday_word_takes_shortened_weekdays() -> None:
    word = re.compile(weekday_word())
    assert [bool(word.fullmatch(w)) for w in ("Thurs.", "Tue", "Friday", "Fr")] == [True, True, True, False]


def test_stamp_weekdays_take_a_name_or_its_abbreviation_without_a_period() -> None:
    stamp = re.compile(weekday_abbreviation_or_name(lower=True))
    assert [bool(stamp.fullmatch(w)) for w in ("wed", "wednesday", "thurs", "thursday", "sat", "wed.", "we")] == [
        True, True, True, True, True, False, False,
    ]


def test_month_openings_take_a_name_whole_or_cut() -> None:
    cut = re.compile(month_openings(lower=True) + r"[a-z]*\.?")
    assert [bool(cut.fullmatch(w)) for w in ("sept.", "september", "dec", "marlow", "spring")] == [
        True, True, True, True, False,
    ]


def test_weekday_stems_take_whole_weekdays_only() -> None:
    stems = re.compile(weekday_stems())
    assert stems.fullmatch("Wednesday")
    assert not stems.fullmatch("Wed")


def test_month_spellings_differ_only_where_their_parameters_say() -> None:
    strict = _whole(month_spellings(lower=True))
    loose = _whole(month_spellings(lower=True, loose_september=True))
    no_may = _whole(month_spellings(may=False))
    assert all(strict.fullmatch(w) and loose.fullmatch(w) for w in ("sep", "sept", "september", "june", "jun"))
    assert loose.fullmatch("sepember")
    assert not strict.fullmatch("sepember")
    assert no_may.fullmatch("June")
    assert not no_may.fullmatch("May")
