"""The coverage line names whom a report quotes as the quote ledger's headings do (QA round AW #24): a body whose
words the ledger shows under a fuller name of it ("Vantor" under "Vantor Inc") is named by that heading, or a
reader looks for a speaker the ledger does not have.

The report is written for this test; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.model import Article, Brief, Coverage, MetaValue, Span, StoryBrief, StoryEntity, StoryQuote
from storyline.render.markdown import render_markdown
from storyline.render.view import story_view

FIRST = "Vantor Inc said the plant would close. Vantor Inc said 40 jobs would go. Mira Kell said she was sad."
SECOND = "Vantor said the plant would shut in May."


def _said(article: str, text: str, words: str, speaker: str) -> StoryQuote:
    at = text.index(words)
    return StoryQuote(span=Span(article=article, start=at, end=at + len(words)), text=words, kind="indirect",
                      speaker=speaker)


def _brief() -> Brief:
    arts = (Article(id="a1", text=FIRST, outlet=MetaValue(value="Velm Courier")),
            Article(id="a2", text=SECOND, outlet=MetaValue(value="Orrin Post")))
    long_name = StoryEntity(id="E1", name="Vantor Inc", type="ORG", mentions=(Span(article="a1", start=0, end=10),))
    short = StoryEntity(id="E2", name="Vantor", type="ORG", mentions=(Span(article="a2", start=0, end=6),))
    kell = StoryEntity(id="E3", name="Mira Kell", type="PERSON",
                       mentions=(Span(article="a1", start=FIRST.index("Mira"), end=FIRST.index("Mira") + 9),))
    quotes = (_said("a1", FIRST, "the plant would close", "E1"), _said("a1", FIRST, "40 jobs would go", "E1"),
              _said("a1", FIRST, "she was sad", "E3"), _said("a2", SECOND, "the plant would shut in May", "E2"))
    story = StoryBrief(
        id="s1", title="Vantor plant to close", articles=("a1", "a2"), entities=(long_name, short, kell),
        quotes=quotes,
        coverage=(Coverage(outlet="Velm Courier", only_here=(), quoted=("Vantor Inc", "Mira Kell")),
                  Coverage(outlet="Orrin Post", only_here=(), quoted=("Vantor",))),
    )
    return Brief(articles=arts, stories=(story,))


def test_coverage_names_a_speaker_by_its_ledger_heading() -> None:
    brief = _brief()
    view = story_view(brief.stories[0], brief)
    assert {s.name for s in view.ledger} == {"Vantor Inc", "Mira Kell"}
    assert [c.quoted for c in view.coverage] == [("Vantor Inc", "Mira Kell"), ("Vantor Inc",)]
    assert "quotes: Vantor Inc\n" in render_markdown(brief)
