"""The cited summary: a few source sentences, the most corroborated facts first.

Extractive on purpose: every summary line is ``article.text[start:end]`` of its first support span (a whole
sentence, or that sentence cut at a clause boundary), so nothing in it is storyline's own wording. Does not
paraphrase, fuse sentences or resolve pronouns; a line may therefore begin "He added ...", though never the
first line when another can lead.

Method: show each fact's first support lifted to its whole sentence, and keep as cited only the other supports
that state what that sentence says (``compare.facts.states``: its counts, and a share of the words it says of whom
it names), showing the fact's own statement instead when the sentence says more than they state; rank the lines by the
independent sources of what they keep, then by how many reports carry the fact, then by position in the first
report, counting a fact in the reports' leads as one source more (news leads carry the event), conflicts and
lines holding a disputed figure or day last; drop page furniture, editorial boilerplate ("reached out for
comment") and lines that restate one already chosen (content-word overlap); fill up with the reports' lead
sentences when facts are few. A line starts after a wire dateline opening its paragraph ("TOKYO, Japan –",
"Lima, May 2 (Agency).-") even when the furniture rules did not take it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from storyline.brief.text import (
    content_words,
    in_furniture,
    overlap,
    sentence_at,
    sentences_of,
    strip_span,
    trim_clause,
    valid,
)
from storyline.calendar_words import WEEKDAYS
from storyline.compare.align import quote_words
from storyline.compare.claims import deed_of
from storyline.compare.conflicts import quantities, toll_counts
from storyline.compare.counted import TOLLS
from storyline.compare.counts import another_event
from storyline.compare.facts import _LINE_AUX, _done, _main_clause, one_deed, states
from storyline.extract.dateline import UPDATE_TAG
from storyline.model import Analysis, Article, Fact, Span, SummaryItem

# a summary line longer than this is cut at a clause boundary
MAX_CHARS = 320
# a fact span shorter than this is a fragment ("more unstable"): show its whole sentence instead
MIN_CHARS = 60
# content-word overlap above which a candidate restates a line already chosen
REDUNDANT = 0.6
# lines of newsroom housekeeping that say nothing about the events, even when every report has them
_BOILERPLATE = re.compile(
    r"reached out to .{0,60}for comment|did not (immediately )?respond|could not be reached|declined to comment|"
    r"contributed (to )?(this )?report|^(photo|image|video)\b|all rights reserved|click here|sign up",
    re.IGNORECASE,
)
_MIN_WORDS = 6
LEAD_SENTENCES = 2
# a wire dateline opening a paragraph that the furniture rules did not take (a place in capitals, or a bracketed
# agency, then a dash: "HARBOURTON, Velm –", "Port Ellis, May 2 (Ledger).-"); a summary line starts after it,
# not inside it (the sentence split may cut after the place, leaving ", Velm – All 40 ...")
_DATELINE = re.compile(
    r"(?:[A-Z]{3,}[\w.'’-]*(?:,?[ \t]+[\w.'’-]+){0,4}?,?|"
    r"[A-Z][\w.'’-]*(?:,?[ \t]+[\w.'’-]+){0,4}?,?[ \t]*\([A-Z][\w.&'’ -]{0,30}\)\.?)"
    r"[ \t]*(?:--|—|–|-)[ \t]+(?=[A-Z0-9\"“‘])"
)


@dataclass(frozen=True, slots=True)
class _Context:
    texts: Mapping[str, str]
    sentences: Mapping[str, tuple[Span, ...]]
    furniture: Mapping[str, tuple[Span, ...]]
    order: Mapping[str, int]
    headlines: Mapping[str, tuple[Span, ...]]  # a report's first line that is its title: cited, never a line
    quoted: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)  # a report's quotations, not reported speech
    # a report's entity mentions (start, end, the entity's name in lower case): who a line's doer is, as the
    # comparison read it ("Hamas announced ...": a one-word doer is a name only as an entity)
    named: Mapping[str, tuple[tuple[int, int, str], ...]] = field(default_factory=dict)


def _context(articles: Sequence[Article], analyses: Sequence[Analysis]) -> _Context:
    by_id = {a.article: a for a in analyses}
    return _Context(
        texts={a.id: a.text for a in articles},
        sentences={a.id: sentences_of(a, by_id.get(a.id)) for a in articles},
        furniture={a.id: tuple(f.span for f in by_id[a.id].furniture) if a.id in by_id else () for a in articles},
        order={a.id: i for i, a in enumerate(articles)},
        headlines={a.id: _headline(a) for a in articles},
        quoted={a.id: tuple(q.span for q in by_id[a.id].quotes if q.kind != "indirect") if a.id in by_id else ()
                for a in articles},
        named={a.id: _named(by_id[a.id]) if a.id in by_id else () for a in articles},
    )


# entity types that name no doer: a count or a time is compared as a figure
_UNNAMED_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _named(analysis: Analysis) -> tuple[tuple[int, int, str], ...]:
    """A report's mentions of its entities, keyed by the entity's name in lower case: two reports' one name is one
    doer to ``claims.same_doer``, as the comparison's story entities (linked by name) are."""
    return tuple(
        (m.start, m.end, " ".join(e.name.lower().split()))
        for e in analysis.entities
        if e.type not in _UNNAMED_TYPES
        for m in e.mentions
    )


