"""Small fictional reports (written for these tests) and hand-made analyses and comparisons over them.

Two outlets report the same (invented) harbour bridge closure in Port Alder; one credits the other for a
quote, and they date the same event differently ("last Tuesday" / "March 7"). Offsets are found with
``str.index`` so the fixtures stay right when the text is edited.
"""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.brief.timeline import build_timeline
from storyline.model import (
    Analysis,
    Article,
    Brief,
    Comparison,
    Coverage,
    Fact,
    Furniture,
    MetaValue,
    ProvenanceEdge,
    Span,
    StoryEntity,
    StoryQuote,
    TimeExpr,
)

HARBOUR = (
    "The Port Alder harbour bridge will stay shut until June, city engineers said on Monday.\n\n"
    "\"We found cracks in two of the main cables,\" chief engineer Mira Osei told the Harbour Herald. "
    "The bridge was closed last Tuesday after a routine inspection.\n\n"
    "Ferries will run every 20 minutes while the repairs go on. "
    "The Harbour Herald reached out to the mayor's office for comment.\n\n"
    "Photo: the bridge at dusk. <script>alert('x')</script> CREDIT: Harbour Herald"
)
COAST = (
    "Engineers closed the harbour bridge in Port Alder on March 7 after an inspection found cracked cables.\n\n"
    "\"We found cracks in two of the main cables,\" Mira Osei told the Harbour Herald, according to that paper. "
    "The repairs will keep the bridge closed until June, the city said.\n\n"
    "Ferry fares will be waived for commuters & cyclists <b>during</b> the closure, council member Tomas Lind said."
)


