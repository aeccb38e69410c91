"""A quarterly report's "the latest period" and "a year ago" are counted from the quarter it last named by number
as done ("its fiscal first quarter"), not from the quarter before the report's date; a quarter named as one to
come ("expects fourth-quarter sales to rise") does not move them, and with no quarter named the rule's guess
(the last completed quarter) stands.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue


def _values(text: str) -> list[tuple[str, str | None]]:
    art = Article(id="a", text=text, published=MetaValue(value="2031-11-06"))
    return [(t.text, t.value) for t in extract_timexes(art)]


def test_the_period_and_a_year_ago_follow_the_quarter_named() -> None:
    text = (
        "Marlow Looms said its fiscal first quarter net income rose to $4 million. "
        "Sales in the latest period were $90 million, up from $80 million a year ago."
    )
    values = dict(_values(text))
    assert values["the latest period"] == "2031-Q1"
    assert values["a year ago"] == "2030-Q1"


def test_a_quarter_to_come_moves_nothing() -> None:
    text = (
        "Marlow Looms expects fourth-quarter sales to rise. "
        "Sales in the latest period were $90 million, up from $80 million a year ago."
    )
    values = dict(_values(text))
    assert values["the latest period"] == "2031-Q3"
    assert values["a year ago"] == "2030-Q3"