def _headline(article: Article) -> tuple[Span, ...]:
    """The report's first line when it is the report's title (given or inferred): a headline tells the story in
    headline words ("Nearly 100 dead and missing from storm -governor"), not as a summary line does."""
    title = str(article.title.value or "").strip()
    first = article.text.lstrip()
    at = len(article.text) - len(first)
    line = first.split("\n", 1)[0]
    if not title or " ".join(line.split()) != " ".join(title.split()):
        return ()
    return (Span(article=article.id, start=at, end=at + len(line)),)


def _past_dateline(text: str, span: Span) -> Span:
    """``span`` moved to start after a dateline or an update tag opening its paragraph, when it starts inside
    one."""
    line_start = text.rfind("\n", 0, span.start) + 1
    m = _DATELINE.match(text, line_start) or UPDATE_TAG.match(text, line_start)  # or "(2nd UPDATE) "
    if m is None or not line_start <= span.start < m.end() or m.end() >= span.end:
        return span
    return Span(article=span.article, start=m.end(), end=span.end)


def _lift(span: Span, ctx: _Context) -> Span | None:
    """The span to show for a fact's support: itself, or its sentence when it is a fragment."""
    if not valid(span, ctx.texts):
        return None
    text = ctx.texts[span.article]
    span = strip_span(text, span)
    sent = sentence_at(span, ctx.sentences.get(span.article, ()))
    # a whole sentence reads better than a clause cut out of it ("the country was left with ..."), unless
    # the sentence is too long for a summary line; a fragment is always lifted to its sentence
    if sent is not None and sent.end >= span.end and (
        sent.end - sent.start <= MAX_CHARS or span.end - span.start < MIN_CHARS
    ):
        span = strip_span(text, sent)
    span = trim_clause(text, _past_dateline(text, span), MAX_CHARS)
    if span.end <= span.start or in_furniture(span, ctx.furniture.get(span.article, ())):
        return None
    if in_furniture(span, ctx.headlines.get(span.article, ())):
        return None
    if _in_marks(text, span):
        return _with_speaker(text, span)
    if _inside_quotation(span, ctx) and not _SPEECH.search(text, span.start, span.end):
        return None  # a sentence in the middle of a speaker's quote ('She helped me so much ...'): theirs to tell
    return span


def _inside_quotation(span: Span, ctx: _Context) -> bool:
    """Whether ``span`` lies within one of its report's direct or partial quotes (a mark either side may be
    outside the quote's span)."""
    return any(q.start - 1 <= span.start and span.end <= q.end + 1 for q in ctx.quoted.get(span.article, ()))


_MARKS = "\"“‘"


def _in_marks(text: str, span: Span) -> bool:
    """Whether ``span`` opens on a quotation mark, or right after one: a speaker's words."""
    return _opening_mark(text, span) >= 0


