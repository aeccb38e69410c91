"""A reader's view of a ``Brief``, shared by the Markdown and HTML renderers and the web pages.

Resolves what every format needs the same way: numbered citations (one number per distinct span, in
order of first use), the passage each citation quotes, the outlet name of each article, the quote ledger,
facts by id, and the chart layouts. Because all formats are drawn from this one view of one ``Brief``,
they carry the same facts as the JSON.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from storyline.brief.ledger import after_cue, heading_names, ledger_cue, quote_ledger
from storyline.brief.text import collapse
from storyline.brief.timeline import place_approximate
from storyline.model import Article, Brief, Span, StoryBrief, StoryQuote, TimelineEntry
from storyline.render.charts import GraphChart, TimelineChart, provenance_chart, timeline_chart
from storyline.render.when import readable

PASSAGE_CHARS = 420


# input formats whose one file holds many reports: its name tells none of them apart
_MANY_PER_FILE = frozenset(("jsonl", "json", "feed", "warc"))
# compare's stand-in for a report whose outlet is unknown (``compare.provenance.outlet_of``)
_STAND_IN = "report "


def outlet_name(article: Article) -> str:
    """The name a reader knows the report by: its outlet, else its file name, else its id.

    A report from a file of many (JSON Lines, a feed, a WARC) is named by the id its record gives (JSON Lines),
    else by its URL or title: the file's name would be every report's ("in.jsonl; in.jsonl; ...").
    """
    if article.outlet.value:
        return article.outlet.value
    if article.format in _MANY_PER_FILE:
        if article.format in ("jsonl", "json"):
            return article.id
        return article.url.value or article.title.value or article.id
    if article.source:
        return os.path.basename(article.source.rstrip("/")) or article.source
    return article.id


def report_labels(articles: Iterable[Article]) -> dict[str, str]:
    """Article id -> the name a reader tells the report by (``outlet_name``), kept apart where two reports of
    unknown outlet would share one: two "article.txt" from two folders read "article.txt (<id>)" each, so that
    neither their facts nor their credits are merged under one name. A report of a known outlet keeps the
    outlet's name, shared or not: two CNN reports are both CNN's."""
    arts = list(articles)
    names = {a.id: outlet_name(a) for a in arts}
    counts = Counter(names.values())
    return {
        a.id: f"{names[a.id]} ({a.id})" if not a.outlet.value and counts[names[a.id]] > 1 else names[a.id]
        for a in arts
    }


def reader_name(name: str, articles: Mapping[str, Article], labels: Mapping[str, str] | None = None) -> str:
    """``name`` as a reader can tell it apart: compare's stand-in "report <id>" for a report of unknown outlet
    becomes the report's label (``report_labels``: its file name, its record's id), not a content hash; any
    other name is kept. ``labels``: ``report_labels`` of ``articles``, when the caller has it already."""
    if name.startswith(_STAND_IN):
        article_id = name[len(_STAND_IN) :]
        if article_id in articles:
            return (labels if labels is not None else report_labels(articles.values()))[article_id]
    return name


@dataclass(frozen=True, slots=True, kw_only=True)
class Cite:
    """A numbered citation: the span, the report's outlet, the passage it quotes, and page anchors."""

    n: int
    span: Span
    outlet: str
    passage: str
    anchor: str
    mark: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    text: str
    cites: tuple[Cite, ...]
    sources: int = 1
    value: str = ""
    anchor: str = ""
    note: str = ""  # a qualifier of the value ("year assumed")
    when: str = ""  # the value in words ("Tuesday" for XXXX-WXX-2; ``storyline.render.when``)
    disputed: tuple[Cite, ...] = ()  # sentences that give the line's event another date


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteView:
    text: str
    kind: str
    outlets: tuple[str, ...]
    cites: tuple[Cite, ...]
    cue: str | None = None
    # "Coast Daily gives it to Tomas Lind": carriers that name another speaker
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakerView:
    name: str
    role: str | None
    quotes: tuple[QuoteView, ...]


