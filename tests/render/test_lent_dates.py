"""A report that names no day of its own is dated from the story's other reports: the brief says so ("inferred from
the other reports"), not a bare "(inferred)" a reader would take for a date the report gives away."""

from __future__ import annotations

from storyline.model import Article, MetaValue, Span
from storyline.render.markdown import _date_note
from storyline.render.view import ArticleView, _article_view


def _view(published: MetaValue) -> ArticleView:
    article = Article(id="r1", text="The Velm ferry sailed again.", published=published)
    return _article_view(article, "r1", "a-r1", ())


def test_a_lent_date_says_it_comes_from_the_other_reports() -> None:
    lent = _view(MetaValue(value="2031-04-02", inferred=True, method="story"))
    assert lent.published_lent
    assert _date_note(lent) == " (inferred from the other reports)"


def test_a_date_read_in_the_report_stays_inferred() -> None:
    own = MetaValue(value="2031-04-02", inferred=True, method="story", evidence=(Span(article="r1", start=0, end=3),))
    assert _date_note(_view(own)) == " (inferred)"
    assert _date_note(_view(MetaValue(value="2031-04-02", inferred=True, method="dateline"))) == " (inferred)"
    assert _date_note(_view(MetaValue(value="2031-04-02"))) == ""
