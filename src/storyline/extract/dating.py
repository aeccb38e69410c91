"""Publication dates: inferred from a report's own dates when none is given, then settled across a story.

``infer_published`` reads one report. Dates written with a year and told in the past tense are a lower
bound; a month and day written without a year ("May 3") are taken to be in the publication year (news
style omits the current year), which lies after the last year that is written out with a month ("June
2022"); the latest such date told in the past is the lower bound; a bare weekday told in the past ("said on
Wednesday") is a day of the week before publication, so the report is dated on the first such weekday on or
after the lower bound, give or take six days. With no written year at all, the report says nothing
certain about its date: the value is None.

``refine_story`` reads the reports of one story together. A report whose date was not given takes the
date under which its own relative expressions land on the days the other reports name: CNN's "last
Wednesday" and "on Wednesday" against Newsweek's "May 3" and "on Wednesday" give 2023-05-10 and no other
day. Given dates never change; inferred ones stay marked inferred (``method="story"``); the reports whose
date changed get their time expressions resolved again.

Does not read datelines or bylines (the ingest layer does, when a page has them) and does not use the
parse: everything here is regular expressions over the text, so a story is re-dated in milliseconds.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta

from storyline.extract.timex import extract_timexes, find_mentions
from storyline.extract.timex_calendar import parse_anchor, valid_day, weekday_near
from storyline.extract.timex_lexicon import tense_direction
from storyline.extract.timex_rules import Mention
from storyline.model import Analysis, Article, MetaValue, Span

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
WINDOW = 6  # a bare weekday told in the past is at most six days before publication


def _day_of(value: str | None) -> date | None:
    m = _DAY.match(value or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return date(y, mo, d) if valid_day(y, mo, d) else None


def _span(article: Article, m: Mention) -> Span:
    return Span(article=article.id, start=m.start, end=m.end)


def _in_year(m: Mention, year: int) -> date:
    """The first day of an undated month-day or month mention placed in ``year``."""
    month = m.key[0]
    day = m.key[1] if len(m.key) > 1 and valid_day(year, month, m.key[1]) else 1
    return date(year, month, day)


def infer_published(article: Article) -> MetaValue:
    """The publication date of a report told from its own text (see the module docstring)."""
    text = article.text
    mentions = find_mentions(text)
    written: list[tuple[date, str, Mention]] = []  # (last day it covers, granularity, mention)
    for m in mentions:
        if m.kind != "abs":
            continue
        written_value = m.resolve(None) or ""
        if _DAY.match(written_value) and (day := _day_of(written_value)):
            written.append((day, "day", m))
        elif mm := _MONTH.match(written_value):
            written.append((date(int(mm.group(1)), int(mm.group(2)), 1), "month", m))
        elif _YEAR.match(written_value):
            written.append((date(int(written_value), 1, 1), "year", m))
    past = [w for w in written if tense_direction(text, w[2].start, w[2].end) <= 0]
    if not past:
        return MetaValue(value=None, inferred=True, method="text-dates")
    latest = max(past, key=lambda w: w[0])
    evidence = [latest[2]]
    low = latest[0]
    undated = [m for m in mentions if m.kind in ("md", "m") and m.direction <= 0]
    weekdays = [m for m in mentions if m.kind == "wd" and m.direction <= 0 and not m.key[1]]
    best: date | None = None
    high: date | None = None
    # Only a report that tells of this week's events ("said on Wednesday") and of recent days named
    # without a year ("on May 3") is dated: the written year then bounds the current one. On TempEval-3
    # a written full date alone is a poor guide (reports cite old dates with their year).
    if (
        weekdays
        and any(m.kind == "md" for m in undated)
        and any(g in ("day", "month") and d.year == low.year for d, g, _m in past)
    ):
        # news style: a date in the current year goes without its year, so the year written with a
        # month is an earlier one; the report is from the following year at the earliest
        year = low.year + 1
        best_day, best_m = max(((_in_year(m, year), m) for m in undated), key=lambda c: c[0])
        low = max(low, best_day)
        evidence.append(best_m)
        best, weekday_mention = max(((weekday_near(low, m.key[0], 1), m) for m in weekdays), key=lambda d: d[0])
        high = best + timedelta(days=WINDOW)
        evidence.append(weekday_mention)
    return MetaValue(
        value=best.isoformat() if best else None,
        inferred=True,
        evidence=tuple(sorted({_span(article, m) for m in evidence})),
        low=low.isoformat(),
        high=high.isoformat() if high else None,
        method="text-dates",
    )


# ---- across a story ------------------------------------------------------------------------------------------


def _story_days(
    articles: Sequence[Article], analyses: Sequence[Analysis], skip: int
) -> tuple[set[date], list[date]]:
    """Days named in the other reports (their resolved day values) and the other reports' dates."""
    named: set[date] = set()
    published: list[date] = []
    for i, (article, analysis) in enumerate(zip(articles, analyses, strict=True)):
        if i == skip:
            continue
        anchor = parse_anchor(article.published.value)
        if anchor is None:
            continue
        published.append(anchor)
        if not article.published.inferred:
            named.add(anchor)
        for t in analysis.timexes:
            if day := _day_of(t.value):
                named.add(day)
    return named, published


