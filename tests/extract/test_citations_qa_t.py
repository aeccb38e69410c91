"""Outlet credits from QA round T: a local station named with its channel number ("told Harbour 9" is no such
credit, "told Telemundo 44" is), and a programme named in quotation marks before its anchor."""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.model import Article


def _cites(text: str) -> list[tuple[str, str, str]]:
    article = Article(id="a", text=text)
    return [(c.cites, c.kind, text[c.credited.start : c.credited.end]) for c in extract_citations(article, None, ())]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The ferry owner did not name the crew, but Rosa Calder told Telemundo 44 her brother, a deckhand, is "
         "one of them.", "Telemundo 44"),
        ("Ines Marlow told Channel 4 on Monday that the pier at Velm would stay shut for a week.", "Channel 4"),
        ("Ines Marlow told 11 News that the pier at Velm would stay shut for a week.", "11 News"),
        ("Ines Marlow told Fox 5 his son was safe after the pier at Velm gave way.", "Fox 5"),
    ],
)
def test_citations_a_station_named_with_its_channel_number_is_credited(text: str, outlet: str) -> None:
    assert [c[0] for c in _cites(text)] == [outlet]


def test_citations_a_count_after_a_network_is_no_channel_number() -> None:
    # "told NBC 4 people": a count of people, not the station NBC 4
    assert "NBC 4" not in [c[0] for c in _cites("The harbour master told NBC 4 people had been pulled out.")]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the show opens with its network's name: the network's newsroom is credited
        ("\"We will bring them home,\" Halden told 'CBS Mornings' anchor Petra Lowe.", "CBS News"),
        ("Halden told NBC's \u201cSunday Desk\u201d host Petra Lowe that the dam at Velm would hold.", "NBC News"),
        # a show no list knows is credited by its own name
        ("Halden told the 'Harbour Hour' host Petra Lowe that the dam at Velm would hold.", "Harbour Hour"),
    ],
)
def test_citations_a_programme_in_quotation_marks_before_its_anchor_is_credited(text: str, outlet: str) -> None:
    found = _cites(text)
    assert [c[0] for c in found] == [outlet]
    assert "Petra Lowe" not in found[0][0]


def test_citations_the_quote_before_a_programme_credit_is_what_is_credited() -> None:
    text = "\"We will bring them home to their families,\" Halden told 'CBS Mornings' anchor Petra Lowe."
    assert _cites(text)[0][2] == "We will bring them home to their families"


@pytest.mark.parametrize(
    "text",
    [
        "Taking to X, Halden wrote that he had quit the harbour board.",
        "Halden told the council on a call over Google Meet that he had quit.",
        "Halden told 'the truth' to the board, he said.",
        "The harbour master told Petra Lowe 12 boats had sunk.",
    ],
)
def test_citations_platforms_people_and_quoted_words_are_no_outlets(text: str) -> None:
    assert _cites(text) == []
