"""Helpers shared by the quote-ledger tests of the blind QA rounds: a story quote, a story entity and a span made
short, and the ledger's headings read back."""

from __future__ import annotations

from storyline.brief.ledger import quote_ledger
from storyline.model import Span, StoryEntity, StoryQuote


def quote(article: str, speaker: str | None, name: str | None = None, *, text: str = "We are looking into it",
          start: int = 500, kind: str = "indirect") -> StoryQuote:
    """A story quote of ``text`` at ``start`` of ``article``, spoken by entity ``speaker`` (or only ``name``)."""
    span = Span(article=article, start=start, end=start + len(text))
    return StoryQuote(span=span, text=text, kind=kind, speaker=speaker, speaker_name=name)


def entity(eid: str, name: str, *mentions: Span, typ: str = "ORG", role: str | None = None) -> StoryEntity:
    """A story entity (an organisation unless ``typ`` says otherwise) with its mentions."""
    return StoryEntity(id=eid, name=name, type=typ, mentions=mentions, role=role)


def at(article: str, start: int, length: int) -> Span:
    """The span of ``length`` characters from ``start`` of ``article``."""
    return Span(article=article, start=start, end=start + length)


def headings(quotes: tuple[StoryQuote, ...], entities: tuple[StoryEntity, ...]) -> list[tuple[str, int]]:
    """The ledger's headings with their number of entries, sorted."""
    return sorted((e.name, len(e.quotes)) for e in quote_ledger(quotes, entities, lambda article: article))
