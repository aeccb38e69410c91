"""A quarter ("the last quarter", "next quarter", "the third quarter", ``2024-Q3``) files its sentence on the
timeline, spanning its three months, when the sentence tells an act done in or for it ("reported profits ... for
the last quarter", "will report earnings next quarter"); a quarter that modifies a noun ("third-quarter revenue")
or that no tense reaches tells no act and files nothing.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from datetime import date

from storyline.brief.timeline import build_timeline, period
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(text: str) -> tuple[TimelineEntry, ...]:
    art = Article(id="r0", text=text, published=MetaValue(value="2031-11-04", inferred=False))
    return build_timeline([art], [Analysis(article=art.id, version="t", timexes=extract_timexes(art))])


def _values(text: str, words: str) -> set[str]:
    """The values of the entries one of whose sentences holds ``words``."""
    return {e.value for e in _timeline(text) if any(words in text[s.start : s.end] for s in e.support)}


def test_a_quarter_spans_its_three_months() -> None:
    assert period("2031-Q1") == (date(2031, 1, 1), date(2031, 3, 31))
    assert period("2031-Q3") == (date(2031, 7, 1), date(2031, 9, 30))
    assert period("2031-Q4") == (date(2031, 10, 1), date(2031, 12, 31))
    assert period("2031-Q5") is None


def test_a_quarter_told_with_an_act_files_its_sentence() -> None:
    text = (
        "Brannock Mills reported profits of $4 billion for the last quarter. "
        "The mill owner will report earnings next quarter, its treasurer Ida Fenwick said. "
        "Sales of wool fell in the third quarter."
    )
    assert _values(text, "for the last quarter") == {"2031-Q3"}
    assert _values(text, "next quarter") == {"2032-Q1"}
    assert _values(text, "fell in the third quarter") == {"2031-Q3"}


def test_a_quarter_that_modifies_a_noun_files_nothing() -> None:
    text = "Third-quarter revenue at Brannock Mills rose 4%."
    assert _values(text, "revenue at Brannock") == set()