def _opening_mark(text: str, span: Span) -> int:
    """Where the quotation mark ``span`` opens on, or right after, stands; -1 when there is none."""
    if text[span.start : span.start + 1] in tuple(_MARKS):
        return span.start
    before = text[: span.start].rstrip()
    if before[-1:] in tuple(_MARKS):
        return len(before) - 1
    # a straight single mark after a colon opens a quote too ("She revealed: 'Mick wanted to dance ...'")
    return len(before) - 1 if before[-1:] == "'" and before[:-1].rstrip().endswith(":") else -1
# what follows a quote's closing mark up to the end of its sentence, naming who spoke: ', said 24-year-old Ilse
# Marrow.' or '," Tarn told reporters.'
_ATTRIBUTION = re.compile(r"[,.!?]?\s*[\"”’]\s*(?P<rest>[^\"“”\n]{3,120}?[.!?])(?=\s|$)")


def _with_speaker(text: str, span: Span) -> Span | None:
    """A speaker's own words as a summary line: with their quotation marks and the attribution that follows them
    ('"Harbourton is a total loss," said Ilse Marrow.'), or None when none follows (the words are then shown
    under who said them, not as the reports' own telling). Bare, they would read as a fact the reports state."""
    open_at = _opening_mark(text, span)
    closed = max(text.rfind(mark, span.start, span.end) for mark in _CLOSING_MARKS)
    if closed > open_at and _SPEECH.search(text, closed, span.end):
        # the line holds its attribution already ('"We will rebuild," the mayor said.'), after the quote's close
        # (no "He said his mother taught him" inside the quote)
        return Span(article=span.article, start=open_at, end=span.end)
    m = _ATTRIBUTION.match(text, span.end)
    if m is None or not _SPEECH.search(m.group("rest")):
        return None
    return Span(article=span.article, start=open_at, end=m.end())


_CLOSING_MARKS = ('"', "”", "’", "'")
# a verb of speech in an attribution
_SPEECH = re.compile(r"\b(?:said|says|told|added|asked|explained|wrote|stated|declared|insisted|warned)\b")


# a line that opens on a person's pronoun as its speaker ("He said there were a total of 75 hikers ...") credits
# its statement to nobody the reader has met, and one that opens in lower case ("said Widodo, who also ordered
# ...") is the tail of a sentence: no line says a whole statement that way. A pronoun that is no speaker ("He now
# faces a long term ...") only keeps the line from leading (``_named_first``)
_NO_ONE_NAMED = re.compile(
    r"(?:He|She|They)\s+(?:\w+ly\s+|also\s+|later\s+)?(?:said|says|told|added|explained|noted|stated)\b"
    r"|[\"“‘']?[a-z]"
)
# a quotation credited to a pronoun ('"God bless you, Varna," he wrote.'): the words of nobody the reader has met
_PRONOUN_SPEAKER = re.compile(
    r"[,.!?]\s*[\"”’']\s+(?:he|she|they)\s+(?:\w+ly\s+|also\s+|later\s+)?(?:said|says|told|added|wrote|writes|"
    r"explained|noted|stated|posted|tweeted)\b"
)


# a line whose subject is a bare pronoun of a thing or a group, doing something ("It did not call it a
# cyberattack", "This comes after reports of ...", "They struck again"): the reader cannot tell who or what; an
# expletive "it" or a state ("It was not clear how many ...", "They were all safe") still reads
_BARE_SUBJECT = re.compile(
    r"(?:It|This|These|Those|They)\s+(?!(?:is|was|are|were|remains|remained|will\s+be|has\s+been|had\s+been)\b)"
)


def _usable(text: str) -> bool:
    return (
        len(text.split()) >= _MIN_WORDS
        and not _BOILERPLATE.search(text)
        and not _NO_ONE_NAMED.match(text)
        and not _BARE_SUBJECT.match(text)
        and not _PRONOUN_SPEAKER.search(text)
        and not _piece_of_quotation(text)
    )


# a closing mark opening a line: the end of the quotation the sentence before it ended inside ('" He added ...')
_CLOSING_FIRST = re.compile(r"\s*(?:\"\s|”)")


