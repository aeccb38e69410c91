"""Days a story names a past event by ("the Jan. 6 attack", "the Sept. 11 attacks"), which are no days of its year.

A month and day written without a year and used as a noun's modifier names the event it dates, as "the 2020
election" names an election (``storyline.extract.timex_rules.modifies_noun``). The time stage gives such a day
the year of its report ("the Jan. 6 attack on Capitol Hill" in a report of August 2024 reads 2024-01-06), which is
right for a day of the news's own weeks ("the Nov. 27 blasts" told on November 29) but not for a day so well
known that its name needs no year: nothing in the report says which January 6 it is, and the reader takes the
famous one, years back. So a named day that lies more than ``NAMED_DAY_REACH`` before its report's news day files
no sentence, and neither does another mention of the same day in the story ("his speech at the Ellipse on Jan.
6"): without a written year the story gives no evidence that it is the story's year. The other year-less dates of
a sentence that tells of such a day ("an opinion issued on Feb. 18" beside it) are of the same past, so their year
is only assumed (``tells_named_day``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from storyline.brief.timeline_values import day_of
from storyline.extract.timex_rules import BEFORE_MODIFIER, MODIFIER_REACH
from storyline.model import Analysis, Article, Span, TimeExpr

# how long before its report's news day a day named as an event's name is taken for a well-known past one
NAMED_DAY_REACH = 45

# a written year: a day written with one is dated by it, not named
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# a month and day written: "Jan. 6", "September 11"
_MONTH_DAY = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
# a day's value, its year resolved or not: "2024-01-06", "XXXX-01-06"
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(\d{2}-\d{2})")
# a word after the day that makes it no modifier: a preposition, a conjunction, a verb of its clause
_NOT_A_NOUN = re.compile(
    r"\s+(?:and|or|but|to|through|until|till|at|in|on|of|for|by|from|with|after|before|when|as|is|was|were|are"
    r"|will|would|has|had|have|be|that|which|where|while|last|this|next)\b",
    re.I,
)


def month_day(tx: TimeExpr) -> str | None:
    """The month and day ("01-06") of a day written without a year ("Jan. 6"), else None."""
    m = _DAY_VALUE.match(tx.value or "")
    if m is None or _WRITTEN_YEAR.search(tx.text) or not _MONTH_DAY.match(tx.text.strip()):
        return None
    return m.group(1)


def names_event(text: str, tx: TimeExpr) -> bool:
    """Whether a month and day written without a year modifies the noun after it ("the Jan. 6 attack", "the Sept.
    11 attacks"): it names the event it dates."""
    start, end = tx.span.start, tx.span.end
    return (
        month_day(tx) is not None
        and BEFORE_MODIFIER.search(text, max(0, start - MODIFIER_REACH), start) is not None
        and re.match(r"\s+[A-Za-z]", text[end : end + 2]) is not None
        and _NOT_A_NOUN.match(text, end) is None
    )


def named_days(articles: Sequence[Article], analyses: Sequence[Analysis], near: date | None) -> frozenset[str]:
    """The months and days ("01-06") the story names a well-known past event by: a day named as an event's name
    ("the Jan. 6 attack") that lies more than ``NAMED_DAY_REACH`` days before its report's news day (the report's
    date, else the story's ``near``). A day of no known year is left as it is: it is already placed with none."""
    texts = {a.id: a for a in articles}
    out: set[str] = set()
    for analysis in analyses:
        article = texts.get(analysis.article)
        if article is None:
            continue
        news_day = day_of(article.published.value) or near
        for tx in analysis.timexes:
            if tx.type != "DATE" or tx.span.end > len(article.text) or not names_event(article.text, tx):
                continue
            told = day_of(tx.value)
            if news_day is not None and told is not None and (news_day - told).days > NAMED_DAY_REACH:
                out.add(month_day(tx) or "")
    return frozenset(out - {""})


def of_named_day(tx: TimeExpr, named: frozenset[str]) -> bool:
    """Whether ``tx`` is a day written without a year that the story names a well-known past event by: it files
    no sentence under the story's year."""
    return bool(named) and month_day(tx) in named


def tells_named_day(sent: Span, timexes: Sequence[TimeExpr], named: frozenset[str]) -> bool:
    """Whether the sentence ``sent`` writes a day the story names a well-known past event by: its other year-less
    dates are of that past, their year only assumed."""
    return bool(named) and any(
        sent.start <= t.span.start < sent.end and of_named_day(t, named) for t in timexes
    )
