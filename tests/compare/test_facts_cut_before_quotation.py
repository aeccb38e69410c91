"""A fact is never a sentence cut right before the quoted words that finish it: 'The "deep" harbor of the two ports
will allow' of 'The "deep" harbor ... will allow "for larger ships to dock ...," Varn said' reads as a whole claim
that it is not (QA AL s1: a fact ended on "will allow"). It is shown as its whole sentence, quote and speaker
included; when the rest of the sentence is another report's fact too, it is no fact at all."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, MetaValue, Span

_CLAUSE = 'The "deep" harbor of the two ports will allow'
_QUOTED = '"for larger ships to dock, bringing more trade to both towns,"'
_SENTENCE = f"{_CLAUSE} {_QUOTED} Mayor Ilse Varn said."
_OTHER = "Trade on the Marrow river rose last year."


def _facts(other_report: str | None = None) -> list[str]:
    """The facts of one report telling the cut clause and another sentence; with ``other_report``, its quoted
    words stand as a statement of their own that another report tells too."""
    text = f"{_SENTENCE} {_OTHER}"
    articles = [Article(id="r0", text=text, outlet=MetaValue(value="Outlet 0"))]
    quote_at = text.index(_QUOTED)
    units = [
        Unit.make(span=Span(article="r0", start=0, end=len(_CLAUSE)), text=_CLAUSE, report=0, kind="clause"),
        Unit.make(span=Span(article="r0", start=len(_SENTENCE) + 1, end=len(text) - 1), text=_OTHER[:-1], report=0),
    ]
    groups = [[0], [1]]
    if other_report is not None:
        units.append(Unit.make(span=Span(article="r0", start=quote_at + 1, end=quote_at + len(_QUOTED) - 2),
                               text=_QUOTED[1:-2], report=0, kind="quote", worded=True))
        articles.append(Article(id="r1", text=other_report, outlet=MetaValue(value="Outlet 1")))
        units.append(Unit.make(span=Span(article="r1", start=0, end=len(other_report) - 1),
                               text=other_report[:-1], report=1, kind="quote", worded=True))
        groups = [[0], [1], [2, 3]]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    return [f.text for f in build_facts(articles, analyses, units, groups)]


def test_a_clause_cut_before_its_quotation_is_shown_whole() -> None:
    texts = _facts()
    assert not any(t.endswith("will allow") for t in texts)
    assert f"{_CLAUSE} {_QUOTED} Mayor Ilse Varn said" in texts


def test_a_cut_clause_whose_quotation_another_report_tells_is_no_fact() -> None:
    texts = _facts("for larger ships to dock, bringing more trade to both towns.")
    assert not any(t.startswith(_CLAUSE) for t in texts)
    assert _OTHER[:-1] in texts