def _piece_of_quotation(text: str) -> bool:
    """Whether a line ends inside a quotation it opens, or closes one it does not open: the sentence split cut a
    quoted statement of several sentences ('The senator said on X that "it's absolutely outrageous that ... a
    foreign company.' and the next line '" He added that ...'; 'Today represents a ringing endorsement for truth,
    and for democracy.”' closing a paragraph-long quote). Either is a piece of the quotation, not a line."""
    return (
        text.count('"') % 2 == 1
        or text.count("“") != text.count("”")
        or bool(_CLOSING_FIRST.match(text))
        or (bool(_SINGLE_CLOSING_LAST.search(text)) and not _SINGLE_OPENING.search(text))
        or (bool(_SINGLE_OPENING.search(text)) and not _SINGLE_CLOSING.search(text))
    )


# a straight or curly single mark closing a line after its last word's punctuation ("... never forget her.'"),
# and one opening a quotation (after a space, a colon or the line's start: "confessed: 'I always had ...")
_SINGLE_CLOSING_LAST = re.compile(r"[.!?,]['’]\s*$")
_SINGLE_OPENING = re.compile(r"(?:^|[\s:(])['‘](?=\w)")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.!?,])['’](?=[\s.,;:!?)]|$)")


def _in_lead(span: Span, ctx: _Context) -> bool:
    """True when ``span`` lies in the first two sentences of its report (where news puts the event)."""
    lead = ctx.sentences.get(span.article, ())[:LEAD_SENTENCES]
    return any(s.start <= span.start < s.end for s in lead)


def _fact_rank(
    fact: Fact, support: Sequence[Span], disputed: Sequence[Span], ctx: _Context
) -> tuple[int, int, int, int, int]:
    """Where a fact's line goes: conflicts last, and with them a line whose sentence holds a disputed figure or
    day (a statement of a conflict that is no toll's update lies inside it); then by the sources its kept
    ``support`` comes from, a fact in the reports' leads counting one more, the reports it holds, and its place
    in the first report."""
    reports = {s.article for s in fact.support}
    first = min(((ctx.order.get(s.article, 1 << 30), s.start) for s in fact.support), default=(1 << 30, 0))
    shown = support[0] if support else None
    conflict = 1 if fact.status == "conflict" or (shown and any(shown.contains(d) for d in disputed)) else 0
    # a fact in the reports' leads counts as one source more: an event every report leads with is the
    # story, even when one report took it from the other (which makes it one independent source)
    lead = 1 if any(_in_lead(s, ctx) for s in fact.support) else 0
    # conflicts go last: a summary should lead with what the reports agree on
    return (conflict, -(_sources(fact, support) + lead), -len(reports), first[0], first[1])


def _sources(fact: Fact, support: Sequence[Span]) -> int:
    """The sources a line is shown with: as many as the reports its kept spans come from, at most the fact's."""
    return max(1, min(fact.independent_sources, len({s.article for s in support})))


class _Picker:
    """Accumulates summary lines, refusing restatements and reused sentences."""

    def __init__(self, ctx: _Context, limit: int, background: Sequence[Span] = ()) -> None:
        self.ctx = ctx
        self.limit = limit
        self.items: list[SummaryItem] = []
        self._words: list[frozenset[str]] = []
        self._used: list[Span] = list(background)  # what led up to the story is no line of it

    @property
    def full(self) -> bool:
        return len(self.items) >= self.limit

    def offer(self, support: Sequence[Span], independent: int) -> bool:
        if self.full or not support:
            return False
        first = support[0]
        text = self.ctx.texts[first.article][first.start : first.end]
        if not _usable(text):
            return False
        words = content_words(text)
        if any(overlap(words, w) >= REDUNDANT for w in self._words):
            return False
        if any(first.overlaps(u) for u in self._used):
            return False
        self.items.append(SummaryItem(text=text, support=tuple(support), independent_sources=max(1, independent)))
        self._words.append(words)
        self._used.append(first)
        return True


def summarize(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    facts: Sequence[Fact],
    *,
    sentences: int = 6,
    background: Sequence[Span] = (),
) -> tuple[SummaryItem, ...]:
    """At most ``sentences`` cited summary lines for one story (see the module docstring for the method).

    ``background``: sentences that tell only of what led up to the story (the timeline's background entries: "An
    explosion at another plant in March left one dead"); no line opens on one. A story told only in such
    sentences is summed up from them all the same."""
    if sentences <= 0 or not articles:
        return ()
    kept = _summarize(articles, analyses, facts, sentences, background) if background else ()
    return kept or _summarize(articles, analyses, facts, sentences, ())


def _summarize(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    facts: Sequence[Fact],
    sentences: int,
    background: Sequence[Span],
) -> tuple[SummaryItem, ...]:
    ctx = _context(articles, analyses)
    # a forecast another report tells as done is no line, nor a lead sentence to top up with
    stale = [f for f in facts if _told_done(f, facts, ctx)]
    picker = _Picker(ctx, sentences, (*background, *(s for f in stale for s in f.support)))
    lines = [(fact, _support(fact, ctx)) for fact in facts if not any(fact is f for f in stale)]
    # a figure or a day the reports disagree on (not a toll's successive figures, which a summary must tell)
    disputed = [s for f in facts if f.status == "conflict" and not f.may_be_update for s in f.support]
    ranked = sorted(lines, key=lambda fs: _fact_rank(fs[0], fs[1], disputed, ctx))
    for fact, support in _toll_first(ranked, ctx, sentences):
        picker.offer(support, _sources(fact, support))
        if picker.full:
            break
    _fill_with_leads(picker, articles, ctx)
    return _named_first(picker.items)


# a capitalized word inside a line: a name it tells of ("the House", "Friday")
_CAPITAL = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\b")


def _forecast(text: str) -> bool:
    """Whether a statement tells its act as one to come by "will" ("It will return to the Assembly"): not by
    "would", which mostly reports what someone said they would do ("After saying he would not pardon his son, the
    governor on Sunday did that very thing")."""
    m = _LINE_AUX.search(_main_clause(text))
    return m is not None and m.group(0) == "will"


def _told_done(fact: Fact, facts: Sequence[Fact], ctx: _Context) -> bool:
    """Whether a fact tells an act to come ("It will return to the Assembly on Friday", one of its statements) that
    another fact tells as done that day ("On Friday, the Assembly endorsed the amendments"): the same weekday and
    another name shared. A forecast another report tells as done yields to it: beside it, the summary would tell
    the act as still to come."""
    texts = [ctx.texts[s.article][s.start : s.end] for s in fact.support]
    if not any(_forecast(t) for t in texts) or any(_done(t) for t in texts):
        return False
    names = {w for t in texts for w in _CAPITAL.findall(t)}
    days = names & set(WEEKDAYS)
    if not days:
        return False
    for other in facts:
        if other is fact or other.status == "conflict":
            continue
        told = [ctx.texts[s.article][s.start : s.end] for s in other.support]
        if any(_done(t) and days & set(_CAPITAL.findall(t)) and (names - days) & set(_CAPITAL.findall(t))
               for t in told):
            return True
    return False


# a line that opens on a pronoun names nobody the reader has met ("He now faces ..."): it does not lead
# (nor one that opens on "That" or "Those": "That spill poured 58,000 gallons ..." tells of a thing the sentence
# before named, often another event)
_PRONOUN_OPENING = re.compile(r"[\"“‘']?(?:He|She|They|It|His|Her|Their|Its|This|These|That|Those|We|I)\b")
# a line opening on "That" or "Those" and a noun points back to a thing told before it ("That spill", "Those fires")
_POINTING_BACK = re.compile(r"[\"“‘']?(?:That|Those)\s+[a-z]")


def _named_first(items: Sequence[SummaryItem]) -> tuple[SummaryItem, ...]:
    """The lines in their order, but for a first line that opens on a pronoun: the first line that does not
    leads instead (when there is one), and the rest keep their order. No lines give none: a story may hold only
    a report with no sentence worth a line (a table of figures, "story  size  dates")."""
    lead = next((n for n, item in enumerate(items) if not _PRONOUN_OPENING.match(item.text)), 0)
    if lead >= len(items):
        return ()
    return (items[lead], *items[:lead], *items[lead + 1 :])


def _toll_first(
    ranked: list[tuple[Fact, list[Span]]], ctx: _Context, shown: int
) -> list[tuple[Fact, list[Span]]]:
    """The ranked lines, with the first that tells how many died moved to the front, from among the lines that
    would be shown or, when none of them tells it, from further down: the number of the dead leads the news of a
    disaster, though the reports give it in sentences of their own (a figure each, so each a fact of few
    sources). A line of a disputed figure that is no toll's update stays where it is."""
    limit = min(len(ranked), shown)
    # a toll among the lines shown leads them too: a line on the craft or the crowd aboard ranked above it by its
    # sources is no better opening for the news of a disaster
    for n, (fact, support) in enumerate(ranked[:limit]):
        if support and _dead(_text(support[0], ctx)):
            return ranked if fact.status == "conflict" and not fact.may_be_update else [
                ranked[n], *ranked[:n], *ranked[n + 1 :]]
    for n, (fact, support) in enumerate(ranked):
        if support and (fact.status != "conflict" or fact.may_be_update) and _dead(_text(support[0], ctx)):
            return [ranked[n], *ranked[:n], *ranked[n + 1 :]]
    return ranked


def _dead(text: str) -> bool:
    """Whether a line tells how many died, not as a part, and names no year (a year places the dead elsewhen:
    "since a 2004 tremor ..., which claimed over 600 lives"), nor opens on a past month of another place, nor
    points back to a thing the sentence before told ("That spill ...": ``_POINTING_BACK``)."""
    if _YEAR_WRITTEN.search(text) or another_event(text, ""):
        return False  # "In February, 96 people died ... on Italy's Calabrian coast": another wreck's dead
    if _POINTING_BACK.match(text):
        return False  # "That spill ... resulted in the deaths of more than 6,800 birds": the one told before it
    # the dead counted by who they were ("killed at least 78 migrants") are as many people
    return any(about == "people died" and not q.part for about, q in toll_counts(text)) or any(
        q.verbs & {"die"} == {"die"} and not (q.verbs & TOLLS - {"die"}) and not q.part and not q.summed
        for q in quantities(text)
    )


# a year, followed by punctuation or not ("in 1997, the mayor said"), but no part of a figure ("2,000,000")
_YEAR_WRITTEN = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|,\d)")


