"""A quotation run over several paragraphs that a copy flattened into one line keeps its speaker throughout."""

from __future__ import annotations

from storyline.extract.entities import extract_entities
from storyline.extract.quotes import extract_quotes
from storyline.extract.quotes_marks import find_marked
from storyline.model import Article, Brief, Quote, Span, StoryBrief, StoryQuote
from storyline.nlp.pipeline import parse
from storyline.render.markdown import render_markdown

SPEECH = (
    "In his victory speech, Mr Voss said: “Today begins the renewal of Lindmark. Today begins the end of our"
    " decline. “The old model has come to an end. There is no way back. “Lindmark will return to its place.”"
)


def run(text: str) -> tuple[Quote, ...]:
    article, doc = Article(id="t", text=text), parse(text)
    return extract_quotes(article, doc, extract_entities(article, doc))


def test_the_reopening_marks_of_a_flattened_quotation_stay_inside_one_stretch() -> None:
    stretches = find_marked(SPEECH)
    assert [SPEECH[m.start : m.end] for m in stretches] == [
        "Today begins the renewal of Lindmark. Today begins the end of our decline. “The old model has come to an"
        " end. There is no way back. “Lindmark will return to its place."
    ]


def test_every_segment_of_a_flattened_quotation_is_the_speakers() -> None:
    text = "Karel Voss won the mayoral race in Lindmark on Sunday.\n\n" + SPEECH
    quotes = run(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Karel Voss")]
    assert quotes[0].text.endswith("Lindmark will return to its place.")


def test_a_stray_mark_in_running_text_still_restarts_the_pairing() -> None:
    text = "The sign read “closed for the season and then “Open Sundays” in small letters."
    assert [text[m.start : m.end] for m in find_marked(text)] == ["Open Sundays"]


def test_the_ledger_closes_a_flattened_quotation_once() -> None:
    text = "Karel Voss won the mayoral race in Lindmark on Sunday.\n\n" + SPEECH
    quote = run(text)[0]
    story_quote = StoryQuote(
        span=Span(article="t", start=quote.span.start, end=quote.span.end), text=quote.text, kind="direct",
        speaker=quote.speaker, cue="said",
    )
    brief = Brief(
        articles=(Article(id="t", text=text),),
        stories=(StoryBrief(id="s1", title="Voss wins", articles=("t",), quotes=(story_quote,)),),
    )
    assert "return to its place.” (direct" in render_markdown(brief)
