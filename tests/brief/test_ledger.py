"""The quote ledger groups quotes by speaker and names the outlets carrying each."""

from __future__ import annotations

from brief.fixtures import brief
from storyline.brief.ledger import UNATTRIBUTED, quote_ledger
from storyline.model import Span, StoryQuote


def _outlet(article: str) -> str:
    return {"herald-1": "Harbour Herald", "coast-1": "Coast Daily"}[article]


def test_ledger_groups_by_speaker_with_carrying_outlets() -> None:
    story = brief().stories[0]
    ledger = quote_ledger(story.quotes, story.entities, _outlet)
    assert [e.name for e in ledger] == ["Mira Osei", "Tomas Lind"]
    assert ledger[0].role == "chief engineer"
    assert ledger[0].quotes[0].outlets == ("Harbour Herald", "Coast Daily")


def test_ledger_lists_unknown_speakers_last_unattributed() -> None:
    story = brief().stories[0]
    stray = StoryQuote(span=Span(article="coast-1", start=0, end=9), text="Engineers", kind="direct", speaker="E99")
    ledger = quote_ledger((stray, *story.quotes), story.entities, _outlet)
    assert ledger[-1].name == UNATTRIBUTED
    assert ledger[-1].speaker is None


def test_ledger_groups_a_speaker_without_entity_by_name_before_unattributed() -> None:
    story = brief().stories[0]
    span = Span(article="coast-1", start=0, end=9)
    named = StoryQuote(span=span, text="Engineers", kind="indirect", speaker=None, speaker_name="hospitals")
    unknown = StoryQuote(span=span, text="Engineers", kind="direct", speaker=None)
    ledger = quote_ledger((unknown, named, *story.quotes), story.entities, _outlet)
    assert [e.name for e in ledger][-2:] == ["hospitals", UNATTRIBUTED]
    assert ledger[-2].speaker is None
