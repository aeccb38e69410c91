"""Reports that give one named body different numbers of members disagree (QA round Q: "the Harvard Corporation, the
university's 11-member governing body" in one report and "the Harvard Corporation - the 12-member group" in another
were never set against each other)."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.across import body_sizes


def _conflicts(*reports: tuple[str, str, str]) -> list[tuple[str, str]]:
    _, comparison = compare_texts(*reports)
    return [(f.text, f.why) for f in comparison.facts if f.status == "conflict"]


def test_conflicts_body_sizes_of_one_body() -> None:
    found = _conflicts(
        ("a", "Rector Ines Vasko resigned on Monday. The Marlow Senate, the college's nine-member governing body, "
              "accepted her resignation \"with regret\".", "X"),
        ("b", "Ines Vasko stepped down as rector. A search will involve the Marlow Senate - the ten-member group "
              "that runs the college - and the alumni council.", "Y"),
    )
    assert {why for _, why in found} == {"members of the Marlow Senate: nine vs ten"}
    assert len(found) == 2


def test_conflicts_body_sizes_not_in_quotes() -> None:
    # a speaker's words are compared with nothing
    assert not _conflicts(
        ("a", "The Marlow Senate, the college's nine-member governing body, accepted her resignation.", "X"),
        ("b", "\"The Marlow Senate, the ten-member body I chaired, was wrong,\" said Ines Vasko.", "Y"),
    )


def test_conflicts_body_sizes_agree_or_other_bodies() -> None:
    # one size told twice, and a committee of the body: no conflict
    assert not _conflicts(
        ("a", "The Marlow Senate, the college's nine-member governing body, accepted her resignation.", "X"),
        ("b", "The nine-member Marlow Senate accepted the resignation. A 15-member search committee will look for "
              "a successor.", "Y"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Marlow Senate, the college's nine-member governing body, met.", [("marlow senate", 9.0)]),
        ("the Marlow Senate - the 12-member group that runs it", [("marlow senate", 12.0)]),
        ("The seven-member Orsk City Council voted.", [("orsk city council", 7.0)]),
        ("the Board of Wardens, a 32-member panel of alumni", [("board of wardens", 32.0)]),
        ("A 15-member search committee will meet.", []),
        ("The Marlow Senate has since grown to a 14-member body.", []),
    ],
)
def test_conflicts_body_sizes_read(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(name, q.value) for name, q in body_sizes(text)] == expected
