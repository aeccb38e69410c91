"""Coverage: for each outlet, the facts only it reports and the people and bodies it quotes.

A fact is "only here" for an outlet when every report supporting it is that outlet's. Whom an outlet quotes
are the speakers of its reports' quotes (story entity names where the quote's speaker is linked, else the
name the report gives), each once, in order of first appearance.

Does NOT count a fact as covered by an outlet whose report merely mentions the same entities.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.compare.provenance import outlet_of, same_outlet
from storyline.model import Analysis, Article, Coverage, Fact, StoryEntity, StoryQuote


def coverage(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    facts: Sequence[Fact],
    quotes: Sequence[StoryQuote],
    entities: Sequence[StoryEntity],
) -> tuple[Coverage, ...]:
    """One ``Coverage`` per outlet, in the order outlets first appear in the story."""
    outlets: list[str] = []
    for a, an in zip(articles, analyses, strict=True):
        name = outlet_of(a, an)
        if not any(same_outlet(name, o) for o in outlets):
            outlets.append(name)
    by_id = {e.id: e.name for e in entities}
    report_outlet = {a.id: outlet_of(a, an) for a, an in zip(articles, analyses, strict=True)}
    speakers: dict[str, list[str]] = {o: [] for o in outlets}
    story_speaker: dict[tuple[str, int], str] = {}
    for q in quotes:
        if q.speaker:
            for span in (q.span, *q.same_as):
                story_speaker[(span.article, span.start)] = by_id.get(q.speaker) or q.speaker
    for article, analysis in zip(articles, analyses, strict=True):
        outlet = next(o for o in outlets if same_outlet(o, report_outlet[article.id]))
        for quote in analysis.quotes:
            who = story_speaker.get((article.id, quote.span.start)) or quote.speaker
            if who and who not in speakers[outlet]:
                speakers[outlet].append(who)
    out = []
    for outlet in outlets:
        only = tuple(f.id for f in facts if f.outlets and all(same_outlet(o, outlet) for o in f.outlets))
        out.append(Coverage(outlet=outlet, only_here=only, quoted=tuple(speakers[outlet])))
    return tuple(out)
