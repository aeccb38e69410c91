"""How a ledger line shows reported speech after its verb (blind QA round M, #11): an -ing cue in the past with
its particle ("pointed out"), and the clause in lower case after the verb ("reported the army ...").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.brief.ledger import after_cue, ledger_cue, past_form
from storyline.model import Article, Brief, Span, StoryBrief, StoryEntity, StoryQuote
from storyline.render.markdown import render_markdown


@pytest.mark.parametrize(
    ("verb", "past"),
    [
        ("pointing", "pointed"), ("adding", "added"), ("noting", "noted"), ("denying", "denied"),
        ("saying", "said"), ("agreeing", "agreed"), ("said", "said"), ("according to", "according to"),
    ],
)
def test_past_form_of_speech_verbs(verb: str, past: str) -> None:
    assert past_form(verb) == past


def test_ledger_cue_keeps_the_particle_after_an_ing_form() -> None:
    text = "The ministry issued a statement, pointing out that the harbour of Velm was closed."
    start = text.index("the harbour")
    assert ledger_cue("pointing", text, start) == "pointed out"
    assert ledger_cue("said", "The ministry said out of caution the port shut.", 19) == "said"


@pytest.mark.parametrize(
    ("clause", "shown"),
    [
        ("The army set up a field hospital", "the army set up a field hospital"),
        ("Velm Radio carried the news", "Velm Radio carried the news"),
        ("I was asleep", "I was asleep"),
    ],
)
def test_after_cue_lowers_only_a_function_word(clause: str, shown: str) -> None:
    assert after_cue(clause) == shown


def test_markdown_ledger_reads_as_a_past_sentence() -> None:
    text = (
        "The coast guard issued an update on Friday, pointing out that the ferry had sunk in calm water. "
        "The Velm Agency reported The army set up a field hospital. "
        "The ferry had failed an inspection in May, according to the harbour master."
    )
    art = Article(id="a1", text=text, source="velm.txt")
    first = text.index("the ferry had sunk")
    second = text.index("The army set up")
    third = text.index("The ferry had failed")
    clause_end = text.index(", according")
    guard = StoryEntity(id="E1", name="coast guard", type="ORG", mentions=(Span(article="a1", start=4, end=15),))
    story = StoryBrief(
        id="s1", title="Ferry sinks", articles=("a1",), entities=(guard,),
        quotes=(
            StoryQuote(span=Span(article="a1", start=first, end=first + 37), text=text[first : first + 37],
                       kind="indirect", speaker="E1", cue="pointing"),
            StoryQuote(span=Span(article="a1", start=second, end=second + 33), text=text[second : second + 33],
                       kind="indirect", speaker_name="Velm Agency", cue="reported"),
            StoryQuote(span=Span(article="a1", start=third, end=clause_end), text=text[third:clause_end],
                       kind="indirect", speaker_name="harbour master", cue="according to"),
        ),
    )
    md = render_markdown(Brief(articles=(art,), stories=(story,)))
    assert "_pointed out_ the ferry had sunk in calm water" in md
    assert "_reported_ the army set up a field hospital" in md
    assert "  - The ferry had failed an inspection in May (indirect; velm.txt)" in md
