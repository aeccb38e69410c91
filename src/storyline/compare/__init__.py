"""Compare the reports of one story: linked entities, merged quotes, facts, provenance, coverage.

``compare_story`` runs, in order:
1. cross-report entity linking (``storyline.compare.link``; a per-name grouping stands in when it is absent);
2. merging of quotes carried by several reports (``quotes``);
3. provenance edges from the reports' citations of other outlets (``provenance``), a report of unknown outlet
   named after the outlet another report credits for its words;
4. near-copies of another report and versions of one wire story found (``copies``), each with a ``copy``
   edge; statements (``units``) aligned across reports (``align``) into facts with support spans,
   independent-source counts and conflicts (``facts``, ``conflicts``);
5. per-outlet coverage (``coverage``).

Does NOT rank or summarize facts: ``storyline.brief`` does that with what this returns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from storyline.compare.align import align
from storyline.compare.copies import attach_copies, find_copies, find_kin
from storyline.compare.coverage import coverage
from storyline.compare.facts import build_facts
from storyline.compare.provenance import (
    copy_edges,
    credited_repeats,
    credits_whole,
    named_by_credit,
    named_by_source,
    outlet_of,
    parties,
    provenance_edges,
    same_outlet,
    statement_of_party,
)
from storyline.compare.quotes import by_surname, merge_quotes, worded_apart
from storyline.compare.rewrites import find_rewrites
from storyline.compare.units import report_units
from storyline.model import Analysis, Article, Citation, Comparison, Quote, Span, StoryEntity

__all__ = ["compare_story"]


def _fallback_link(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[StoryEntity, ...]:
    """Entities with the same canonical name and type are one (used only when ``compare.link`` is missing)."""
    groups: dict[tuple[str, str], list[tuple[str, str, tuple[Span, ...]]]] = {}
    for analysis in analyses:
        for ent in analysis.entities:
            key = (ent.name.lower(), ent.type)
            groups.setdefault(key, []).append((analysis.article, ent.id, ent.mentions))
    out = []
    for n, ((_, etype), members) in enumerate(groups.items(), 1):
        first = next(e for an in analyses for e in an.entities if (an.article, e.id) == members[0][:2])
        out.append(
            StoryEntity(
                id=f"E{n}",
                name=first.name,
                type=etype,
                mentions=tuple(m for _, _, ms in members for m in ms),
                members=tuple((a, e) for a, e, _ in members),
                role=first.role,
                role_span=first.role_span,
            )
        )
    return tuple(out)


def story_entities(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[StoryEntity, ...]:
    try:
        from storyline.compare.link import link_entities
    except ImportError:  # the linker is another stage's; until it exists, group by name
        return _fallback_link(articles, analyses)
    return link_entities(articles, analyses)


_COUNTED = re.compile(r"^(?:(?:about|around|nearly|almost|some|roughly|over|more than|at least|up to)\s+)?[\d,.]+\b",
                      re.IGNORECASE)


class _EntityIndex:
    """Which story entities are mentioned inside a span (by their mentions' offsets).

    Counted groups ("nearly 1,200 people") are left out: their number is compared as a number, and two
    reports counting the same people differently must still align (and then be checked for a conflict).
    """

    def __init__(self, entities: Sequence[StoryEntity]) -> None:
        self._by_article: dict[str, list[tuple[int, int, str]]] = {}
        # two story entities of one name are one word to alignment, whatever type each report's reading gave
        # them ("Brentford" read as a person in one report and as a club in another)
        first: dict[str, str] = {}
        for ent in entities:
            if ent.type in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"):
                continue
            if _COUNTED.match(ent.name):
                continue
            key = first.setdefault(" ".join(ent.name.lower().split()), ent.id)
            for m in ent.mentions:
                self._by_article.setdefault(m.article, []).append((m.start, m.end, key))

    def __call__(self, span: Span) -> list[tuple[int, int, str]]:
        return [m for m in self._by_article.get(span.article, ()) if span.start <= m[0] and m[1] <= span.end]


# entity types that name no speaker: a place credited with words is far more often a dateline the quote stage
# took for the speaker ("New York, IRNA - ... spokesperson Tammy Bruce has said") than a government by metonymy
_PLACES = frozenset({"GPE", "LOC", "FAC"})


class _SpeakerIndex:
    """The story entity who said a quote: through the entity's members, else by the speaker's name. A place is
    nobody (``_PLACES``): the statement's speaker is then unknown rather than a wrong one."""

    def __init__(self, entities: Sequence[StoryEntity]) -> None:
        self._entities = tuple(entities)
        self._by_member = {m: e.id for e in entities for m in e.members}
        self._by_name = {e.name.lower(): e.id for e in reversed(entities)}
        self._places = {e.id for e in entities if e.type in _PLACES}

    def __call__(self, article: str, quote: Quote) -> str | None:
        found = self._find(article, quote)
        return None if found in self._places else found

    def _find(self, article: str, quote: Quote) -> str | None:
        if quote.speaker_entity and (found := self._by_member.get((article, quote.speaker_entity))):
            return found
        if quote.speaker:
            # a speaker the entity stage did not make an entity ("a NATO spokesperson") is still somebody; a
            # surname alone is the story's one person of that name (``quotes.by_surname``)
            found = self._by_name.get(quote.speaker.lower()) or by_surname(quote.speaker, self._entities)
            return found or "~" + quote.speaker.lower()
        return None


def _credits(
    articles: Sequence[Article], analyses: Sequence[Analysis], *, whole: bool = False
) -> dict[int, set[int]]:
    """Report index -> the reports of the story whose outlet it credits; with ``whole``, only credits of the
    whole report ("Source: CNBC": ``provenance.credits_whole``)."""
    names = [outlet_of(a, an) for a, an in zip(articles, analyses, strict=True)]
    out: dict[int, set[int]] = {}
    for i, an in enumerate(analyses):
        for c in an.citations:
            if c.kind in ("self", "picture") or (whole and not credits_whole(c, articles[i])):
                continue  # a picture's credit names who took the picture, not whose words the report carries
            out.setdefault(i, set()).update(j for j, n in enumerate(names) if j != i and same_outlet(n, c.cites))
    return out


def compare_story(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    *,
    threshold: float = 0.22,
    cohesion: float = 0.7,
    min_shared: int = 2,
    duplicates: Mapping[str, str] | None = None,
) -> Comparison:
    """Everything storyline finds across the reports of one story (see the module docstring).

    ``duplicates`` maps an article id to the id of the earlier article it nearly copies (the story stage's
    ``duplicate_of``); a copy is carried as support but never counted as another source. A near-copy the
    story stage missed is found here too (``storyline.compare.copies``) and treated the same way; when the
    story stage has a pair the wrong way round (it marks the later report, which may be the original), the
    direction found here wins.

    ``threshold`` and ``cohesion`` are stricter than the values that maximize pair F1 on ECB+ (0.2 and 0.4,
    ``storyline.eval.align``): ECB+ pairs every two sentences that mention one event, while a fact's
    statements must say the same thing about it; on the bundled examples the looser values chain statements
    that merely share the story's streets and bodies into one fact. ``min_shared`` (see
    ``storyline.compare.align.score_pairs``) is why "NATO and Japan have a long-standing cooperation" is no
    corroboration of "a natural evolution in NATO's relationship with Japan" in a story about NATO and Japan.
    """
    if len(articles) != len(analyses):
        raise ValueError(f"{len(articles)} articles but {len(analyses)} analyses")
    entities = story_entities(articles, analyses)
    read = [an.citations for an in analyses]
    articles, analyses = _without_parties(articles, analyses, parties(articles, analyses, entities))
    articles = _named(articles, analyses, read)
    quotes = merge_quotes(analyses, entities, texts={a.id: a.text for a in articles})
    provenance = provenance_edges(articles, analyses)
    index = _EntityIndex(entities)
    speaker_of = _SpeakerIndex(entities)
    units = [
        u
        for i, (a, an) in enumerate(zip(articles, analyses, strict=True))
        for u in report_units(a, an, i, index, speaker_of)
    ]
    position = {a.id: i for i, a in enumerate(articles)}
    copy_of = {
        position[copy]: position[original]
        for copy, original in (duplicates or {}).items()
        if copy in position and original in position
    }
    credits = _credits(articles, analyses)
    found = find_copies(units, len(articles), credits=credits)
    for copy, original in list(copy_of.items()):
        # the story stage marks the later of two near-duplicates; which one copies the other is told here by
        # who credits whom and who cut what ("This Orrin Press report was edited for the Hillcrest Tribune")
        if found.get(original) == copy:
            del copy_of[copy]
    for copy, original in found.items():
        copy_of.setdefault(copy, original)
    kept = [i for i, u in enumerate(units) if u.report not in copy_of]
    aligned = align(
        [units[i] for i in kept], threshold=threshold, cohesion=cohesion, min_shared=min_shared, complete=True
    )
    groups = attach_copies(aligned, units, kept, copy_of)
    # versions of one wire story stay apart in alignment (few of their statements are twins) but are one
    # origin for what they tell on their own account: a copy's statement counts for its family's head
    copied = _heads({**find_kin(articles, analyses, credits=credits, copies=copy_of), **copy_of})
    # a report that credits another report's outlet and prints its words repeats those words ("..., TASS
    # reported"), though it is no copy: the rest of it is its own, and so is its coverage
    # (a copy's head is followed no further through such a credit: what the copy prints is the head's words)
    repeating = credited_repeats(articles, analyses, credits)
    origin_of = {**{r: q for r, q in repeating.items() if copied.get(q) != r}, **copied}
    names = {e.id: (e.name, e.type) for e in entities}
    # a rewrite crediting a report of the story for its whole text ("Source: CNBC") took what they share from it
    whole = _credits(articles, analyses, whole=True)
    worded = worded_apart(analyses, {a.id: a.text for a in articles}, speaker_of)
    facts = build_facts(
        articles, analyses, units, groups, copy_of=origin_of, names=names, credits=whole, worded=worded,
        mentions=index, kin=copied,
    )
    # a close rewrite (``rewrites``) takes no fact away from its original in coverage, as a copy does not
    retold = {**find_rewrites(articles, analyses), **copied}
    return Comparison(
        entities=entities,
        quotes=quotes,
        facts=facts,
        provenance=provenance + copy_edges(articles, analyses, origin_of),
        coverage=coverage(
            articles, analyses, facts, quotes, entities,
            copies={articles[c].id: articles[o].id for c, o in retold.items()},
        ),
    )


def _heads(copy_of: Mapping[int, int]) -> dict[int, int]:
    """Each copy mapped to the report at the end of its chain of copies (a copy of a copy copies the head)."""
    out = {}
    for copy, original in copy_of.items():
        seen = {copy}
        while original in copy_of and original not in seen:
            seen.add(original)
            original = copy_of[original]
        if original != copy:
            out[copy] = original
    return out


def _without_parties(
    articles: Sequence[Article], analyses: Sequence[Analysis], acting: frozenset[str]
) -> tuple[list[Article], list[Analysis]]:
    """The reports without what names an actor of the story as a news source (``provenance.parties``): a
    party's statement ("Fox said the amount greatly overstated ...") is no credit to an outlet, and an outlet
    inferred for a report from a party's acts ("Fox did not immediately confirm the amount") is no outlet of
    the report's."""
    if not acting:
        return list(articles), list(analyses)
    kept = [
        replace(an, citations=tuple(c for c in an.citations if not statement_of_party(c, acting)))
        for an in analyses
    ]
    unnamed = [
        replace(a, outlet=replace(a.outlet, value=None, inferred=False, evidence=(), method=""))
        if a.outlet.inferred and a.outlet.value and any(same_outlet(a.outlet.value, n) for n in acting)
        else a
        for a in articles
    ]
    return unnamed, kept


def _named(
    articles: Sequence[Article], analyses: Sequence[Analysis], read: Sequence[Sequence[Citation]]
) -> list[Article]:
    """The articles, a report of unknown outlet named (as inferred) after the outlet another report credits for
    words only it carries (``provenance.named_by_credit``), or for the whole of a rewrite whose wording it
    shares (``provenance.named_by_source``). ``read`` are the reports' citations before a party's statements
    were taken out: a report crediting the outlet for those words ("a statement carried by ... SPA said") is no
    report of it."""
    named = {**named_by_source(articles, analyses), **named_by_credit(articles, analyses, credits=read)}
    return [
        replace(a, outlet=replace(a.outlet, value=named[i], inferred=True, method="credit")) if i in named else a
        for i, a in enumerate(articles)
    ]