def _support(fact: Fact, ctx: _Context) -> list[Span]:
    """The spans a fact's line cites: its first usable span lifted to its sentence, then the others as the
    comparison cut them (an attribution clause must not drag its whole sentence, a quote, into the summary)
    that state what the line says (``compare.facts.states``, the test a fact's support passed). When the whole
    sentence says more than the others state, the line is the fact's own statement instead, if it reads as one
    (``MIN_CHARS``): a line and its fact then cite the same reports and count the same sources."""
    # the fact's own statement leads: it is the one its other reports state ("By midday, 104 people had been
    # rescued", not the first report's "All 104 survivors were men aged between 16 and 40")
    # and a statement that names its subject before one that opens on a bare pronoun ("It did not call it a
    # cyberattack" / "While the company refrained from labelling it a cyberattack")
    ordered = sorted(
        fact.support,
        key=lambda s: (
            _bare(s, ctx), _text(s, ctx).strip() != fact.text, ctx.order.get(s.article, 1 << 30), s.start
        ),
    )
    for n, span in enumerate(ordered):
        shown = _lift(span, ctx)
        if shown is None:
            continue
        others = _others(ordered[n + 1 :], ctx)
        support = [shown, *_stating(shown, others, ctx)]
        if {s.article for s in support} != {s.article for s in [shown, *others]} and valid(span, ctx.texts):
            own = trim_clause(ctx.texts[span.article], strip_span(ctx.texts[span.article], span), MAX_CHARS)
            if own.end - own.start >= MIN_CHARS and own != shown:
                mine = [own, *_stating(own, others, ctx)]
                if len({s.article for s in mine}) > len({s.article for s in support}):
                    return mine
        return support
    return []


