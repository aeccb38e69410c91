"""Datelines a page's copy left in odd shapes (QA rounds AL and AM): a place in capitals glued by a hyphen to the
lede's first word ("NEW YORK-Velmar Oil agreed ..."), and a comma left before the agency's bracket ("HALVERN,
Ore., (AP) - ..."). Each is furniture, so the place is no fact's and no name's start. A compound in capitals
("US-led") or a pair of places ("NORLAND-VELMIA talks") stays text.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.furniture import find_furniture
from storyline.model import Article

_TITLE = "Velmar Oil to buy Corran Fields\n\n"
_TAIL = "\n\nThe companies expect the deal to close next spring.\n"


def _datelines(text: str) -> list[str]:
    found = find_furniture(Article(id="a", text=text))
    return [text[f.span.start : f.span.end] for f in found if f.kind == "dateline"]


def test_dateline_qa_al_a_place_glued_to_the_ledes_first_word() -> None:
    text = _TITLE + ("NEW YORK-Velmar Oil agreed to buy Corran Fields for about $4 billion, the companies announced."
                     + _TAIL)
    assert _datelines(text) == ["NEW YORK-"]


def test_dateline_qa_al_a_pair_of_places_in_capitals_is_no_dateline() -> None:
    text = _TITLE + "NORLAND-VELMIA talks on the harbour deal broke down on Monday, officials said." + _TAIL
    assert _datelines(text) == []


def test_dateline_qa_am_a_comma_before_the_agencys_bracket() -> None:
    text = _TITLE + ("HALVERN, Ore., (AP) - Velmar Oil said it will pay at least $2 billion to settle the harbour "
                     "lawsuits." + _TAIL)
    assert _datelines(text) == ["HALVERN, Ore., (AP) -"]
