"""The JSON brief follows ../shared/CONTRACT.md and reads back into the same model values."""

from __future__ import annotations

import json

from brief.fixtures import COAST, HARBOUR, brief
from storyline.model import Article, Brief, MetaValue, Span
from storyline.render.json import dumps, from_json, render_json

TEXTS = {"herald-1": HARBOUR, "coast-1": COAST}


def _span_dicts(x: object) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    if isinstance(x, dict):
        if {"article", "start", "end"} <= x.keys():
            out.append(x)
        for v in x.values():
            out += _span_dicts(v)
    elif isinstance(x, list):
        for v in x:
            out += _span_dicts(v)
    return out


def test_json_has_the_contract_fields() -> None:
    doc = render_json(brief())
    assert doc["schema"] == "storyline.brief/1"
    art = doc["articles"][0]
    assert art["outlet"] == {"value": "Harbour Herald", "inferred": True}
    assert art["published"] == {"value": "2024-03-11", "inferred": False}
    assert {"id", "source", "title"} <= art.keys()
    story = doc["stories"][0]
    assert set(story) >= {"id", "title", "articles", "entities", "quotes", "timeline", "facts", "provenance",
                          "coverage", "summary"}
    assert set(story["entities"][0]) >= {"id", "name", "type", "role", "mentions"}
    assert set(story["quotes"][0]) >= {"article", "start", "end", "text", "kind", "speaker", "same_as"}
    assert story["quotes"][0]["speaker"] == "E1"
    assert set(story["timeline"][0]) >= {"value", "text", "support"}
    assert set(story["facts"][0]) >= {"id", "text", "status", "support", "independent_sources", "origin",
                                      "conflicts_with"}
    edge = story["provenance"][0]
    assert (edge["from"], edge["to"]) == ("Coast Daily", "Harbour Herald")
    assert set(edge["evidence"]) == {"article", "start", "end"}
    assert {"outlet", "only_here"} <= set(story["coverage"][0])
    assert set(story["summary"][0]) >= {"text", "support"}


def test_json_every_span_is_valid_and_texts_are_exact() -> None:
    spans = _span_dicts(render_json(brief()))
    assert len(spans) > 10
    for s in spans:
        text = TEXTS[str(s["article"])]
        start, end = s["start"], s["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert 0 <= start < end <= len(text)
        if "text" in s:
            assert s["text"] == text[start:end]


def test_json_dumps_is_utf8_text_and_round_trips() -> None:
    b = brief()
    text = dumps(b)
    assert json.loads(text) == render_json(b)
    again = from_json(json.loads(text), b.articles)
    assert again.stories == b.stories
    assert again.articles == b.articles


def test_json_a_date_not_found_is_not_marked_inferred() -> None:
    # inference was tried (method "text-dates") and found no date: the contract's flag says how a value was
    # come by, and there is none
    tried = MetaValue(value=None, inferred=True, method="text-dates")
    doc = render_json(Brief(articles=(Article(id="a", text="Talks went on.", published=tried),), stories=()))
    assert doc["articles"][0]["published"] == {"value": None, "inferred": False, "method": "text-dates"}


def test_json_an_inferred_date_says_how_and_from_where_and_reads_back() -> None:
    # a reader checks an inferred date as any other line: the method and the spans it was read from
    text = "Talks went on late on March 3, 2031, in Velm."
    read = MetaValue(value="2031-03-03", inferred=True, method="text-dates",
                     evidence=(Span(article="a", start=22, end=35),), low="2031-03-03", high="2031-03-05")
    b = Brief(articles=(Article(id="a", text=text, published=read),), stories=())
    doc = render_json(b)
    assert doc["articles"][0]["published"] == {
        "value": "2031-03-03", "inferred": True, "low": "2031-03-03", "high": "2031-03-05",
        "method": "text-dates", "evidence": [{"article": "a", "start": 22, "end": 35}]}
    assert text[22:35] == "March 3, 2031"
    assert from_json(doc, b.articles).articles[0].published == read
