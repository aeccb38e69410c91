"""Round AB: the tense of a clause is not read from a participle used as an adjective after its adverb, so a
year told ahead ("will buy ... a wholly owned subsidiary in 2032") bounds no publication date from below.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.dating import infer_published
from storyline.extract.timex_tense import tense_direction
from storyline.model import Article


@pytest.mark.parametrize(
    ("text", "expr", "direction"),
    [
        ("Orlan Mills will buy Brackwater Iron to make it a wholly owned subsidiary in 2032.", "2032", 1),
        ("The town will open a newly built ferry terminal in March.", "March", 1),
        ("Orlan Mills bought the foundry and made it a wholly owned subsidiary in 2029.", "2029", -1),
    ],
)
def test_timex_tense_an_adverb_and_participle_after_a_determiner_is_no_verb(
    text: str, expr: str, direction: int
) -> None:
    start = text.index(expr)
    assert tense_direction(text, start, start + len(expr)) == direction


def test_timex_dating_a_year_told_ahead_after_an_adverb_and_participle_bounds_nothing_from_below() -> None:
    text = (
        "Orlan Mills to buy Brackwater Iron\n\nHALDEN, Dec. 4 (Norvik Wire)--Orlan Mills said Monday that it "
        "will buy Brackwater Iron to make the foundry a wholly owned subsidiary in 2032."
    )
    meta = infer_published(Article(id="a", text=text))
    # "will buy ... in 2032" is a plan: the report is from before 2032, not after its start
    assert meta.low is None or meta.low < "2032-01-01"


def test_timex_anaphora_counts_a_day_back_from_a_day_of_an_unknown_year() -> None:
    from storyline.extract.timex_anaphora import resolve_told

    # "the previous day" (day unit, one back) after "Monday, June 17" in a report that writes no year
    assert resolve_told((0, -1, 0), ["XXXX-06-17"]) == "XXXX-06-16"
    assert resolve_told((0, 1, 1), ["XXXX-12-31"]) == "XXXX-01-01TMO"
    # the day before March 1 is Feb 28 or Feb 29, as the year is: no value
    assert resolve_told((0, -1, 0), ["XXXX-03-01"]) is None
    # a week's number needs its year
    assert resolve_told((1, -1, 0), ["XXXX-06-17"]) is None
