"""QA round W: a programme named like a day, a clock time before a weekday and its date, irregular past verbs.

"he told Vell News' "Today" program" and "in an interview with KVR’s 'Today.'" name a programme: a common
time word quoted alone after an outlet's possessive or a word that takes a name, or before "program", is no
time, while a quoted "Today" that is speech stays one. "as of noon Friday, July 19" is the month and day with
their clock time, as "noon Friday" and "July 19 at noon" are. "The flood swept away the pier on Monday" tells
the past: "swept" is a past verb as "struck" is.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values

from storyline.extract.timex_tense import tense_direction


@pytest.mark.parametrize(
    "text",
    [
        '"We are sorry for the delays," he told Vell News\' "Today" program.',
        "Mr Orvane said it in an interview with KVR’s 'Today.'",
        "Mr Orvane said it in an interview with KVR’s “Tonight”.",
        "She spoke about the strike on “Today” on Monday morning.",
        'The mayor appeared on the "Tonight" show to talk about the flood.',
    ],
)
def test_timex_qa_w_quoted_programme_is_no_time(text: str) -> None:
    found = text_values(text, "2031-05-14")
    assert not [phrase for phrase, _value in found if phrase.lower() in ("today", "tonight")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('Asked when the gates open, the warden said: "Today."', "Today"),
        ("Today, the Velmora pier is quiet.", "Today"),
        ("“Today we open the Velmora gates,” the warden said.", "Today"),
    ],
)
def test_timex_qa_w_quoted_day_word_that_is_speech_stays_a_time(text: str, phrase: str) -> None:
    assert (phrase, "2031-05-14") in text_values(text, "2031-05-14")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Ferries had resumed as of noon Friday, May 16, the port said.", "noon Friday, May 16", "2031-05-16T12:00"),
        ("Ferries will resume at 3 p.m. Friday, July 18.", "3 p.m. Friday, July 18", "2031-07-18T15:00"),
        ("Ferries resumed at noon Friday, the port said.", "noon Friday", "2031-05-16T12:00"),
    ],
)
def test_timex_qa_w_clock_time_before_weekday_and_date(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in text_values(text, "2031-05-17")


@pytest.mark.parametrize("verb", ["swept", "shook", "froze", "overran"])
def test_timex_qa_w_irregular_past_verb_looks_back(verb: str) -> None:
    text = f"The flood {verb} the Orvell pier on Monday."
    start = text.index("Monday")
    assert tense_direction(text, start, start + len("Monday")) == -1
