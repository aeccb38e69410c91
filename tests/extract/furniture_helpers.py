"""Helpers the furniture tests share."""

from __future__ import annotations

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def headings(text: str) -> list[str]:
    """The heading furniture of ``text``, as written."""
    found = find_furniture(Article(id="t", text=text))
    return [text[f.span.start : f.span.end] for f in found if f.kind == "heading"]
