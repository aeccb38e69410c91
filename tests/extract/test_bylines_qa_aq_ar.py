"""Bylines and subheadings of blind QA rounds AQ (#16, #17) and AR (#24).

- A byline with the day of the report beside it ("by Mara Quell | Oct 4, 2024") is furniture, no fact and no event
  of the timeline, and its day dates the report (method "byline", the day's span as evidence).
- A byline that names an outlet alone ("By: Harbour 7", "By Reuters", "By Velm Courier Staff") names the report's
  own outlet; one that names a person ("By Mara Quell", "By Emily Post") names none.
- A subheading that quotes a phrase of the text below and says where ("'Wide damage' in Port Alder") is a
  heading, not the report's text; a short sentence opening on a quotation is not.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.dating import infer_published
from storyline.extract.furniture import find_furniture
from storyline.ingest.meta import byline_names_outlet, infer_outlet
from storyline.model import Article

BODY = (
    "The Velm dock union has agreed to pause its strike for a large pay rise, three days after it shut the "
    "harbour.\n\n"
    "Union leaders said the deal would be put to a vote of members next month.\n\n"
    "Shipping lines said the first vessels would be unloaded on Friday."
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


@pytest.mark.parametrize(
    "byline",
    [
        "by Mara Quell | Oct 4, 2024",
        "By Mara Quell · October 4, 2024",
        "By: Mara Quell - 4 October 2024",
        "By Mara Quell on October 4, 2024",
        "By: Harbour 7 | Oct 4, 2024",
    ],
)
def test_a_dated_byline_is_furniture_and_dates_the_report(byline: str) -> None:
    text = f"Velm dock strike ends days after it began\n\n{byline}\n\n{BODY}"
    assert ("byline", byline) in _kinds(text)
    published = infer_published(Article(id="a", text=text))
    assert published.value == "2024-10-04"
    assert published.inferred
    assert published.method == "byline"
    (span,) = published.evidence
    assert "4" in text[span.start : span.end]
    assert text[span.start : span.end] in byline


@pytest.mark.parametrize(
    "line", ["October 4, 2024: the day the harbour shut", "Harbour Fair, October 4, 2024", "Velm Docks - Oct 4, 2024"]
)
def test_a_dated_heading_is_no_byline(line: str) -> None:
    text = f"Velm dock strike ends days after it began\n\n{line}\n\n{BODY}"
    assert infer_published(Article(id="a", text=text)).method != "byline"
    assert ("byline", line) not in _kinds(text)


def test_a_byline_naming_an_outlet_with_its_day_gives_both() -> None:
    text = f"Velm dock workers reach deal, ending strike\n\nBy: Harbour 7 | Oct 4, 2024\n\n{BODY}"
    article = Article(id="a", text=text)
    assert infer_outlet(article).outlet.value == "Harbour 7"
    assert infer_published(article).value == "2024-10-04"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By: Harbour 7", "Harbour 7"),
        ("By Reuters", "Reuters"),
        ("By Velm Courier Staff", "Velm Courier"),
        ("BY: VELM DAILY NEWS", "VELM DAILY NEWS"),
    ],
)
def test_a_byline_naming_an_outlet_names_the_reports_outlet(byline: str, outlet: str) -> None:
    text = f"Velm dock workers reach deal, ending strike\n\n{byline}\n\n{BODY}"
    article = infer_outlet(Article(id="a", text=text))
    assert article.outlet.value == outlet
    assert article.outlet.inferred
    assert article.outlet.method == "byline"
    assert article.outlet.evidence
    assert ("byline", byline) in _kinds(text)


@pytest.mark.parametrize("byline", ["By Mara Quell", "By: Emily Post", "By Olek Sun", "By Quell"])
def test_a_byline_naming_a_person_names_no_outlet(byline: str) -> None:
    text = f"Velm dock workers reach deal, ending strike\n\n{byline}\n\n{BODY}"
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("Harbour 7", True), ("The Velm Star", True), ("Velm Gazette", True), ("Mara Sun", False),
     ("Emily Post", False), ("Mara Quell", False), ("Quell", False)],
)
def test_byline_names_outlet(name: str, outlet: bool) -> None:
    assert byline_names_outlet(name) is outlet


def test_a_quoted_phrase_and_a_place_between_paragraphs_is_a_heading() -> None:
    heading = "'Wide damage' in Port Alder"
    text = (
        "Second blast rocks Port Alder plant\n\n"
        "A second explosion rocked the Alder Chemicals plant on Wednesday, officials said.\n\n"
        f"{heading}\n\n"
        "Residents near the plant said windows were blown out across three streets."
    )
    assert ("heading", heading) in _kinds(text)


@pytest.mark.parametrize("line", ["'Help' arrived in Port Alder", "‘Calm’ returned to Port Alder on Thursday"])
def test_a_short_sentence_opening_on_a_quote_is_no_heading(line: str) -> None:
    text = (
        "Second blast rocks Port Alder plant\n\n"
        "A second explosion rocked the Alder Chemicals plant on Wednesday, officials said.\n\n"
        f"{line}\n\n"
        "Residents near the plant said windows were blown out across three streets."
    )
    assert all(seg != line for _, seg in _kinds(text))


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Mara Quell, Harbour Gazette", "Harbour Gazette"),
        ("By Mara Quell and Olek Varn, CNN", "CNN"),
        ("By MARA QUELL and OLEK VARN Associated Press", "AP"),
    ],
)
def test_an_outlet_closing_a_reporters_byline_names_the_reports_outlet(byline: str, outlet: str) -> None:
    text = f"Velm dock workers reach deal, ending strike\n\n{byline}\n\n{BODY}"
    article = infer_outlet(Article(id="a", text=text))
    assert (article.outlet.value, article.outlet.method) == (outlet, "byline")


@pytest.mark.parametrize(
    "byline", ["By Mara Quell, Chief Reporter", "By Mara Quell, Olek Varn", "By Mara Quell, Olek Post"]
)
def test_a_title_or_a_second_reporter_after_the_comma_is_no_outlet(byline: str) -> None:
    text = f"Velm dock workers reach deal, ending strike\n\n{byline}\n\n{BODY}"
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None
