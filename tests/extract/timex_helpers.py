"""Helpers shared by the time tests: run the time stage on a text with a report date and read its values."""

from __future__ import annotations

import dataclasses

from storyline.extract.dating import infer_published, refine_story
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue


def text_values(text: str, anchor: str | None = None) -> list[tuple[str, str | None]]:
    """Each time expression of ``text`` as (text, value), the report dated ``anchor`` (None: undated)."""
    found = extract_timexes(Article(id="t", text=text, published=MetaValue(value=anchor)))
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    return [(t.text, t.value) for t in found]


def story_values(*texts: str) -> list[dict[str, str | None]]:
    """Each report's time expressions as {text: value} once the reports, undated, are dated and anchored as one
    story (``dating.refine_story``)."""
    arts = []
    for i, text in enumerate(texts):
        art = Article(id=f"r{i}", text=text, published=MetaValue())
        arts.append(dataclasses.replace(art, published=infer_published(art)))
    analyses = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts]
    _arts, anas = refine_story(arts, analyses)
    return [{t.text: t.value for t in a.timexes} for a in anas]