def _bare(span: Span, ctx: _Context) -> bool:
    """Whether the sentence a span lifts to opens on a bare pronoun as its subject (``_BARE_SUBJECT``)."""
    shown = _lift(span, ctx)
    return shown is not None and _BARE_SUBJECT.match(_text(shown, ctx)) is not None


def _others(spans: Sequence[Span], ctx: _Context) -> list[Span]:
    """The spans a line may cite besides its own: valid, outside page furniture, past a dateline."""
    out = []
    for span in spans:
        if valid(span, ctx.texts) and not in_furniture(span, ctx.furniture.get(span.article, ())):
            span = _past_dateline(ctx.texts[span.article], strip_span(ctx.texts[span.article], span))
            if span.end > span.start:
                out.append(span)
    return out


def _stating(shown: Span, others: Sequence[Span], ctx: _Context) -> list[Span]:
    """Those of ``others`` that state what the line ``shown`` says, and lie outside it: in its words (``states``),
    as the same deed of the same doer in other words (``facts.one_deed``, how the fact joined them: "The GHC
    declared ..." / "The Global Health Council (GHC) declared Wednesday that ..."), or as the line's quoted words
    alone (``facts.join_quoted``)."""
    return [s for s in others if not shown.contains(s) and _tells(shown, s, ctx)]


