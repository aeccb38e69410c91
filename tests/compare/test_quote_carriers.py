"""A quote's carriers are cited only for the wording they print (QA round O, problem 13)."""

from __future__ import annotations

from storyline.compare.quotes import merge_quotes
from storyline.model import Analysis, Quote, Span


def _analysis(article: str, text: str) -> Analysis:
    quote = Quote(span=Span(article=article, start=0, end=len(text)), text=text, kind="direct", speaker="Ilse Marrow")
    return Analysis(article=article, version="t", quotes=(quote,))


def test_merge_quotes_a_word_changed_is_another_wording() -> None:
    """"with the verdict" and "with the ruling" are two wordings: each stays with the carrier that prints it."""
    analyses = [
        _analysis("a", "We accept the court's decision. But we are very unhappy with the verdict."),
        _analysis("b", "We accept the court's decision. But we are very unhappy with the ruling,"),
    ]
    merged = merge_quotes(analyses, ())
    assert [(q.span.article, [s.article for s in q.same_as]) for q in merged] == [("a", []), ("b", [])]


def test_merge_quotes_one_wording_printed_twice_is_one_quote() -> None:
    """Quotation marks, case and the closing punctuation do not change a wording."""
    analyses = [
        _analysis("a", "Mr. Vane maintains his innocence and will fight the charges against him,"),
        _analysis("b", "“mr. Vane maintains his innocence and will fight the charges against him.”"),
    ]
    merged = merge_quotes(analyses, ())
    assert [(q.span.article, [s.article for s in q.same_as]) for q in merged] == [("a", ["b"])]
