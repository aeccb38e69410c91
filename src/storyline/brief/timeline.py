"""One timeline across the reports of a story, on the calendar the time stage resolved.

Each report's DATE expressions already carry TIMEX3 values resolved against that report's own date, so
"last Wednesday" (CNN) and "May 3" (Newsweek) both read ``2023-05-03``: grouping by value merges them.
A coarser value that contains a finer one ("last week" = ``2023-W18`` around ``2023-05-03``) joins the finer
entry only when their sentences talk about the same thing (shared content words); otherwise it stays an
entry of its own, because a week or a month is a real, if vague, date.

Only calendar dates count (day, weekend, month, ISO week, year). ``PRESENT_REF``, durations, sets, times of day
and unresolved expressions are left out, as are dates inside page furniture (a caption's "June 29, 2022"
dates the photo, not the story) and years that modify a noun ("the 2020 presidential election": the year of
the election, not of what the sentence tells). Does not order events that have no date.

A year is stated when the expression writes it ("June 29, 2022", "in 2021") or the report's date has a
settled year (given, stamped, or told by the text within one year: ``storyline.extract.dating.year_settled``).
A pasted report that dates itself only by "on Wednesday" and "May 3" resolves them under an assumed year: the
entry keeps that calendar value (as ``storyline extract`` gives it) with ``year_stated`` False, which the
renderers show as "year assumed"; an entry that would be only an assumed year ("last year") is left out.

A report with no date whose dateline gives a month and day ("LANZHOU, July 22 (Xinhua) --") has year-less
values ("XXXX-07-22", "XXXX-07"; ``storyline.extract.timex_undated``). When a report of the story has a
settled year, such a value takes the year that puts it nearest that report's date, with ``year_stated``
False, and so joins the other reports' entry for that day; otherwise it stays year-less, ordered after
every entry with a year (a report that writes no year tells of current events, after any year it names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.brief.text import content_words, in_furniture, overlap, sentence_at, sentences_of, strip_span
from storyline.compare.conflicts import agree, toll_counts
from storyline.extract.dating import year_settled
from storyline.extract.timex_rules import modifies_noun
from storyline.model import Analysis, Article, Span, TimeExpr, TimelineEntry

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(-WE)?)?$")
# sentences sharing this share of content words are taken to report the same event
SAME_EVENT = 0.5


def period(value: str) -> tuple[date, date] | None:
    """First and last day of a calendar TIMEX3 value, or None when ``value`` is not one."""
    m = _CALENDAR.match(value)
    if m is None:
        return None
    year, month, day, week, weekend = m.groups()
    try:
        if week is not None:
            first = date.fromisocalendar(int(year), int(week), 6 if weekend else 1)
            return first, first + timedelta(days=1 if weekend else 6)
        if day is not None:
            d = date(int(year), int(month), int(day))
            return d, d
        if month is not None:
            first = date(int(year), int(month), 1)
            nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:  # "2023-02-30", "2023-W60": a bad value is no date
        return None


# what a publication stamp holds besides its date: clock times, weekdays, zones, "Published", "Updated"
_STAMP_NOISE = re.compile(
    r"(?i:\b(?:first\s+|last\s+)?(?:published|posted|updated|modified|created|filed|date|on|at|by)\b"
    r"|(?<![A-Za-z])[ap]\.?m\b\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b)"
    r"|(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])|[\W\d_]+"
)
# "born in the Bronx in 1928": a life's start told in passing, no event of the story
_BORN = re.compile(r"(?i:\bborn\b[^.;]{0,40})$")


def _stamp_only(text: str, sent: Span, timexes: Sequence[TimeExpr]) -> bool:
    """True when the sentence is a stamp ("Published: June 13, 2013 4:59 PM EDT", "(Tue, 16 Aug 2011)").

    A stamp dates the page, and says nothing that happened on its day.
    """
    inner = sorted((t.span.start, t.span.end) for t in timexes if sent.start <= t.span.start and t.span.end <= sent.end)
    rest, pos = [], sent.start
    for start, end in inner:
        rest.append(text[pos:start])
        pos = max(pos, end)
    rest.append(text[pos : sent.end])
    return not re.search(r"[A-Za-z]{2,}", _STAMP_NOISE.sub(" ", " ".join(rest)))


def _born(text: str, sent: Span, span: Span) -> bool:
    return _BORN.search(text, sent.start, span.start) is not None


def _modifier_year(text: str, tx: TimeExpr) -> bool:
    """True when ``tx`` is a bare year that modifies a noun ("the 2020 presidential election", "Trump’s 2020
    defeat"): it dates the thing the noun names, not the event its sentence tells of, so it files no
    sentence ("Fox agreed Tuesday to pay ... over claims about the 2020 election" is Tuesday's news, not
    2020's)."""
    return tx.text.isdigit() and len(tx.text) == 4 and modifies_noun(text, tx.span.start, tx.span.end)


@dataclass
class _Group:
    value: str
    first: date
    last: date
    support: list[Span]
    words: list[frozenset[str]]
    stated: list[bool]  # per support sentence: whether the year of its date is stated, not assumed

    @property
    def days(self) -> int:
        return (self.last - self.first).days

    def add(self, span: Span, words: frozenset[str], stated: bool) -> None:
        if span not in self.support:
            self.support.append(span)
            self.words.append(words)
            self.stated.append(stated)
        elif stated:
            self.stated[self.support.index(span)] = True


# a month and day, or a month, of an unknown year: "XXXX-07-22", "XXXX-07"
_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
# the year that orders year-less entries after every dated one (a leap year: "XXXX-02-29" stays a day)
_LATER_THAN_ANY = 9996


def _story_day(articles: Sequence[Article]) -> date | None:
    """The publication day of the story's first report whose year is settled, or None."""
    days = [d for a in articles if year_settled(a.published) and (d := _day(a.published.value)) is not None]
    return min(days) if days else None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _with_year(value: str, near: date | None) -> tuple[str, tuple[date, date] | None]:
    """A year-less value with the year that puts it nearest ``near`` (unchanged, ordered after every year,
    when ``near`` is None), and its first and last day; other values as they are."""
    m = _YEARLESS.match(value)
    if m is None:
        return value, period(value)
    if near is None:
        return value, period(f"{_LATER_THAN_ANY}{value[4:]}")
    month, day = int(m.group(1)), int(m.group(2) or 15)
    options = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            options.append((abs((date(year, month, day) - near).days), year))
        except ValueError:  # Feb 29 of a common year
            continue
    if not options:
        return value, None
    dated = f"{min(options)[1]:04d}{value[4:]}"
    return dated, period(dated)


def build_timeline(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[TimelineEntry, ...]:
    """Timeline entries for one story, sorted by date (see the module docstring)."""
    texts = {a.id: a.text for a in articles}
    by_id = {a.article: a for a in analyses}
    groups: dict[str, _Group] = {}
    near = _story_day(articles)
    for article in articles:
        analysis = by_id.get(article.id)
        if analysis is None:
            continue
        furniture = [f.span for f in analysis.furniture]
        settled = year_settled(article.published)
        sentences = sentences_of(article, analysis)
        for tx in sorted(analysis.timexes, key=lambda t: t.span.start):
            if tx.type != "DATE" or not tx.value or tx.span.article != article.id:
                continue
            value, bounds = _with_year(tx.value, near)
            if bounds is None or tx.span.end > len(article.text) or tx.span.start >= tx.span.end:
                continue
            if in_furniture(tx.span, furniture):
                continue
            sent = sentence_at(tx.span, sentences) or tx.span
            sent = strip_span(article.text, sent)
            if _stamp_only(article.text, sent, analysis.timexes) or _born(article.text, sent, tx.span):
                continue
            if _modifier_year(article.text, tx):
                continue
            group = groups.setdefault(value, _Group(value, bounds[0], bounds[1], [], [], []))
            stated = (settled or _WRITTEN_YEAR.search(tx.text) is not None) and value == tx.value
            group.add(sent, content_words(article.text[sent.start : sent.end]), stated)
    merged = _merge_coarse(list(groups.values()))
    entries = []
    for g in sorted(merged, key=lambda g: (g.first, g.last)):
        if not any(g.stated) and len(g.value) == 4:
            continue  # "last year" of an assumed year places nothing
        told = sorted(zip(g.support, g.stated, strict=True), key=lambda f: _quoting(_text(f[0], texts)))
        for support, stated in _told_alike(told, texts):
            first = support[0]
            entries.append(
                TimelineEntry(
                    value=g.value,
                    text=texts[first.article][first.start : first.end],
                    support=tuple(support),
                    year_stated=stated,
                )
            )
    return tuple(entries)


def _told_alike(found: list[tuple[Span, bool]], texts: dict[str, str]) -> list[tuple[list[Span], bool]]:
    """The sentences of one date in entries that each cite only sentences that do not give another figure of a
    toll the entry's own sentence gives: "the loss of at least 632 lives" is not supported by "killing at least
    296 people", which then leads an entry of its own on that date. Each entry with whether a year is stated."""
    out: list[tuple[list[Span], bool]] = []
    while found:
        line = _text(found[0][0], texts)
        alike = [f for f in found if f is found[0] or not _other_toll(line, _text(f[0], texts))]
        out.append(([span for span, _ in alike], any(stated for _, stated in alike)))
        found = [f for f in found if not any(f is a for a in alike)]
    return out


def _quoting(sentence: str) -> bool:
    """Whether a sentence holds quotation marks: a speaker's words ("Today's verdict proves he was wrong.”") tell
    the day less plainly than the reporter's own sentence, which then leads its entry (the sort is stable)."""
    return any(mark in sentence for mark in '"“”')


def _text(span: Span, texts: dict[str, str]) -> str:
    return texts[span.article][span.start : span.end]


def _other_toll(line: str, other: str) -> bool:
    """Whether ``other`` gives a toll that ``line`` gives too with a figure no figure of ``line`` states: two
    bounds in one direction that give different figures state different figures, however far apart."""
    theirs = toll_counts(other)
    for about, x in toll_counts(line):
        ys = [y for a, y in theirs if a == about]
        if ys and not any(agree(x, y) and not (x.bound and x.bound == y.bound and x.value != y.value) for y in ys):
            return True
    return False


# a year the expression itself writes: "June 29, 2022", "in 2021", "2023-05-03"
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def _merge_coarse(groups: list[_Group]) -> list[_Group]:
    """Move each sentence of a week/month/year entry into a finer entry inside it that reports the same event.

    Sentence by sentence: "Nikkei reported last week" joins the Nikkei report's day, while another
    sentence dated "last week" about something else keeps the week entry alive.
    """
    kept: list[_Group] = []
    for g in sorted(groups, key=lambda g: g.days):
        inner = [k for k in kept if k.days < g.days and g.first <= k.first and k.last <= g.last]
        rest = _Group(g.value, g.first, g.last, [], [], [])
        for span, words, stated in zip(g.support, g.words, g.stated, strict=True):
            best, score = None, SAME_EVENT
            for k in inner:
                s = max((overlap(words, w) for w in k.words), default=0.0)
                if s >= score:
                    best, score = k, s
            (best or rest).add(span, words, stated)
        if rest.support:
            kept.append(rest)
    return kept
