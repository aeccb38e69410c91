"""A summary line never opens on a sentence that tells only of what led up to the story (a background entry of the
timeline: "An explosion at another Velm plant in March left one worker dead"); a report told only in such sentences
is summed up from them all the same. All text is invented."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Span

TEXT = (
    "An explosion at another Velm plant in March left one worker dead.\n"
    "Two blasts rocked the Orvale resin works on Wednesday, forcing 4,000 residents to leave their homes.\n"
    "Three workers were treated at the county hospital.\n"
)


def _lines(background: tuple[Span, ...]) -> list[str]:
    starts = [0, *[i + 1 for i, c in enumerate(TEXT) if c == "\n"][:-1]]
    sentences = tuple(Span(article="a", start=s, end=TEXT.index("\n", s)) for s in starts)
    analysis = Analysis(article="a", version="t", sentences=sentences)
    items = summarize([Article(id="a", text=TEXT)], [analysis], [], sentences=6, background=background)
    return [line.text for line in items]


def test_summary_background_sentence_is_no_line() -> None:
    march = Span(article="a", start=0, end=TEXT.index("\n"))
    assert any("in March" in line for line in _lines(()))
    lines = _lines((march,))
    assert lines
    assert not any("in March" in line for line in lines)
    assert lines[0].startswith("Two blasts rocked")


def test_summary_a_story_told_only_in_background_is_still_summed_up() -> None:
    every = tuple(Span(article="a", start=s, end=TEXT.index("\n", s)) for s in (0, TEXT.index("Two"),
                                                                              TEXT.index("Three")))
    assert _lines(every) == _lines(())
