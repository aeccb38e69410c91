"""A press release's dateline, as the release wires print it ("KERLAN, Ostland, May 20, 2022 /PRNewswire/ --",
"(GLOBE NEWSWIRE) --", "--(BUSINESS WIRE)--"): the wire names the report's outlet, the date dates it, and the
dateline is furniture, so no fact, summary line or timeline entry is made of it (QA round AI).

Every text here is written for these tests; no sentence comes from a real release.
"""

from __future__ import annotations

import pytest

from storyline.brief.timeline import build_timeline
from storyline.extract.dateline import in_lede
from storyline.extract.dating import infer_published
from storyline.extract.furniture import find_furniture
from storyline.extract.lines import paragraphs
from storyline.extract.timex import extract_timexes
from storyline.ingest.meta import infer_outlet
from storyline.model import Analysis, Article, MetaValue, Span
from storyline.nlp.pipeline import parse

LEDE = (
    "Brindle Foods is recalling select jars of Hazel Crest spread sold in Ostland because they may hold "
    "traces of an undeclared nut."
)
BELOW = "The recalled jars were sold in grocery stores across the province."


def _release(dateline: str) -> str:
    return f"Brindle Foods Recalls Select Hazel Crest Spread\n\n{dateline} {LEDE}\n\n{BELOW}"


@pytest.mark.parametrize(
    ("dateline", "wire"),
    [
        ("KERLAN, Ostland, May 20, 2022 /PRNewswire/ --", "PR Newswire"),
        ("KERLAN, Ostland, May 20, 2022 /PRNewswire-FirstCall/ --", "PR Newswire"),
        ("KERLAN, Ostland, May 20, 2022 /Business Wire/ --", "Business Wire"),
        ("KERLAN, Ostland, May 20, 2022 /Globe Newswire/ --", "GlobeNewswire"),
        ("KERLAN, Ostland, May 20, 2022 (GLOBE NEWSWIRE) --", "GlobeNewswire"),
        ("KERLAN, Ostland--(BUSINESS WIRE)--", "Business Wire"),
    ],
)
def test_release_wire_dateline_opens_the_lede_and_names_the_outlet(dateline: str, wire: str) -> None:
    text = _release(dateline)
    found = in_lede(text, paragraphs(text))
    assert found is not None
    assert text[found.start : found.end] == dateline
    assert found.agency == wire
    article = infer_outlet(Article(id="a", text=text))
    assert article.outlet.value == wire
    assert article.outlet.method == "dateline"


def test_release_wire_dateline_dates_the_report() -> None:
    published = infer_published(Article(id="a", text=_release("KERLAN, Ostland, May 20, 2022 /PRNewswire/ --")))
    assert published.value == "2022-05-20"
    assert published.method == "dateline"


def test_release_wire_dateline_is_furniture_and_no_timeline_entry() -> None:
    dateline = "KERLAN, Ostland, May 20, 2022 /PRNewswire/ --"
    text = _release(dateline)
    article = Article(id="a", text=text, published=MetaValue())
    doc = parse(text)
    furniture = tuple(find_furniture(article, doc))
    assert ("dateline", dateline) in [(f.kind, text[f.span.start : f.span.end]) for f in furniture]
    sentences = tuple(Span(article="a", start=s.start_char, end=s.end_char) for s in doc.sents)
    analysis = Analysis(
        article="a", version="t", timexes=extract_timexes(article), furniture=furniture, sentences=sentences
    )
    assert all("PRNewswire" not in e.text for e in build_timeline([article], [analysis]))


@pytest.mark.parametrize(
    "line",
    [
        # the wire's name between slashes mid-sentence opens no paragraph
        "Brindle Foods said on May 20 that its /PRNewswire/ -- feed carried the notice to every grocer in Ostland.",
        # the wire's name with no place before it
        "/PRNewswire/ -- Brindle Foods is recalling select jars of Hazel Crest spread sold in Ostland.",
    ],
)
def test_other_wire_names_are_no_dateline(line: str) -> None:
    assert in_lede(line, paragraphs(line)) is None
