"""The brief's fallback sentence split (analyses made without sentences): a title's or a clock's period ends no
sentence (blind QA round R #13: "Since approximately 6:30 p.m. Sunday, a drastic ..." was cut after "p.m.")."""

from __future__ import annotations

import pytest

from storyline.brief.text import sentences_of
from storyline.model import Article


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences_of(Article(id="a", text=text), None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since about 6:30 p.m. Sunday, a change was seen in a tank. At 9 p.m. Sunday, Chief Ruiz spoke.",
         ["Since about 6:30 p.m. Sunday, a change was seen in a tank.", "At 9 p.m. Sunday, Chief Ruiz spoke."]),
        ("The gates shut at 7 a.m. toward the pier. Ferries ran again.",
         ["The gates shut at 7 a.m. toward the pier.", "Ferries ran again."]),
        ("Gov. Ana Ruiz ordered the evacuation. Residents left.",
         ["Gov. Ana Ruiz ordered the evacuation.", "Residents left."]),
        # a clock time ending its sentence still ends it
        ("The tank cooled at 5 p.m. The next day the crews left.",
         ["The tank cooled at 5 p.m.", "The next day the crews left."]),
    ],
)
def test_text_sentences_a_title_or_a_clock_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
