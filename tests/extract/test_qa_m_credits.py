"""Credits to outlets that blind QA round M found missed: "as per a ... report", a newsroom before "reported",
an outlet named after its place in a dateline without brackets, and the credit closing a photo caption.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.compare.provenance import named_by_credit, provenance_edges
from storyline.extract import dateline
from storyline.extract.citations import extract_citations
from storyline.extract.furniture import find_furniture
from storyline.extract.lines import paragraphs
from storyline.ingest.meta import infer_outlet, infer_title
from storyline.model import Analysis, Article, MetaValue


def _cites(text: str) -> list[tuple[str, str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=None))
    return [(c.text, c.cites, c.kind) for c in extract_citations(article, None, ())]


def _furniture(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Overall, as per a CNBC report, the ferry owner now faces close to 40 years in prison.",
            [("as per a CNBC report", "CNBC", "according_to")],
        ),
        (
            "The harbour will stay shut for a month, per a Reuters report.",
            [("per a Reuters report", "Reuters", "according_to")],
        ),
        (
            "As per Bloomberg, the harbour will stay shut for a month.",
            [("As per Bloomberg", "Bloomberg", "according_to")],
        ),
        (
            "Divers searched the wreck through the night, AFP correspondents reported.",
            [("AFP correspondents reported", "AFP", "reported")],
        ),
        (
            "Pan-Arab al-Arabiya news channel reported that three sailors were missing.",
            [("al-Arabiya news channel reported", "Al Arabiya", "reported")],
        ),
        # a capitalised medium word stays part of an unknown outlet's name
        ("Velm Harbour TV reported that three sailors were missing.",
         [("Velm Harbour TV reported", "Velm Harbour TV", "reported")]),
        # "per" before a capitalised word is no credit without "a ... report"
        ("The fare is $5 per Person on the Velm line.", []),
    ],
)
def test_citations_as_per_and_newsrooms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected


LONE_DATELINE = (
    "Velm City CNN –\n\n"
    "A ferry owner was found guilty on Thursday of ignoring safety orders before the sinking.\n\n"
    "The jury deliberated for six hours."
)


def test_dateline_place_then_outlet_alone_on_its_line() -> None:
    found = dateline.in_lede(LONE_DATELINE, paragraphs(LONE_DATELINE))
    assert found is not None
    assert found.agency == "CNN"
    assert LONE_DATELINE[found.agency_start : found.agency_end] == "CNN"
    assert ("dateline", "Velm City CNN –") in _furniture(LONE_DATELINE)


def test_dateline_place_then_outlet_names_the_report_and_is_no_title() -> None:
    article = infer_title(infer_outlet(Article(id="a", text=LONE_DATELINE)))
    assert (article.outlet.value, article.outlet.inferred, article.outlet.method) == ("CNN", True, "dateline")
    assert article.title.value is None


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary word that is also a magazine's name is no outlet after a place
        "Velm City Time – A ferry owner was found guilty on Thursday of ignoring safety orders.",
        # a short title line ending in a dash, with no outlet, is no dateline
        "Quiet Harbour –\n\nA ferry owner was found guilty on Thursday of ignoring safety orders.",
    ],
)
def test_dateline_without_a_known_outlet_names_none(text: str) -> None:
    found = dateline.in_lede(text, paragraphs(text))
    assert found is None or found.agency is None


def test_dateline_a_country_in_capitals_with_a_glued_hyphen() -> None:
    text = "Ferry sinks off Velm\n\nMOROCCO- Late Friday, a ferry sank off the coast with forty people on board."
    assert ("dateline", "MOROCCO-") in _furniture(text)


CAPTIONED = (
    "Divers search the harbour of Velm on Saturday, after the sinking. — AFP\n\n"
    "VELM: A ferry sank off Velm late on Friday with forty people on board, the coast guard said.\n\n"
    "Twelve people were rescued.\n\n"
    "A view of the harbour of Velm on Saturday. Velm TV/Handout via REUTERS\n\n"
    "The search goes on."
)


def test_furniture_a_caption_closed_by_a_dash_and_an_agency() -> None:
    found = _furniture(CAPTIONED)
    assert ("caption", "Divers search the harbour of Velm on Saturday, after the sinking. — AFP") in found
    assert ("credit", "— AFP") in found


def test_furniture_an_agency_after_a_dash_closing_the_last_paragraph_signs_the_text() -> None:
    text = "A ferry sank off Velm late on Friday with forty people on board.\n\nTwelve people were rescued. — AFP"
    found = _furniture(text)
    assert ("byline", "— AFP") in found
    assert not any(kind == "caption" for kind, _ in found)


def test_citations_picture_credits_name_the_agency() -> None:
    article = Article(id="a", text=CAPTIONED, outlet=MetaValue(value=None))
    pictures = [c for c in extract_citations(article, None, ()) if c.kind == "picture"]
    assert [(c.text, c.cites) for c in pictures] == [("AFP", "AFP"), ("REUTERS", "Reuters")]
    first = pictures[0].credited
    assert first is not None
    assert CAPTIONED[first.start : first.end].startswith("Divers search the harbour")


def test_provenance_a_picture_credit_gives_an_edge_of_kind_picture() -> None:
    article = Article(id="a", text=CAPTIONED, outlet=MetaValue(value="Velm Courier"))
    analysis = Analysis(article="a", version="test", citations=extract_citations(article, None, ()))
    edges = provenance_edges([article], [analysis])
    assert [(e.target, e.kind) for e in edges] == [("AFP", "picture"), ("Reuters", "picture")]


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("Overall, as per a CoinDesk report, the exchange lost $8 million.", "CoinDesk"),
        ("The harbour stays shut, Hespress reported.", "Hespress"),
        ("The harbour stays shut, according to Asharq Al-Awsat.", "Asharq Al-Awsat"),
    ],
)
def test_citations_outlets_added_to_the_table(text: str, cites: str) -> None:
    assert [c for _, c, _ in _cites(text)] == [cites]


def test_provenance_a_picture_credit_names_no_report_that_prints_the_caption() -> None:
    text = (
        "Ferry sinks off Velm\n\nDivers search the harbour of Velm at dusk on Friday, hours after the ferry sank. "
        "Velm TV/Handout via REUTERS\n\nA ferry sank off Velm late on Friday with forty people on board."
    )
    other = (
        "Divers search the harbour of Velm at dusk on Friday, hours after the ferry sank.\n\n"
        "Forty people were on board the ferry, which sank in calm water, officials in the port town said."
    )
    arts = [Article(id="a", text=text, outlet=MetaValue(value="Velm Courier")), Article(id="b", text=other)]
    anas = [Analysis(article=a.id, version="test", citations=extract_citations(a, None, ())) for a in arts]
    assert [c.kind for c in anas[0].citations] == ["picture"]
    assert named_by_credit(arts, anas) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TALAT VELM, Morocco: A ferry sank off the coast late on Friday with forty people on board.",
         "TALAT VELM, Morocco:"),
        ("TALAT VELM, MOROCCO: A ferry sank off the coast late on Friday with forty people on board.",
         "TALAT VELM, MOROCCO:"),
        # an interview's speaker in capitals with no known place or country is no dateline
        ("BENENSON, JUNIOR: We knew the ferry was old and we said so many times.", None),
    ],
)
def test_dateline_a_place_in_capitals_and_its_country_before_a_colon(text: str, expected: str | None) -> None:
    found = dateline.in_lede(text, paragraphs(text))
    assert (text[found.start : found.end] if found else None) == expected
