"""Coverage: for each outlet, the facts only it reports and the people and bodies it quotes.

A fact is "only here" for an outlet when every report supporting it is that outlet's, a near-copy of another
report supporting it aside (a syndicated copy does not take a fact away from its original). Whom an outlet
quotes are the speakers of its reports' quotes that are real names: a story entity of a person, organisation,
place or group (not an outlet, a street, a document or a description such as "officials"), each once,
by its story-wide name, in order of first appearance.

Does NOT count a fact as covered by an outlet whose report merely mentions the same entities, and does not
list an unnamed speaker ("a spokesperson"): the quote ledger keeps those.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.compare.provenance import outlet_of, same_outlet
from storyline.model import Analysis, Article, Coverage, Fact, Quote, StoryEntity, StoryQuote

# entity types that can speak; FAC, LOC, WORK_OF_ART, DATE ... cannot
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _speaker(
    quote: Quote, article: str, entities: Sequence[StoryEntity], by_member: Mapping[tuple[str, str], StoryEntity]
) -> StoryEntity | None:
    if quote.speaker_entity and (ent := by_member.get((article, quote.speaker_entity))):
        return ent
    if quote.speaker:
        name = quote.speaker.lower()
        return next((e for e in entities if e.name.lower() == name), None)
    return None


def coverage(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    facts: Sequence[Fact],
    quotes: Sequence[StoryQuote],
    entities: Sequence[StoryEntity],
    *,
    copies: Mapping[str, str] | None = None,
) -> tuple[Coverage, ...]:
    """One ``Coverage`` per outlet, in the order outlets first appear in the story.

    ``copies`` maps the id of a report that nearly copies another to the original's id.
    """
    del quotes  # speakers are read from each report's own quotes, linked through the story entities
    copies = copies or {}
    outlets: list[str] = []
    report_outlet = {a.id: outlet_of(a, an) for a, an in zip(articles, analyses, strict=True)}
    for name in report_outlet.values():
        if not any(same_outlet(name, o) for o in outlets):
            outlets.append(name)
    media = [*outlets, *(c.cites for an in analyses for c in an.citations)]
    by_member = {m: e for e in entities for m in e.members}
    speakers: dict[str, list[str]] = {o: [] for o in outlets}
    for article, analysis in zip(articles, analyses, strict=True):
        outlet = next(o for o in outlets if same_outlet(o, report_outlet[article.id]))
        for quote in analysis.quotes:
            ent = _speaker(quote, article.id, entities, by_member)
            if ent is None or ent.type not in _SPEAKER_TYPES or not ent.name[:1].isupper():
                continue
            if any(same_outlet(ent.name, m) for m in media):
                continue  # "told CNN": the outlet is whom the speaker spoke to, not a speaker
            if ent.name not in speakers[outlet]:
                speakers[outlet].append(ent.name)
    out = []
    for outlet in outlets:
        only = []
        for f in facts:
            carriers = {s.article for s in f.support}
            # a copy's statement that comes from its original is the original's, whether or not the original's
            # own statement fell in the same fact
            kept = {
                a
                for a in carriers
                if copies.get(a) not in carriers
                and not (
                    a in copies and f.origin is not None and same_outlet(f.origin, report_outlet.get(copies[a], ""))
                )
            }
            names = [report_outlet[a] for a in kept if a in report_outlet]
            if names and all(same_outlet(n, outlet) for n in names):
                only.append(f.id)
        out.append(Coverage(outlet=outlet, only_here=tuple(only), quoted=tuple(speakers[outlet])))
    return tuple(out)
