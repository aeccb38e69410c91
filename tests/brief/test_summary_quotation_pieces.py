"""A summary line is no piece of a quotation (QA round AB problem 11, round AA problem 11): not a sentence that
ends inside a quotation of several sentences ('The senator said that "it is outrageous ... company.'), not the
next one opening on its closing mark ('" He added ...'), not a sentence in the middle of the quotation, and not
one that closes a quotation it does not open ('Today marks a clear win for truth.”'). Fictional texts."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Quote, Span

_TEXT = (
    "Senator Ilse Marrow criticized the sale of Velm Steel to Orsk Metals on Monday as a betrayal of the valley.\n"
    'The senator said on her page that "it is outrageous that Velm Steel has agreed to sell itself to a foreign '
    "firm. Steel is always about security for the towns of the valley and their workers. I will do anything I can "
    'to block this sale."\n'
    "She added that the move was wrong for workers and wrong for the whole valley of Velm.\n"
)
_QUOTE = _TEXT[_TEXT.index("it is outrageous") : _TEXT.index('sale."') + 5]


def _lines(text: str, quotes: tuple[Quote, ...] = (), *, by_line: bool = False) -> list[str]:
    """The summary of ``text``, its sentences split at their punctuation, or one a line (``by_line``) as a
    sentence split that keeps a closing mark with its sentence gives them."""
    article = Article(id="a", text=text)
    starts = [0, *[i + 1 for i, c in enumerate(text) if c == "\n"][:-1]]
    sentences = tuple(Span(article="a", start=s, end=text.index("\n", s)) for s in starts) if by_line else ()
    analysis = Analysis(article="a", version="t", quotes=quotes, sentences=sentences)
    return [line.text for line in summarize([article], [analysis], [], sentences=6)]


def test_a_line_does_not_end_inside_a_quotation() -> None:
    lines = _lines(_TEXT)
    assert lines[0].startswith("Senator Ilse Marrow criticized")
    assert not any(line.startswith("The senator said on her page") for line in lines)
    assert not any(line.lstrip().startswith('"') for line in lines)


def test_a_sentence_inside_a_quotation_is_no_line() -> None:
    start = _TEXT.index(_QUOTE)
    quote = Quote(span=Span(article="a", start=start, end=start + len(_QUOTE)), text=_QUOTE, kind="partial")
    assert not any(line.startswith("Steel is always about security") for line in _lines(_TEXT, (quote,)))


def test_a_line_does_not_close_a_quotation_it_does_not_open() -> None:
    text = (
        "The dam board of Velm settled the case with the valley towns on Tuesday after two years in court.\n"
        "“Facts do not take sides in this valley, and they never have.\n"
        "Today marks a clear win for truth and for every town along the river.”\n"
    )
    assert not any(line.startswith("Today marks a clear win") for line in _lines(text, by_line=True))
