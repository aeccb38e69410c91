"""A paragraph's first word is no sentence of its own when a lower-case word follows it on the line ("OrvaneX has
lost contact with ...", blind review AT #17): the parser, after a title line without a full stop, may cut the
subject off its verb, and the fact then reads "has lost contact ..." with no one who did.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.nlp.pipeline import parse


@pytest.mark.parametrize(
    "text",
    [
        "OrvaneX loses contact with Skylark mega-rocket after explosion during second test flight\n\n"
        "OrvaneX has lost contact with its Skylark mega rocket following an explosion during its second test "
        "flight from north Velm.\n\nThe two-stage rocket arced out over the bay after lifting off from its pad.",
        "OrvaneX loses contact with Skylark mega-rocket after explosion during second test flight\n\n"
        "OrvaneX has lost contact with its Skylark mega rocket following an explosion during its second test "
        "flight from north Velm.\n",
    ],
)
def test_pipeline_a_paragraphs_first_word_stays_with_its_verb(text: str) -> None:
    second = text.split("\n\n")[1]
    start = text.index(second)
    sentence = next(s for s in parse(text).sents if s.start_char <= start < s.end_char)
    assert sentence.start_char == start
    assert sentence.text.strip().endswith(second.strip()[-20:])


def test_pipeline_a_one_word_paragraph_is_still_its_own_sentence() -> None:
    text = "Update\n\nThe coast guard said the ferry reached Norport late on Sunday.\n"
    starts = {s.start_char for s in parse(text).sents}
    assert text.index("The coast") in starts