def span(text: str, article: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(article=article, start=start, end=start + len(needle))


def articles() -> list[Article]:
    return [
        Article(id="herald-1", text=HARBOUR, source="herald.txt",
                outlet=MetaValue(value="Harbour Herald", inferred=True),
                published=MetaValue(value="2024-03-11", inferred=False)),
        Article(id="coast-1", text=COAST, source="coast.txt",
                outlet=MetaValue(value="Coast Daily", inferred=False),
                published=MetaValue(value="2024-03-12", inferred=True)),
    ]


def analyses() -> list[Analysis]:
    h, c = HARBOUR, COAST
    return [
        Analysis(
            article="herald-1", version="test",
            timexes=(
                TimeExpr(span=span(h, "herald-1", "on Monday"), text="on Monday", type="DATE", value="2024-03-11"),
                TimeExpr(span=span(h, "herald-1", "last Tuesday"), text="last Tuesday", type="DATE",
                         value="2024-03-05"),
                TimeExpr(span=span(h, "herald-1", "until June"), text="until June", type="DATE", value="2024-06"),
                TimeExpr(span=span(h, "herald-1", "every 20 minutes"), text="every 20 minutes", type="SET",
                         value="PT20M"),
            ),
            furniture=(Furniture(span=span(h, "herald-1", "Photo: the bridge at dusk."), kind="caption"),),
        ),
        Analysis(
            article="coast-1", version="test",
            timexes=(
                TimeExpr(span=span(c, "coast-1", "March 7"), text="March 7", type="DATE", value="2024-03-05"),
                TimeExpr(span=span(c, "coast-1", "until June"), text="until June", type="DATE", value="2024-06"),
            ),
        ),
    ]


def comparison() -> Comparison:
    h, c = HARBOUR, COAST
    quote_h = span(h, "herald-1", "We found cracks in two of the main cables,")
    quote_c = span(c, "coast-1", "We found cracks in two of the main cables,")
    return Comparison(
        entities=(
            StoryEntity(id="E1", name="Mira Osei", type="PERSON", role="chief engineer",
                        mentions=(span(h, "herald-1", "Mira Osei"), span(c, "coast-1", "Mira Osei"))),
            StoryEntity(id="E2", name="Tomas Lind", type="PERSON", role="council member",
                        mentions=(span(c, "coast-1", "Tomas Lind"),)),
        ),
        quotes=(
            StoryQuote(span=quote_h, text="stale text that must be re-read", kind="direct", speaker="E1",
                       same_as=(quote_c,)),
            StoryQuote(span=span(c, "coast-1", "Ferry fares will be waived for commuters & cyclists <b>during</b> "
                                 "the closure"), text="", kind="indirect", speaker="E2", cue="said"),
        ),
        facts=(
            Fact(id="f1", text="The bridge will stay shut until June", status="corroborated",
                 support=(span(h, "herald-1", "The Port Alder harbour bridge will stay shut until June"),
                          span(c, "coast-1", "The repairs will keep the bridge closed until June")),
                 independent_sources=2, outlets=("Harbour Herald", "Coast Daily")),
            Fact(id="f2", text="cracks in two of the main cables", status="single",
                 support=(quote_h, quote_c), independent_sources=1, origin="Harbour Herald"),
            Fact(id="f3", text="Ferry fares will be waived for commuters & cyclists <b>during</b> the closure",
                 status="single",
                 support=(span(c, "coast-1", "Ferry fares will be waived for commuters & cyclists <b>during</b> "
                               "the closure"),),
                 independent_sources=1, origin="Coast Daily"),
            Fact(id="f9", text="a fact whose only span is broken", status="single",
                 support=(Span(article="herald-1", start=5, end=99999),), independent_sources=1),
        ),
        provenance=(
            ProvenanceEdge(source="Coast Daily", target="Harbour Herald",
                           evidence=span(c, "coast-1", "told the Harbour Herald, according to that paper")),
        ),
        coverage=(
            Coverage(outlet="Harbour Herald", only_here=(), quoted=("Mira Osei",)),
            Coverage(outlet="Coast Daily", only_here=("f3", "f9"), quoted=("Mira Osei", "Tomas Lind")),
        ),
    )


def brief() -> Brief:
    from storyline.brief.build import build_story

    arts = articles()
    story = build_story("s1", arts, analyses(), comparison())
    return Brief(articles=tuple(arts), stories=(story,))


def filed_sentences(*reports: tuple[str, tuple[tuple[str, str], ...]]) -> list[tuple[str, str]]:
    """(value, first twelve characters) of each sentence the timeline files, ``reports`` read as one story.

    Each report is its text and the (phrase, TIMEX value) pairs found in it, as the extractor would give them.
    """
    arts, found_in = [], []
    for n, (text, found) in enumerate(reports):
        article = f"r{n}"
        timexes = tuple(TimeExpr(span=span(text, article, p), text=p, type="DATE", value=v) for p, v in found)
        arts.append(Article(id=article, text=text))
        found_in.append(Analysis(article=article, version="t", timexes=timexes))
    texts = {a.id: a.text for a in arts}
    return [(e.value, texts[s.article][s.start : s.start + 12]) for e in build_timeline(arts, found_in)
            for s in e.support]


def summary_lines(text: str) -> list[str]:
    """The summary of a one-report ``text`` written one sentence a line, as the lines' texts."""
    starts = [0, *[i + 1 for i, c in enumerate(text) if c == "\n"][:-1]]
    sentences = tuple(Span(article="a", start=s, end=text.index("\n", s)) for s in starts)
    analysis = Analysis(article="a", version="t", sentences=sentences)
    return [line.text for line in summarize([Article(id="a", text=text)], [analysis], [], sentences=6)]


def line_reports(texts: list[str], lede: str) -> tuple[str, ...]:
    """The reports the one summary line of a fact stated as ``lede`` (less its full stop) cites, the fact told by
    each of ``texts`` whole: which of them the summary counts as telling it."""
    reports = [Article(id=f"r{i}", text=t) for i, t in enumerate(texts)]
    read = [Analysis(article=a.id, version="t") for a in reports]
    fact = Fact(id="f1", text=lede[:-1], status="corroborated", independent_sources=len(texts),
                support=tuple(Span(article=a.id, start=0, end=len(a.text) - 1) for a in reports))
    (line, *_) = summarize(reports, read, [fact], sentences=1)
    return tuple(s.article for s in line.support)
