"""The data model: frozen, slotted, keyword-only dataclasses with tuple fields.

Every extracted value points into its article by ``Span(article, start, end)``: Python ``str`` offsets
(code points), half-open, into ``Article.text`` exactly as given. Nothing here holds a copy of source text
that could drift from it, except convenience ``text`` fields that always equal ``article.text[start:end]``.

Two levels:
- per article: ``Analysis`` (entities with in-article coreference, quotes, time expressions, citations,
  page furniture), produced by ``storyline.extract``;
- per story: ``StoryBrief`` (linked entities, merged quotes, timeline, facts, provenance, coverage,
  summary), produced by ``storyline.compare`` and ``storyline.brief``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA = "storyline.brief/1"

QuoteKind = Literal["direct", "partial", "indirect"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
FactStatus = Literal["corroborated", "single", "conflict"]
MetaSource = Literal["given", "inferred", "missing"]


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` in one article's original text."""

    article: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span {self.start}..{self.end} in article {self.article!r}")

    def overlaps(self, other: Span) -> bool:
        return self.article == other.article and self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.article == other.article and self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True, kw_only=True)
class MetaValue:
    """One metadata value (outlet, date, title, url) and where it came from.

    ``inferred`` is True when storyline worked the value out from the text rather than being given it;
    ``evidence`` holds the spans that support an inferred value; ``low``/``high`` bound an inferred date.
    """

    value: str | None = None
    inferred: bool = False
    evidence: tuple[Span, ...] = ()
    low: str | None = None
    high: str | None = None
    method: str = ""

    @property
    def known(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news report. ``text`` is kept exactly as given (after decoding); ``id`` is stable."""

    id: str
    text: str
    source: str = ""
    outlet: MetaValue = field(default_factory=MetaValue)
    published: MetaValue = field(default_factory=MetaValue)
    title: MetaValue = field(default_factory=MetaValue)
    url: MetaValue = field(default_factory=MetaValue)
    format: str = "text"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """An entity within one article, with every mention (names, pronouns, descriptions) as spans.

    ``id`` is local to the article (``e1``, ``e2``, ...). ``name`` is the canonical name: the fullest
    name the article uses. ``role`` is a title or apposition the article gives ("Japan's foreign
    minister"), with ``role_span`` pointing at it.
    """

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    role: str | None = None
    role_span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A quotation or an attribution of reported speech.

    ``span`` covers the quoted content only (no quote marks); for reported speech the reported clause.
    ``speaker`` is the canonical name of the speaker entity or None when it cannot be told (never a guess).
    """

    span: Span
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_entity: str | None = None
    speaker_span: Span | None = None
    cue_span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr:
    """A TIMEX3 time expression with its normalized value (resolved against the article's date)."""

    span: Span
    text: str
    type: str
    value: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """Where a report credits another outlet, agency or source ("told CNN", "Reuters reported").

    ``cites`` is the canonical name of the credited outlet; ``kind`` tells how ("reported", "told",
    "interview", "statement", "according_to", "citing", "posted" for an embedded post); ``credited`` is the
    span of what is credited, when it can be told.
    """

    span: Span
    text: str
    cites: str
    kind: str = "reported"
    credited: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Furniture:
    """Page furniture that is not story text: photo captions and credits, headings, bylines, boilerplate."""

    span: Span
    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """Everything extracted from one article. ``version`` names the pipeline that made it."""

    article: str
    version: str
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[TimeExpr, ...] = ()
    citations: tuple[Citation, ...] = ()
    furniture: tuple[Furniture, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment:
    """The story an article belongs to, and the earlier article it nearly copies, if any."""

    article: str
    story: str
    duplicate_of: str | None = None


# ---- story level -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryEntity:
    """One referent across the reports of a story; ``members`` are ``(article id, local entity id)``."""

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    members: tuple[tuple[str, str], ...] = ()
    role: str | None = None
    role_span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryQuote:
    """A quote as the story carries it: first carrier in ``span``, other carriers in ``same_as``."""

    span: Span
    text: str
    kind: str
    speaker: str | None = None
    same_as: tuple[Span, ...] = ()
    cue: str | None = None  # the attribution's verb as written ("said", "warned", "declined")
    # the speaker as the report names them when no story entity stands for them ("hospitals", "a source")
    speaker_name: str | None = None
    # carriers that give the quote to another named speaker: (carrier span, story entity id or name)
    also_attributed: tuple[tuple[Span, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """One date of the story's merged timeline. ``year_stated`` is False when no report states the year of
    this date: it comes from a report date assumed from the text (shown as "year assumed"). ``disputed``: the
    sentences of other reports that give this entry's event another year ("scheduled for March 28, 2023" where
    more reports give 2024); they dispute the date, they do not support it. ``background``: a date well before
    the story's own days (a past title, an earlier year's salary): what led up to the story, not part of it."""

    value: str
    text: str
    support: tuple[Span, ...]
    year_stated: bool = True
    disputed: tuple[Span, ...] = ()
    background: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """An aligned group of statements with their support spans and independent-source count."""

    id: str
    text: str
    status: FactStatus
    support: tuple[Span, ...]
    independent_sources: int
    origin: str | None = None
    conflicts_with: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    why: str = ""  # of a conflict: what the reports disagree on ("at least 78 vs 66 people died")
    may_be_update: bool = False  # of a conflict: the figures may be successive updates of one figure (a toll)


@dataclass(frozen=True, slots=True, kw_only=True)
class ProvenanceEdge:
    """``source`` (an outlet carrying a report) took its report, or part of it, from ``target``.

    ``kind`` is ``credit`` when the report says so ("told CNN"; ``evidence`` is the credit) and ``copy`` when
    its wording shows it (``evidence`` is a passage the report shares word for word with ``target``'s report);
    ``picture`` when only a caption's credit names ``target`` ("... Handout via REUTERS"): the outlet sent the
    picture, which says nothing of whose words the report carries.
    """

    source: str
    target: str
    evidence: Span
    credited: Span | None = None
    kind: str = "credit"


@dataclass(frozen=True, slots=True, kw_only=True)
class Coverage:
    outlet: str
    only_here: tuple[str, ...] = ()
    quoted: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryItem:
    text: str
    support: tuple[Span, ...]
    independent_sources: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    """What ``storyline.compare`` finds across the reports of one story."""

    entities: tuple[StoryEntity, ...] = ()
    quotes: tuple[StoryQuote, ...] = ()
    facts: tuple[Fact, ...] = ()
    provenance: tuple[ProvenanceEdge, ...] = ()
    coverage: tuple[Coverage, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryBrief:
    id: str
    title: str
    articles: tuple[str, ...]
    entities: tuple[StoryEntity, ...] = ()
    quotes: tuple[StoryQuote, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    facts: tuple[Fact, ...] = ()
    provenance: tuple[ProvenanceEdge, ...] = ()
    coverage: tuple[Coverage, ...] = ()
    summary: tuple[SummaryItem, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Brief:
    articles: tuple[Article, ...]
    stories: tuple[StoryBrief, ...]
    schema: str = SCHEMA
