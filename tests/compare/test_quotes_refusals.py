"""Who said what leaves out a refusal to act ("declined to leave their homes"), not a refusal to speak."""

from __future__ import annotations

from storyline.compare.quotes import merge_quotes
from storyline.model import Analysis, Quote, Span

TEXT = (
    "More than 500 people had declined to leave their homes as of Sunday morning. "
    "The mayor declined to comment on the order. Two officers refused to be named."
)


def _indirect(content: str, cue: str) -> Quote:
    start = TEXT.index(content)
    at = TEXT.rindex(cue, 0, start)
    return Quote(
        span=Span(article="a", start=start, end=start + len(content)), text=content, kind="indirect",
        cue_span=Span(article="a", start=at, end=at + len(cue)),
    )


def test_a_refusal_to_act_is_left_out_and_a_refusal_to_speak_kept() -> None:
    quotes = (
        _indirect("to leave their homes as of Sunday morning", "declined"),
        _indirect("to comment on the order", "declined"),
        _indirect("to be named", "refused"),
    )
    merged = merge_quotes([Analysis(article="a", version="t", quotes=quotes)], [], texts={"a": TEXT})
    assert [q.text for q in merged] == ["to comment on the order", "to be named"]
