"""A clip's quotation right under a broadcast transcript's marker that names who speaks ("[Sound bite: Name
(language)]") is that person's words (blind QA round AX: a president's televised address was left Unattributed).
Every text here is invented."""

from __future__ import annotations

from quote_helpers import run

_TEXT = (
    "Norland mourns after the harbour crush\n\n"
    "President Mara Quell addressed the nation on Sunday morning.\n\n"
    "[Sound bite: President Mara Quell (Norlandic-English)]\n"
    "\"I express my deepest condolences to the families of the victims. I ask every citizen to stand with them "
    "in the days ahead, and I promise a full inquiry into what went wrong at the harbour.\"\n\n"
    "Officials said the inquiry would open next week.\n"
)


def _speaker_of(text: str, words: str) -> str | None:
    found = [q for q in run(text) if words in q.text]
    assert len(found) == 1
    return found[0].speaker


def test_a_clip_under_a_sound_bite_marker_is_the_named_speaker_s() -> None:
    assert _speaker_of(_TEXT, "deepest condolences") == "Mara Quell"


def test_the_marker_names_the_clip_s_speaker_not_the_one_named_last() -> None:
    text = _TEXT.replace("President Mara Quell addressed", "President Mara Quell and Minister Ivo Sarn addressed")
    assert _speaker_of(text, "deepest condolences") == "Mara Quell"


def test_a_clip_under_a_marker_naming_no_one_stays_unattributed() -> None:
    text = _TEXT.replace("[Sound bite: President Mara Quell (Norlandic-English)]", "[Applause]")
    assert _speaker_of(text, "deepest condolences") is None
