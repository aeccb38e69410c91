"""Shared setup for the story-dating tests: reports dated as ``prepare`` dates them, then refined as a story."""

from __future__ import annotations

import dataclasses

from storyline.extract.dating import infer_published, refine_story
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue


def refined(*articles: Article) -> tuple[list[Article], list[Analysis]]:
    """The story's reports and analyses after ``refine_story``; a report with no known date first takes the one
    its own text gives (``infer_published``)."""
    prepared = [a if a.published.known else dataclasses.replace(a, published=infer_published(a)) for a in articles]
    analyses = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in prepared]
    return refine_story(prepared, analyses)


def undated_reports(*texts: str) -> list[Article]:
    """Reports with no date given, one per text, with ids ``r0``, ``r1``, ..."""
    return [Article(id=f"r{i}", text=text, published=MetaValue()) for i, text in enumerate(texts)]
