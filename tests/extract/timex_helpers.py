"""Helpers shared by the time tests: run the time stage on a text with a report date and read its values."""

from __future__ import annotations

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue


def text_values(text: str, anchor: str | None = None) -> list[tuple[str, str | None]]:
    """Each time expression of ``text`` as (text, value), the report dated ``anchor`` (None: undated)."""
    found = extract_timexes(Article(id="t", text=text, published=MetaValue(value=anchor)))
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    return [(t.text, t.value) for t in found]
