"""storyline: read many news reports of the same events and say, with a citation for every line, what
happened, who said what and when, which facts independent sources confirm, and where the sources disagree.

Public API (everything else may change)::

    articles = storyline.load(["reports/"])            # ingest files, folders, HTML, feeds, JSONL, WARC
    reading = storyline.read(articles.articles)         # extract, cluster into stories, settle dates
    brief = storyline.brief(reading)                    # compare sources, build the cited brief
"""

from __future__ import annotations

__version__ = "0.1.0"

from storyline.ingest import load
from storyline.model import (
    Analysis,
    Article,
    Assignment,
    Brief,
    Citation,
    Comparison,
    Coverage,
    Entity,
    Fact,
    Furniture,
    MetaValue,
    ProvenanceEdge,
    Quote,
    Span,
    StoryBrief,
    StoryEntity,
    StoryQuote,
    SummaryItem,
    TimeExpr,
    TimelineEntry,
)
from storyline.pipeline import Reading, analyze, read
from storyline.pipeline import brief_of as brief

__all__ = [
    "Analysis",
    "Article",
    "Assignment",
    "Brief",
    "Citation",
    "Comparison",
    "Coverage",
    "Entity",
    "Fact",
    "Furniture",
    "MetaValue",
    "ProvenanceEdge",
    "Quote",
    "Reading",
    "Span",
    "StoryBrief",
    "StoryEntity",
    "StoryQuote",
    "SummaryItem",
    "TimeExpr",
    "TimelineEntry",
    "__version__",
    "analyze",
    "brief",
    "load",
    "read",
]
