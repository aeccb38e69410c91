"""Bylines of blind QA round AI: a reporter's name with the outlet beside it or alone on the line below ("Mara
Quell" over "HARBOUR TIMES") names the report's own outlet and is furniture; a live blog entry's byline with its
day and time ("Mara Quell 14 June 2023 09:01") is furniture wherever it stands; and "the agency said" after such a
byline is a body of the story speaking, no credit of the newspaper.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.extract.furniture import find_furniture, timed_byline
from storyline.ingest.meta import infer_outlet
from storyline.model import Article, MetaValue
from storyline.nlp.pipeline import parse

BODY = (
    "Health officials are looking into a cluster of stomach illnesses linked to a brand of oat bars.\n\n"
    "The Ostland Food Safety Agency, along with local health boards, is investigating an outbreak of norovirus, "
    "the agency said in a notice.\n\n"
    "Seven people in four towns have fallen ill so far, and the agency said its inquiry is ongoing."
)


def _kinds(text: str) -> list[tuple[str, str]]:
    article = Article(id="a", text=text)
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(article, parse(text))]


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Mara Quell\n\nHARBOUR TIMES", "HARBOUR TIMES"),
        ("Mara Quell / Harbour Times", "Harbour Times"),
        ("By Mara Quell and Olek Varn | Harbour Times", "Harbour Times"),
        ("Mara Quell\n\nNewsweek", "Newsweek"),
    ],
)
def test_byline_names_the_reports_outlet(byline: str, outlet: str) -> None:
    text = f"Oat bars pulled over illness cluster\n\n{byline}\n\n{BODY}"
    article = infer_outlet(Article(id="a", text=text))
    assert article.outlet.value == outlet
    assert article.outlet.evidence
    found = _kinds(text)
    for line in byline.split("\n\n"):
        # (a name and an outlet joined by a slash is a picture's credit line as well: furniture either way)
        assert ("byline", line) in found or ("credit", line) in found


def test_a_name_over_a_section_word_names_no_outlet() -> None:
    text = f"Oat bars pulled over illness cluster\n\nMara Quell\n\nHealth\n\n{BODY}"
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None


def test_the_agency_after_a_newspapers_byline_is_no_credit() -> None:
    text = f"Oat bars pulled over illness cluster\n\nMara Quell\n\nNewsweek\n\n{BODY}"
    article = infer_outlet(Article(id="a", text=text))
    cited = [(c.text, c.cites) for c in extract_citations(article, parse(text))]
    assert all(cites != "Newsweek" for _, cites in cited)
    # the same with the outlet given, not inferred, and not in the outlet table
    given = Article(id="a", text=text.replace("Newsweek", "Harbour Times"), outlet=MetaValue(value="Harbour Times"))
    cited = [(c.text, c.cites) for c in extract_citations(given, parse(given.text))]
    assert all(cites != "Harbour Times" for _, cites in cited)


LIVE = (
    "Ferry stuck in the Velm channel\n\n"
    "The owner of the ferry that is blocking the Velm channel has apologised for the delays.\n\n"
    "Channel closed, port authority says\n\n"
    "The port authority has closed the channel while four tugs work to free the ferry, it said on Thursday.\n\n"
    "Mara Quell 14 June 2023 09:01\n\n"
    "Ferry's owner apologises\n\n"
    "The ferry's owner has offered an apology for the disruption its grounding has caused."
)


def test_live_blog_byline_with_its_time_is_furniture() -> None:
    assert ("byline", "Mara Quell 14 June 2023 09:01") in _kinds(LIVE)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Mara Quell 14 June 2023 09:01", "14 June 2023"),
        ("By Mara Quell June 14, 2023 9:01am", "June 14, 2023"),
        ("Mara Quell Wednesday 14 June 2023 09:01 BST", "14 June 2023"),
    ],
)
def test_timed_byline_gives_the_entrys_day(line: str, day: str) -> None:
    m = timed_byline(line)
    assert m is not None
    assert m.group("date") == day


@pytest.mark.parametrize(
    "line",
    [
        "The tugs will try again on 14 June 2023 at 09:01.",
        "Mara Quell said on 14 June 2023 that the channel would reopen",
        "14 June 2023 09:01",
    ],
)
def test_other_lines_with_a_day_are_no_timed_byline(line: str) -> None:
    assert timed_byline(line) is None
