"""A forecast another report tells as done yields to it in the summary (QA AZ #24; fictional)."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span

FORECAST = "The bylaw will return to the Assembly on Friday morning, where the Green party holds a majority"
AHEAD = f"The harbour bylaw passed the Council on Thursday night. {FORECAST}.\n"
AFTER = ("The Council voted 30-12 for the harbour bylaw on Thursday. On Friday, the Assembly endorsed the Council's "
         "amendments, the final stamp on the bylaw.\n")


def _fact(article: Article, text: str, n: int, sources: int = 1) -> Fact:
    start = article.text.index(text)
    return Fact(id=f"f{n}", text=text, status="single", independent_sources=sources,
                support=(Span(article=article.id, start=start, end=start + len(text)),))


def test_a_forecast_told_as_done_elsewhere_is_no_summary_line() -> None:
    ahead, after = Article(id="a", text=AHEAD), Article(id="b", text=AFTER)
    facts = [
        _fact(ahead, "The harbour bylaw passed the Council on Thursday night", 1),
        _fact(ahead, FORECAST, 2),
        _fact(after, "On Friday, the Assembly endorsed the Council's amendments, the final stamp on the bylaw", 3),
    ]
    lines = summarize([ahead, after], [Analysis(article=a, version="t") for a in "ab"], facts, sentences=6)
    texts = [line.text for line in lines]
    assert not any("will return" in t for t in texts)
    assert any("endorsed" in t for t in texts)


def test_a_done_act_told_after_what_was_said_before_stays() -> None:
    text = ("After previously saying he would not pardon his brother, Governor Ilse Marrow on Sunday did that very "
            "thing, weeks before he leaves the Governor's office.\n")
    done = "Governor Marrow signed the pardon on Sunday at the Governor's office.\n"
    first, second = Article(id="a", text=text), Article(id="b", text=done)
    facts = [_fact(first, text.strip()[:-1], 1), _fact(second, done.strip()[:-1], 2)]
    lines = summarize([first, second], [Analysis(article=a, version="t") for a in "ab"], facts, sentences=6)
    assert any(line.text.startswith("After previously saying") for line in lines)
