"""Time expressions: recognition and TIMEX3 normalization, anchored on the report's publication date.

``extract_timexes`` finds DATE, TIME, DURATION and SET expressions with regular expressions (the rule
tables in ``timex_rules`` and ``timex_relative``), keeps the longest non-overlapping matches, and resolves
each against ``article.published``: "last Wednesday" in a report of Wednesday 2023-05-10 is 2023-05-03,
"last week" 2023-W18, "In April" (past tense) 2023-04, "more than seven hours" PT7H. Without a publication
date, values that need one stay underspecified ("XXXX-05-03", "XXXX-WXX-3") or None, while written dates
("June 29, 2022") still resolve.

The method follows the shape of HeidelTime (Strötgen & Gertz 2010): rules per expression type, then a
normalization that reads the tense around an underspecified expression to choose its direction. It is our
own, written for speed: plain text only, so that a report can be re-anchored cheaply when its date is
settled later (``storyline.extract.dating.refine_story``). A spaCy ``Doc`` may be passed but is not used
for values, so that the first reading and a re-anchored one always agree.

Does not find event-anchored expressions ("two days after the vote") or resolve anaphora ("that day").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from storyline.extract.timex_calendar import parse_anchor
from storyline.extract.timex_relative import RELATIVE_RULES
from storyline.extract.timex_rules import DATE_RULES, Mention
from storyline.model import Article, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Mention", "extract_timexes", "find_mentions", "resolve_mentions"]

_RULES = DATE_RULES + RELATIVE_RULES
_PRIORITY = {id(rule[0]): i for i, rule in enumerate(_RULES)}


def find_mentions(text: str) -> list[Mention]:
    """All time expressions in ``text``, in text order, longest match first where two overlap."""
    found: list[tuple[int, int, Mention]] = []
    for priority, (pattern, build) in enumerate(_RULES):
        for match in pattern.finditer(text):
            mention = build(match, text)
            if mention is not None:
                found.append((mention.end - mention.start, -priority, mention))
    # longest first; on equal length, the earlier rule (dates before durations)
    found.sort(key=lambda item: (-item[0], -item[1], item[2].start))
    taken: list[Mention] = []
    occupied: list[tuple[int, int]] = []
    for _length, _priority, mention in found:
        if any(mention.start < e and s < mention.end for s, e in occupied):
            continue
        occupied.append((mention.start, mention.end))
        taken.append(mention)
    taken.sort(key=lambda m: m.start)
    return taken


def resolve_mentions(
    article_id: str, text: str, mentions: list[Mention], anchor: date | None
) -> tuple[TimeExpr, ...]:
    """``TimeExpr`` values for mentions, resolved against ``anchor`` (None: leave relative ones open)."""
    out = []
    for m in mentions:
        out.append(
            TimeExpr(
                span=Span(article=article_id, start=m.start, end=m.end),
                text=text[m.start : m.end],
                type=m.type,
                value=m.resolve(anchor),
            )
        )
    return tuple(out)


def extract_timexes(article: Article, doc: Doc | None = None) -> tuple[TimeExpr, ...]:
    """Time expressions of one article with TIMEX3 values anchored on its publication date.

    ``doc`` is accepted for the pipeline's uniform call but not needed (see the module docstring).
    """
    anchor = parse_anchor(article.published.value)
    return resolve_mentions(article.id, article.text, find_mentions(article.text), anchor)
