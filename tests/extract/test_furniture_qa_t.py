"""Furniture from QA round T: the line a report's title is read from is always furniture, though its shape alone
(sentence case, over a plain lede) would not make it a heading."""

from __future__ import annotations

from storyline.extract.furniture import find_furniture
from storyline.ingest.meta import infer_title
from storyline.model import Article, MetaValue

HEADLINE = "All four ferry hands missing after the Velm pier fell are presumed dead"
LEDE = "The harbour guard said on Tuesday that the four hands missing since the pier fell are presumed dead."
MORE = "Divers will go back into the water on Wednesday, the guard said."


def _headings(article: Article) -> list[str]:
    return [article.text[f.span.start : f.span.end] for f in find_furniture(article) if f.kind == "heading"]


def test_furniture_the_line_an_inferred_title_is_read_from_is_a_heading() -> None:
    article = infer_title(Article(id="t", text=f"{HEADLINE}\n\n{LEDE}\n\n{MORE}"))
    assert article.title.value == HEADLINE
    assert _headings(article) == [HEADLINE]


def test_furniture_a_given_title_on_the_first_line_is_a_heading() -> None:
    article = Article(id="t", text=f"{HEADLINE}\n\n{LEDE}\n\n{MORE}", title=MetaValue(value=HEADLINE))
    assert _headings(article) == [HEADLINE]


def test_furniture_a_given_title_that_is_no_line_of_the_text_marks_nothing() -> None:
    article = Article(id="t", text=f"{LEDE}\n\n{MORE}", title=MetaValue(value=HEADLINE))
    assert _headings(article) == []
