"""A paper's short name after its full name is that paper's: "the Harbor Times reported ... the Times reported"
credits the Harbor Times twice, not a table's paper of the same short name. Every text here is written for these
tests."""

from __future__ import annotations

from storyline.model import Article
from storyline.pipeline import analyze


def _cited(text: str) -> list[str]:
    return [c.cites for c in analyze(Article(id="t", text=text)).citations]


def test_the_short_name_is_the_full_name_printed_before() -> None:
    text = ("Bank details were not taken, the Harbor Times reported.\n\n"
            "The intruder began copying records on March 3, the Times reported.")
    assert _cited(text) == ["Harbor Times", "Harbor Times"]


def test_the_short_name_is_a_known_paper_printed_in_full() -> None:
    text = "The mayor quit, the Norport Post reported. The city was shocked, according to the Post."
    assert _cited(text) == ["Norport Post", "Norport Post"]


def test_two_full_names_leave_the_short_name_to_the_table() -> None:
    text = ("The mayor quit, the Harbor Times reported. The council met, the Lakeside Times reported, and "
            "the Times said the vote was close.")
    assert _cited(text)[-1] not in ("Harbor Times", "Lakeside Times")
