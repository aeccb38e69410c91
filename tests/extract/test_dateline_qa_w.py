"""A dateline that names its country in square brackets, news-agency style (QA round W): "Calder [Norland],
October 21:" is furniture, so no quote, fact or timeline entry starts on "[Norland], October 21:"."""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Calder [Norland], October 21: The flood toll could reach 2,000 in the valley alone, the mayor said.",
         "Calder [Norland], October 21:"),
        ("New Calder [Norland], 21 October (NPA): The council voted on Tuesday to close the old bridge.",
         "New Calder [Norland], 21 October (NPA):"),
    ],
)
def test_dateline_qa_w_a_bracketed_country_stays_in_the_dateline(text: str, dateline: str) -> None:
    assert _found(text) == [("dateline", dateline)]


def test_dateline_qa_w_a_bracketed_aside_without_a_date_is_no_dateline() -> None:
    assert _found("Calder [Norland]: The flood toll could reach 2,000 in the valley alone, the mayor said.") == []