def _with_spellings(role: str | None, spellings: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """A speaker's role with a note of the other spelling of the name one report gives, so that the reader sees
    the two reports disagree on it ("UAW President; spelt “Shawn Fenn” by Motor Wire")."""
    notes = [f"spelt “{name}” by {', '.join(outlets)}" for name, outlets in spellings]
    return "; ".join(x for x in (role, *notes) if x) or None


@dataclass(frozen=True, slots=True, kw_only=True)
class FactView:
    id: str
    text: str
    status: str
    independent_sources: int
    origin: str | None
    conflicts_with: tuple[str, ...]
    outlets: tuple[str, ...]
    cites: tuple[Cite, ...]
    why: str = ""
    may_be_update: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class EdgeView:
    source: str
    target: str
    cites: tuple[Cite, ...]
    verb: str = "credits"  # "repeats" when the wording shows it (a copy), not a credit


@dataclass(frozen=True, slots=True, kw_only=True)
class CoverageView:
    """What one outlet alone brings: ``only_here`` are the facts (id, text) no other outlet carries; ``repeated``
    the facts it alone is the origin of that other reports repeat, grouped by who repeats them (a copy of its
    report, a rewrite crediting it): they are its own, yet the fact list shows them under several outlets, and
    reading "only here" beside that list would contradict it (QA AJ #22)."""

    outlet: str
    only_here: tuple[tuple[str, str], ...]
    quoted: tuple[str, ...]
    repeated: tuple[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A run of article text; ``cited`` when some citation covers it; ``anchors`` start here."""

    text: str
    cited: bool
    anchors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleView:
    id: str
    anchor: str
    outlet: str
    outlet_inferred: bool
    published: str | None
    published_inferred: bool
    # the date is the middle day of the story's other reports, lent to a report that names no day of its own
    published_lent: bool = False
    title: str | None
    source: str
    segments: tuple[Segment, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryView:
    id: str
    title: str
    anchor: str
    articles: tuple[ArticleView, ...]
    summary: tuple[Line, ...]
    timeline: tuple[Line, ...]
    ledger: tuple[SpeakerView, ...]
    facts: tuple[FactView, ...]
    provenance: tuple[EdgeView, ...]
    coverage: tuple[CoverageView, ...]
    sources: tuple[Cite, ...]
    timeline_chart: TimelineChart | None
    provenance_chart: GraphChart | None


@dataclass
class _Citer:
    """Numbers spans in order of first use within one story."""

    story: str
    articles: dict[str, Article]
    anchors: dict[str, str]
    labels: dict[str, str]
    cites: dict[Span, Cite] = field(default_factory=dict)

    def __call__(self, spans: Iterable[Span]) -> tuple[Cite, ...]:
        out: list[Cite] = []
        for span in spans:
            art = self.articles.get(span.article)
            if art is None or not 0 <= span.start < span.end <= len(art.text):
                continue  # a span into text we do not have cites nothing; do not show a dead number
            cite = self.cites.get(span)
            if cite is None:
                passage = collapse(art.text[span.start : span.end])
                if len(passage) > PASSAGE_CHARS:
                    passage = passage[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
                n = len(self.cites) + 1
                cite = Cite(
                    n=n, span=span, outlet=self.labels[art.id], passage=passage,
                    anchor=f"{self.story}-c{n}", mark=mark_id(self.anchors[span.article], span),
                )
                self.cites[span] = cite
            if cite not in out:
                out.append(cite)
        return tuple(out)


def mark_id(article_anchor: str, span: Span) -> str:
    """The page anchor of a cited span in the source view."""
    return f"{article_anchor}-{span.start}-{span.end}"


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in text) or "x"


def story_view(story: StoryBrief, brief: Brief, *, with_sources: bool = True) -> StoryView:
    """Everything the formats show for one story, citations resolved."""
    arts = {a.id: a for a in brief.articles}
    anchors = {a.id: f"art-{i + 1}" for i, a in enumerate(brief.articles)}
    sid = _slug(story.id)
    labels = report_labels(brief.articles)
    cite = _Citer(sid, arts, anchors, labels)

    def outlet_of(article_id: str) -> str:
        return labels.get(article_id, article_id)

    names = {e.id: e.name for e in story.entities}

    def shown(name: str) -> str:
        return reader_name(name, arts, labels)

    summary = tuple(Line(text=collapse(s.text), cites=cite(s.support), sources=s.independent_sources)
                    for s in story.summary)
    timeline = tuple(
        Line(
            text=collapse(t.text), cites=cite(t.support), value=t.value, anchor=f"{sid}-t{i + 1}",
            note=_timeline_note(t), when=readable(t.value),
            disputed=cite(t.disputed),
        )
        for i, t in enumerate(story.timeline)
    )
    texts = {a: arts[a].text for a in story.articles if a in arts}
    entries = quote_ledger(story.quotes, story.entities, outlet_of, texts)
    ledger = tuple(
        SpeakerView(
            name=e.name, role=_with_spellings(e.role, e.spellings),
            quotes=tuple(
                QuoteView(text=_clause(q.quote, _cue(q.quote, arts)), kind=q.quote.kind, outlets=q.outlets,
                          cites=cite((q.quote.span, *q.quote.same_as)), cue=_cue(q.quote, arts),
                          also=tuple(f"{outlet_of(at.article)} gives it to {names.get(who, who)}"
                                     for at, who in q.quote.also_attributed))
                for q in e.quotes
            ),
        )
        for e in entries
    )
    facts = tuple(
        FactView(
            id=f.id, text=collapse(f.text), status=f.status, independent_sources=f.independent_sources,
            origin=shown(f.origin) if f.origin else f.origin, conflicts_with=f.conflicts_with, why=f.why,
            may_be_update=f.may_be_update,
            outlets=tuple(dict.fromkeys(shown(o) for o in f.outlets))
            or tuple(dict.fromkeys(outlet_of(s.article) for s in f.support)),
            cites=cite(f.support),
        )
        for f in story.facts
    )
    provenance = _merged(
        EdgeView(source=shown(p.source), target=shown(p.target),
                 cites=cite((p.evidence, p.credited) if p.credited else (p.evidence,)),
                 verb=_EDGE_VERBS.get(p.kind, "credits"))
        for p in story.provenance
    )
    # whom a report quotes, named as the ledger's headings name them
    heads = heading_names(entries, story.entities)
    coverage = tuple(
        _coverage_view(shown(c.outlet), c.only_here, tuple(dict.fromkeys(heads.get(n, n) for n in c.quoted)), facts)
        for c in story.coverage
    )
    sources = tuple(sorted(cite.cites.values(), key=lambda c: c.n))
    story_articles = [arts[a] for a in story.articles if a in arts]
    views = tuple(_article_view(a, labels[a.id], anchors[a.id], sources if with_sources else ())
                  for a in story_articles)
    reporting = [v.outlet for v in views]
    return StoryView(
        id=story.id, title=story.title, anchor=f"story-{sid}", articles=views, summary=summary,
        timeline=timeline, ledger=ledger, facts=facts, provenance=provenance, coverage=coverage, sources=sources,
        timeline_chart=timeline_chart([(t.value, t.text, "#" + t.anchor) for t in timeline]),
        provenance_chart=provenance_chart(
            [(e.source, e.target, e.cites[0].passage if e.cites else "") for e in provenance], reporting
        ),
    )


def _coverage_view(
    outlet: str, only_here: Sequence[str], quoted: tuple[str, ...], facts: Sequence[FactView]
) -> CoverageView:
    """An outlet's coverage line: the facts only it carries apart from those it alone is the origin of but other
    reports repeat (their other outlets, as the fact list names them, say who repeats each)."""
    by_id = {f.id: f for f in facts}
    own: list[tuple[str, str]] = []
    repeated: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for fid in only_here:
        fact = by_id.get(fid)
        text = fact.text if fact else ""
        others = tuple(o for o in fact.outlets if o.casefold() != outlet.casefold()) if fact else ()
        if others:
            repeated.setdefault(others, []).append((fid, text))
        else:
            own.append((fid, text))
    return CoverageView(outlet=outlet, only_here=tuple(own), quoted=quoted,
                        repeated=tuple((who, tuple(fs)) for who, fs in repeated.items()))


# how a provenance line reads by the edge's kind ("tbsnews.txt credits a picture to Reuters")
_EDGE_VERBS = {"copy": "repeats", "picture": "credits a picture to"}


def _merged(edges: Iterable[EdgeView]) -> tuple[EdgeView, ...]:
    """One line per (source, verb, target), with the citations of all its edges: a report crediting the same
    agency under two captions reads once, with both credits cited."""
    lines: dict[tuple[str, str, str], EdgeView] = {}
    for e in edges:
        key = (e.source, e.verb, e.target)
        if key in lines:
            before = lines[key]
            e = EdgeView(source=e.source, target=e.target, verb=e.verb,
                         cites=before.cites + tuple(c for c in e.cites if c not in before.cites))
        lines[key] = e
    return tuple(lines.values())


def brief_view(brief: Brief, *, with_sources: bool = True) -> tuple[StoryView, ...]:
    return tuple(story_view(s, brief, with_sources=with_sources) for s in brief.stories)


def _article_view(article: Article, label: str, anchor: str, cites: Sequence[Cite]) -> ArticleView:
    spans = [c for c in cites if c.span.article == article.id]
    return ArticleView(
        id=article.id, anchor=anchor, outlet=label, outlet_inferred=article.outlet.inferred,
        published=article.published.value, published_inferred=article.published.inferred,
        published_lent=_lent(article),
        title=article.title.value, source=article.source, segments=segments(article.text, spans),
    )


def _lent(article: Article) -> bool:
    """Whether a report's date is lent by the story: it names no day of its own, and the day is the one the
    story's other reports give (``dating``, method "story" with no evidence in the report's text). A reader
    should not take it for a date the report itself gives away."""
    date = article.published
    return date.inferred and date.method == "story" and not date.evidence


def segments(text: str, cites: Sequence[Cite]) -> tuple[Segment, ...]:
    """Cut ``text`` at every cited span's ends: runs of plain and cited text, anchors at span starts.

    Overlapping spans are fine: a run is cited when any span covers it.
    """
    if not text:
        return ()
    cuts = {0, len(text)}
    starts: dict[int, list[str]] = {}
    for c in cites:
        cuts.update((c.span.start, c.span.end))
        ids = starts.setdefault(c.span.start, [])
        if c.mark not in ids:
            ids.append(c.mark)
    edges = sorted(cuts)
    out = []
    for a, b in pairwise(edges):
        covered = any(c.span.start <= a and b <= c.span.end for c in cites)
        out.append(Segment(text=text[a:b], cited=covered, anchors=tuple(starts.get(a, ()))))
    return tuple(out)


def _cue(quote: StoryQuote, articles: dict[str, Article]) -> str | None:
    """The verb shown before reported speech: an -ing form in the past ("pointed out"; ``ledger.ledger_cue``);
    none for "according to", which the report writes after the clause and which reads as no verb before it
    ("Williams according to Despite ..."): the clause stands alone under its speaker."""
    art = articles.get(quote.span.article)
    if quote.cue is None or quote.kind != "indirect" or art is None:
        return quote.cue
    if quote.cue.lower().startswith("according"):
        return None
    return ledger_cue(quote.cue, art.text, quote.span.start)


def _timeline_note(entry: TimelineEntry) -> str:
    """What the reader is told beside a timeline entry: background before the story's own days, and a date the
    reports do not fully state (a weekday of no known week is ordered by its tense only: "year unknown, place
    approximate")."""
    notes = ["background"] if entry.background else []
    if not entry.year_stated:
        if not entry.value.startswith("XXXX"):
            notes.append("year assumed")
        else:
            notes.append("year unknown, place approximate" if place_approximate(entry) else "year unknown")
    return "; ".join(notes)


def _clause(quote: StoryQuote, cue: str | None) -> str:
    """The quote's words as the ledger shows them: balanced quotation marks; after a verb (``cue``), reported
    speech reads on in lower case ("reported the army set up ...")."""
    text = collapse(quote.text)
    if quote.kind != "direct":
        # a direct quotation's own marks stand outside its words; an opening mark inside it re-opens a paragraph
        # of a quotation run over several ("... our decline. “The old model ..."), closed by the outer mark
        text = _balanced(text)
    return after_cue(text) if quote.kind == "indirect" and cue else text


def _balanced(text: str) -> str:
    """A reported clause that ends inside its quotation ("described it as “a mechanical seizure") shown with the
    closing mark the source has right after the span."""
    if text.count("“") > text.count("”"):
        return text + "”"
    if text.count('"') % 2:
        return text + '"'
    return text
