"""Who said what leaves out a label a report gives a thing ("salts, referred to as “sea glass”"), not a speaker's
description of something ("The mayor described the plan as reckless"). Invented text."""

from __future__ import annotations

from storyline.compare.quotes import merge_quotes
from storyline.model import Analysis, Quote, Span

TEXT = (
    'The salts, often referred as "sea glass" because they never wash away, coat the pier. '
    "The mayor described the plan as reckless."
)


def _indirect(content: str, cue: str) -> Quote:
    start = TEXT.index(content)
    at = TEXT.rindex(cue, 0, start)
    return Quote(
        span=Span(article="a", start=start, end=start + len(content)), text=content, kind="indirect",
        cue_span=Span(article="a", start=at, end=at + len(cue)), speaker="salts",
    )


def test_a_label_given_to_a_thing_is_no_statement() -> None:
    quotes = (
        _indirect('as "sea glass" because they never wash away', "referred"),
        _indirect("the plan as reckless", "described"),
    )
    merged = merge_quotes([Analysis(article="a", version="t", quotes=quotes)], [], texts={"a": TEXT})
    assert [q.text for q in merged] == ["the plan as reckless"]
