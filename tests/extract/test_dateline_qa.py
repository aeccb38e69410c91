"""Dateline shapes a blind reading of real reports found missing: a place and a date closed by a colon.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract import dateline
from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Calder, October 21: Rovers have sacked their coach after a poor start to the season.",
            [("dateline", "Calder, October 21:")],
        ),
        (
            "Port Vesta, Oct 21, 2031: The council voted on Tuesday to close the old bridge.",
            [("dateline", "Port Vesta, Oct 21, 2031:")],
        ),
        (
            "New Calder, 21 October (PTI): The council voted on Tuesday to close the old bridge.",
            [("dateline", "New Calder, 21 October (PTI):")],
        ),
        # a title line first: the lede after it
        (
            "Rovers sack coach\n\nCalder, October 21: Rovers have sacked their coach after a poor start.",
            [("heading", "Rovers sack coach"), ("dateline", "Calder, October 21:")],
        ),
        # no date: a heading's or a speaker's colon
        ("Calder: Rovers have sacked their coach after a poor start to the season.", []),
        ("Mr Obi, October 21: not a place at all.", []),
        # a known place in title case with a spaced colon; an unknown one or an unspaced colon stays text
        (
            "Paris : Defending champion Calder kicked its way to a fourth title on Saturday.",
            [("dateline", "Paris :")],
        ),
        ("Calder : Defending champion Rovers kicked their way to a fourth title on Saturday.", []),
        ("Paris: Defending champion Calder kicked its way to a fourth title on Saturday.", []),
        # a later paragraph is no lede
        ("Rovers lost again on Saturday, the club said.\n\nCalder, October 21: The coach has gone, the club said.", []),
    ],
)
def test_dateline_closed_by_a_colon(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_dateline_closed_by_a_colon_names_its_agency() -> None:
    text = "New Calder, 21 October (PTI): The council voted on Tuesday to close the old bridge."
    found = dateline.in_lede(text, [(0, len(text))])
    assert found is not None
    assert found.agency == "PTI"
    assert text[found.agency_start : found.agency_end] == "PTI"


SLUGGED = (
    "Dock workers walked out across Nordvale on Monday over a pay freeze.\n\n"
    "Harbour PressEurope: The port authority said 4,000 staff had stopped work by noon, and ferries were held."
)


def test_dateline_a_site_name_glued_to_a_section_word_is_a_slug() -> None:
    start = SLUGGED.index("Harbour")
    found = dateline.slug(SLUGGED, start, len(SLUGGED))
    assert found is not None
    assert found.slug
    assert found.agency == "Harbour Press"
    assert SLUGGED[found.start : found.end] == "Harbour PressEurope:"
    assert ("dateline", "Harbour PressEurope:") in _found(SLUGGED)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Press: The port authority said 4,000 staff had stopped work by noon.",  # no section glued on
        "Janet McAllisterWorld: The port authority said 4,000 staff had stopped work by noon.",  # no outlet word
        "Harbour PressEurope: a note in lower case follows the colon here and there.",
    ],
)
def test_dateline_no_slug_without_a_glued_section_or_an_outlet_name(line: str) -> None:
    assert dateline.slug(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI: The city council voted on Friday to close the old fish market by June.", [("dateline", "NAIROBI:")]),
        ("NEW DELHI: Rail unions called off a strike after talks ran late at night.", [("dateline", "NEW DELHI:")]),
        # an interview's speaker in capitals has the shape, but is no place
        ("MORLAND: Thank you all for coming to the hall on such a cold evening.", []),
    ],
)
def test_dateline_a_known_place_in_capitals_and_a_colon_opens_the_lede(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected
