"""A short piece of a long quote that one report prints without naming its speaker, and another report quotes
credited to the speaker, is one speaker's words: one source, not two (QA round AA problem 8: "Today represents a
ringing endorsement for truth, and for democracy.”" closing a paragraph-long quote in one report, and quoted
with "concluded Nelson" in the other)."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, MetaValue, Quote, Span

_LONG = (
    "“Facts do not take sides. People across the valley can and should disagree on the dam. Misinformation "
    "will not go away. Today marks a clear win for truth and the town.”"
)
_SHORT = "“Today marks a clear win for truth and the town,” concluded Quill."
_PIECE = "Today marks a clear win for truth and the town"


def _facts(quoted: bool) -> tuple[str, int, str | None]:
    articles = [
        Article(id="r0", text=_LONG, outlet=MetaValue(value="Lakeside Courier")),
        Article(id="r1", text=_SHORT, outlet=MetaValue(value="Harbor Radio")),
    ]
    inner = Span(article="r0", start=1, end=len(_LONG) - 1)
    quotes = (Quote(span=inner, text=_LONG[1:-1], kind="direct"),) if quoted else ()
    analyses = [Analysis(article="r0", version="t", quotes=quotes), Analysis(article="r1", version="t")]
    at0, at1 = _LONG.index(_PIECE), _SHORT.index(_PIECE)
    units = [
        Unit.make(span=Span(article="r0", start=at0, end=at0 + len(_PIECE)), text=_PIECE, report=0, kind="clause"),
        Unit.make(span=Span(article="r1", start=at1, end=at1 + len(_PIECE)), text=_PIECE, report=1, kind="quote",
                  speakers=frozenset({"E1"}), worded=True),
    ]
    (fact,) = build_facts(articles, analyses, units, [[0, 1]], names={"E1": ("Mara Quill", "PERSON")})
    return fact.status, fact.independent_sources, fact.origin


def test_a_piece_of_an_unattributed_quote_is_the_speaker_words() -> None:
    assert _facts(quoted=True) == ("single", 1, "Mara Quill")


def test_a_sentence_outside_any_quote_stays_the_report_own() -> None:
    status, count, _ = _facts(quoted=False)
    assert (status, count) == ("corroborated", 2)
