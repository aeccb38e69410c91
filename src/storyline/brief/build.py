"""Assemble one story's brief from its reports, their analyses and the comparison across them.

The brief adds no claims of its own: the summary and timeline quote source sentences, the ledger, facts,
provenance and coverage are the comparison's, checked here so that every span the brief cites points at
real text. A span that does not (out of range, empty, unknown article) is dropped rather than shown, and an
item left with no support is dropped with it: an uncited line is worse than a missing one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from storyline.brief.summary import summarize
from storyline.brief.text import collapse, strip_span, trim_clause, valid
from storyline.brief.timeline import build_timeline
from storyline.model import (
    Analysis,
    Article,
    Comparison,
    Coverage,
    Fact,
    ProvenanceEdge,
    Span,
    StoryBrief,
    StoryEntity,
    StoryQuote,
    SummaryItem,
    TimelineEntry,
)

TITLE_CHARS = 110
TITLE_WHOLE = 150


def _background(timeline: Sequence[TimelineEntry]) -> tuple[Span, ...]:
    """The sentences that tell only of what led up to the story: they support a background entry of the timeline
    and no entry of the story's own days."""
    own = [s for e in timeline if not e.background for s in e.support]
    return tuple(s for e in timeline if e.background for s in e.support if not any(s.overlaps(o) for o in own))


def build_story(
    story_id: str,
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    comparison: Comparison,
    *,
    sentences: int = 6,
) -> StoryBrief:
    """The brief of one story: title, cited summary, timeline, quote ledger, facts, provenance, coverage.

    ``sentences`` caps the summary's length. Article order matters: the first report's title and lead
    are preferred where a choice is needed.
    """
    texts = {a.id: a.text for a in articles}
    facts = tuple(f for f in (_clean_fact(f, texts) for f in comparison.facts) if f is not None)
    timeline = build_timeline(articles, analyses)
    summary = summarize(articles, analyses, facts, sentences=sentences, background=_background(timeline))
    return StoryBrief(
        id=story_id,
        title=_title(articles, summary),
        articles=tuple(a.id for a in articles),
        entities=tuple(e for e in (_clean_entity(e, texts) for e in comparison.entities) if e is not None),
        quotes=tuple(q for q in (_clean_quote(q, texts) for q in comparison.quotes) if q is not None),
        timeline=timeline,
        facts=facts,
        provenance=tuple(e for e in (_clean_edge(e, texts) for e in comparison.provenance) if e is not None),
        coverage=_clean_coverage(comparison.coverage, {f.id for f in facts}),
        summary=summary,
    )


def _title(articles: Sequence[Article], summary: Sequence[SummaryItem]) -> str:
    """A report's own title, the first given one, else the first one inferred from a report's text (the first
    report may have none: a copy without its headline); else the opening clause of the top summary line."""
    titled = [a for a in articles if a.title.known and (a.title.value or "").strip()]
    for article in sorted(titled, key=lambda a: a.title.inferred):  # stable: input order within each kind
        return collapse(article.title.value or "")
    for item in summary[:1]:
        first = item.support[0]
        text = next(a.text for a in articles if a.id == first.article)
        # a whole sentence makes the clearest title; only a long one is cut, at a clause boundary
        cut = first if first.end - first.start <= TITLE_WHOLE else trim_clause(text, first, TITLE_CHARS)
        phrase = collapse(text[cut.start : cut.end])
        if len(phrase) > TITLE_CHARS:  # no clause boundary: stop at a word boundary instead
            phrase = phrase[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"
        return phrase.rstrip(" ,;:.")
    return articles[0].id if articles else "Untitled story"


def _spans(spans: Sequence[Span], texts: Mapping[str, str]) -> tuple[Span, ...]:
    out: list[Span] = []
    for s in spans:
        if valid(s, texts):
            s = strip_span(texts[s.article], s)
            if s.end > s.start and s not in out:
                out.append(s)
    return tuple(out)


def _clean_fact(fact: Fact, texts: Mapping[str, str]) -> Fact | None:
    support = _spans(fact.support, texts)
    return replace(fact, support=support) if support else None


def _clean_entity(entity: StoryEntity, texts: Mapping[str, str]) -> StoryEntity | None:
    mentions = _spans(entity.mentions, texts)
    role_span = entity.role_span if entity.role_span and valid(entity.role_span, texts) else None
    return replace(entity, mentions=mentions, role_span=role_span) if mentions else None


def _clean_quote(quote: StoryQuote, texts: Mapping[str, str]) -> StoryQuote | None:
    """The quote with its text re-read from the source, so that it always equals the cited span."""
    if not valid(quote.span, texts):
        return None
    span = quote.span
    same_as = tuple(s for s in _spans(quote.same_as, texts) if s != span)
    return replace(quote, text=texts[span.article][span.start : span.end], same_as=same_as)


def _clean_edge(edge: ProvenanceEdge, texts: Mapping[str, str]) -> ProvenanceEdge | None:
    if not (edge.source and edge.target and valid(edge.evidence, texts)):
        return None
    credited = edge.credited if edge.credited is not None and valid(edge.credited, texts) else None
    return replace(edge, evidence=strip_span(texts[edge.evidence.article], edge.evidence), credited=credited)


def _clean_coverage(coverage: Sequence[Coverage], fact_ids: set[str]) -> tuple[Coverage, ...]:
    """Coverage naming only facts the brief still has (a fact dropped for want of support goes too)."""
    return tuple(replace(c, only_here=tuple(f for f in c.only_here if f in fact_ids)) for c in coverage)
