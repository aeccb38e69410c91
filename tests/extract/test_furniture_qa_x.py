"""Datelines and a headline read as Indian newspapers print them (QA round X).

- two places sharing one dateline in capitals, joined by a slash ("NEW DELHI/VARNAGAR:");
- a site with its district in brackets glued to it ("Korvel Pass(Darnisk):");
- a headline opening with "Photos:" is the headline, not a photo credit; a real "Photo:" credit stays one.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _furniture(text: str, *, parsed: bool = False) -> list[tuple[str, str]]:
    doc = parse(text) if parsed else None
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text), doc)]


@pytest.mark.parametrize(
    ("lede", "dateline"),
    [
        ("NEW DELHI/VARNAGAR: After a long 17-day ordeal, all 41 workers were pulled out of the tunnel.",
         "NEW DELHI/VARNAGAR:"),
        ("Korvel Pass(Darnisk): After a 17-day ordeal, the crews were able to pull out all 41 workers here.",
         "Korvel Pass(Darnisk):"),
    ],
)
def test_furniture_qa_x_datelines_of_two_places_and_of_a_site_with_its_district(lede: str, dateline: str) -> None:
    text = "Workers rescued after 17 days\n\n" + lede + "\n"
    assert ("dateline", dateline) in _furniture(text, parsed=True)


def test_furniture_qa_x_an_agency_in_brackets_is_no_district() -> None:
    text = "Workers rescued\n\nKorvel Pass(Reuters): After a 17-day ordeal, the crews pulled out all 41 workers.\n"
    assert ("dateline", "Korvel Pass(Reuters):") not in _furniture(text, parsed=True)


def test_furniture_qa_x_a_headline_opening_with_photos_is_the_headline() -> None:
    text = (
        "Photos: Workers trapped inside the Korvel tunnel rescued\n\n"
        "A nation breathed a sigh of relief as 41 workers were finally rescued on Tuesday.\n"
    )
    assert _furniture(text)[0] == ("heading", "Photos: Workers trapped inside the Korvel tunnel rescued")


@pytest.mark.parametrize("tag", ["Photo: Getty Images/Jane Roe", "Photo: Jane Roe for The Marsh Ledger"])
def test_furniture_qa_x_a_photo_credit_naming_its_source_stays_a_credit(tag: str) -> None:
    text = "A nation breathed a sigh of relief as 41 workers were finally rescued on Tuesday.\n\n" + tag + "\n"
    assert ("credit", tag) in _furniture(text)