def _score(mentions: list[Mention], anchor: date, named: set[date]) -> tuple[int, list[Mention]]:
    hits: dict[date, Mention] = {}
    for m in mentions:
        if m.kind == "abs" or m.kind == "free":
            continue
        day = _day_of(m.resolve(anchor))
        if day is not None and day in named and day not in hits:
            hits[day] = m
    return len(hits), list(hits.values())


def date_from_story(
    article: Article, articles: Sequence[Article], analyses: Sequence[Analysis], index: int
) -> MetaValue | None:
    """The date of ``articles[index]`` as the story's other reports place it, or None when they cannot.

    ``analyses`` hold the other reports' time expressions, resolved against their current dates.
    """
    named, published = _story_days(articles, analyses, index)
    if not published:
        return None
    mentions = find_mentions(article.text)
    own = article.published
    low, high, own_day = parse_anchor(own.low), parse_anchor(own.high), parse_anchor(own.value)
    centre = sorted(published)[len(published) // 2]
    first = low or min(published) - timedelta(days=10)
    last = high or max(published) + timedelta(days=10)
    if first > last:
        return None
    ranked = []
    day = first
    while day <= last:
        score, hits = _score(mentions, day, named)
        # ties: the report's own reading first, then the day nearest the other reports, then the earliest
        ranked.append(((score, day == own_day, -abs((day - centre).days), -day.toordinal()), day, hits))
        day += timedelta(days=1)
    ranked.sort(key=lambda r: r[0], reverse=True)
    (best_score, *_), best_day, hits = ranked[0]
    if best_score == 0:
        if own.value is not None:
            return None  # the report's own reading stands when the story adds nothing
        lo, hi = max(first, centre - timedelta(days=7)), min(last, centre + timedelta(days=7))
        return MetaValue(value=centre.isoformat(), inferred=True, low=lo.isoformat(), high=hi.isoformat(),
                         method="story")
    ties = [d for key, d, _h in ranked if key[0] == best_score]
    return MetaValue(
        value=best_day.isoformat(),
        inferred=True,
        evidence=tuple(sorted({_span(article, m) for m in hits})),
        low=min(ties).isoformat(),
        high=max(ties).isoformat(),
        method="story",
    )


def refine_story(
    articles: Sequence[Article], analyses: Sequence[Analysis]
) -> tuple[list[Article], list[Analysis]]:
    """Settle the dates of one story's reports together; re-anchor the reports whose date changed.

    Order and length are preserved. Reports with a given date are returned unchanged.
    """
    arts, anas = list(articles), list(analyses)
    if len(arts) < 2:
        return arts, anas
    # reports dated from their own text first, then the ones with no date at all, which lean on them
    order = [i for i, a in enumerate(arts) if a.published.inferred and a.published.value is not None]
    order += [i for i, a in enumerate(arts) if not a.published.known]
    for i in order:
        meta = date_from_story(arts[i], arts, anas, i)
        if meta is None or meta.value == arts[i].published.value:
            continue
        arts[i] = dataclasses.replace(arts[i], published=meta)
        anas[i] = dataclasses.replace(anas[i], timexes=extract_timexes(arts[i]))
    return arts, anas
