"""What may stand as a summary line: no headline, no speaker's words bare of marks and speaker, and a toll of
another year is no toll to lead with (QA round O, problem 11)."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, MetaValue, Span

QUOTED = (
    "Storm Hesper flattened the sea wall at Varnholm on Friday night, leaving the lower town under water.\n"
    '"Varnholm is a total loss. It is not what it was before," said 31-year-old Teodor Vane.\n'
)
HEADLINE = "Nearly 60 dead and missing in Velmar after storm -county chief"
HEADED = (
    HEADLINE + "\n\nThe ferry service to Varnholm resumed on Saturday morning after the harbour master cleared "
    "the channel of debris.\n"
)


def _fact(article: Article, text: str, n: int) -> Fact:
    start = article.text.index(text)
    return Fact(id=f"f{n}", text=text, status="single", independent_sources=1,
                support=(Span(article=article.id, start=start, end=start + len(text)),))


def _analyses(*articles: Article) -> list[Analysis]:
    return [Analysis(article=a.id, version="t") for a in articles]


def test_summary_a_quote_keeps_its_marks_and_its_speaker() -> None:
    """A speaker's words shown as a line carry their quotation marks and the attribution after them."""
    article = Article(id="q", text=QUOTED)
    fact = _fact(article, "Varnholm is a total loss. It is not what it was before", 1)
    (line,) = summarize([article], _analyses(article), [fact], sentences=1)
    assert line.text == '"Varnholm is a total loss. It is not what it was before," said 31-year-old Teodor Vane.'


def test_summary_a_quote_without_its_speaker_is_no_line() -> None:
    """Words in quotation marks that no attribution follows are not shown as the reports' own telling."""
    text = (
        "Residents gathered at the church hall.\n"
        "\"We lost the boats, the nets and the sheds, all of it in one night.\"\n"
    )
    article = Article(id="q", text=text)
    fact = _fact(article, "We lost the boats, the nets and the sheds, all of it in one night", 1)
    lines = summarize([article], _analyses(article), [fact], sentences=1)
    assert all("lost the boats" not in line.text for line in lines)


def test_summary_a_headline_is_no_line() -> None:
    """A report's first line that is its title is a headline, not a summary line, though a fact holds it."""
    article = Article(id="h", text=HEADED, title=MetaValue(value=HEADLINE, inferred=True))
    head = _fact(article, HEADLINE, 1)
    ferry = _fact(article, "The ferry service to Varnholm resumed on Saturday morning", 2)
    lines = summarize([article], _analyses(article), [head, ferry], sentences=2)
    assert [line.text for line in lines] == [
        "The ferry service to Varnholm resumed on Saturday morning after the harbour master cleared the channel "
        "of debris."
    ]


def test_summary_a_toll_of_another_year_does_not_lead() -> None:
    """A sentence that gives the dead of a storm of another year ("which hit in 1987, ..., killing more than 200
    people") is not moved to the front as the story's toll."""
    text = (
        "The ferry service to Varnholm resumed on Saturday morning after the harbour master cleared the channel.\n"
        "Hesper is stronger than Storm Alva, which hit Varnholm in 1987, the mayor said, killing more than 200 "
        "people.\n"
    )
    article = Article(id="t", text=text)
    facts = [
        _fact(article, "The ferry service to Varnholm resumed on Saturday morning", 1),
        _fact(article, "Hesper is stronger than Storm Alva, which hit Varnholm in 1987", 2),
    ]
    (first, *_) = summarize([article], _analyses(article), facts, sentences=1)
    assert first.text.startswith("The ferry service")


def test_summary_a_quoted_sentence_with_its_attribution_stays() -> None:
    """A whole sentence of a speaker's words and who said them is a line as it stands."""
    text = '"We will rebuild the sea wall before the winter storms come back to Varnholm," the mayor said.\n'
    article = Article(id="w", text=text)
    fact = _fact(article, "We will rebuild the sea wall before the winter storms come back to Varnholm", 1)
    (line,) = summarize([article], _analyses(article), [fact], sentences=1)
    assert line.text == text.strip()
