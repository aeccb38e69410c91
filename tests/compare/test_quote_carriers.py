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


def test_merge_quotes_a_carrier_of_only_the_end_of_a_longer_quote_does_not_carry_it() -> None:
    """A posted message ("Moments ago I spoke to ... She is safe. ...") and the same closing lines said aloud in other
    reports are two items: the reports that print only the closing lines carry them, not the message."""
    posted = "Moments ago I spoke with Captain Oda Renn. She is well. She is on a ship. She is on her way home."
    spoken = "She is well. She is on a ship. She is on her way home."
    merged = merge_quotes([_analysis("a", posted), _analysis("b", spoken), _analysis("c", spoken)], ())
    assert [(q.span.article, [s.article for s in q.same_as]) for q in merged] == [("a", []), ("b", ["c"])]


def test_merge_quotes_a_longer_carrier_carries_the_shorter_quote() -> None:
    """The first carrier prints the closing lines only: the report with the whole message prints them too."""
    posted = "Moments ago I spoke with Captain Oda Renn. She is well. She is on a ship. She is on her way home."
    spoken = "She is well. She is on a ship. She is on her way home."
    merged = merge_quotes([_analysis("b", spoken), _analysis("a", posted)], ())
    assert [(q.span.article, [s.article for s in q.same_as]) for q in merged] == [("b", ["a"])]
