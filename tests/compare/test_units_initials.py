"""A statement ending on an abbreviation in initials keeps its period (QA round AB problem 10: a fact shown as
"... the growing demand for high-grade steel in the U.S" cut the period of "U.S."). Fictional text."""

from __future__ import annotations

from storyline.compare.units import report_units
from storyline.model import Analysis, Article, Span


def test_units_keep_the_period_of_initials_at_the_end() -> None:
    text = "Velm Steel will build two new mills in the U.K.\nThe plant in Orsk will close next spring.\n"
    article = Article(id="p", text=text)
    first = text.index("\n")
    sentences = (Span(article="p", start=0, end=first), Span(article="p", start=first + 1, end=len(text) - 1))
    units = report_units(article, Analysis(article="p", version="t", sentences=sentences), 0, lambda span: [])
    assert [u.text for u in units] == [
        "Velm Steel will build two new mills in the U.K.",
        "The plant in Orsk will close next spring",
    ]