# a span of a fact this short that the line holds word for word is the line's quoted words
_LINE_WORDS = 3


def _mentions(span: Span, ctx: _Context) -> list[tuple[int, int, str]]:
    """The entity mentions inside ``span``, in the span's own offsets (as ``claims.deed_of`` reads them)."""
    return [(s - span.start, e - span.start, key) for s, e, key in ctx.named.get(span.article, ())
            if span.start <= s and e <= span.end]


def _tells(shown: Span, span: Span, ctx: _Context) -> bool:
    """Whether ``span`` states what the line ``shown`` says: in its words (``states``), as one deed of one doer
    read with the reports' entity mentions (a one-word doer, "Hamas released ...", is known only so), or as the
    line's quoted words alone."""
    line, other = _text(shown, ctx), _text(span, ctx)
    if states(line, other):
        return True
    mine, theirs = deed_of(line, _mentions(shown, ctx)), deed_of(other, _mentions(span, ctx))
    if mine is not None and theirs is not None and one_deed(mine, theirs):
        return True
    words, said = quote_words(line), quote_words(other)
    return len(said) >= _LINE_WORDS and any(words[n : n + len(said)] == said for n in range(len(words)))


def _text(span: Span, ctx: _Context) -> str:
    return ctx.texts[span.article][span.start : span.end]


def _fill_with_leads(picker: _Picker, articles: Sequence[Article], ctx: _Context) -> None:
    """Top up with lead sentences, taking the reports in turn (first sentence of each, then second, ...)."""
    leads = [
        [s for s in ctx.sentences[a.id] if not in_furniture(s, (*ctx.furniture[a.id], *ctx.headlines[a.id]))][:8]
        for a in articles
    ]
    depth = max((len(x) for x in leads), default=0)
    for i in range(depth):
        for sents in leads:
            if picker.full:
                return
            if i < len(sents):
                text = ctx.texts[sents[i].article]
                span = trim_clause(text, _past_dateline(text, strip_span(text, sents[i])), MAX_CHARS)
                # a speaker's words that name no speaker are theirs to tell, not the reports'
                quoted = _in_marks(text, span) and not _SPEECH.search(text, span.start, span.end)
                # so are a sentence's words in the middle of a quotation of several ('... a foreign company. Steel
                # is always about security — ... I am committed to ...')
                quoted = quoted or any(q.start <= span.start and span.end <= q.end for q in ctx.quoted[span.article])
                # the sentence as split, before its edge marks are trimmed: 'Today marks a clear win.”' closes a
                # quotation it does not open
                quoted = quoted or _piece_of_quotation(text[sents[i].start : sents[i].end])
                if span.end > span.start and not quoted:
                    picker.offer([span], 1)
