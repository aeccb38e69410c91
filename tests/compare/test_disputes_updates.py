"""A source that revises its own figure updates it; it is no second source disputing the first (QA round Q: "Officials
said at least 43 ... Officials later said at least 48" was shown as a dispute between "Officials" and "Officials
later")."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.disputes import source_of


def test_disputes_same_source_updating_is_no_dispute() -> None:
    _, comparison = compare_texts(
        ("a", "Officials said at least 43 people were killed. Officials later said at least 48 people were killed. "
              "Roads stayed closed.", "X"),
        ("b", "Roads stayed closed around Varro on Friday.", "Y"),
    )
    assert [f.why for f in comparison.facts if f.status == "conflict"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials later said 48 people died.", ("Officials", "official")),
        ("Police had earlier said 30 people were hurt.", ("Police", "police")),
        ("The Marlow council now says 300 people marched.", ("Marlow council", "council")),
    ],
)
def test_disputes_source_without_words_of_time(text: str, expected: tuple[str, str]) -> None:
    assert source_of(text, text.index("people")) == expected


def test_disputes_two_sources_still_disputed() -> None:
    _, comparison = compare_texts(
        ("a", "Police said 3,000 people marched in Orsk. Organisers later said 20,000 people marched in Orsk.", "X"),
        ("b", "Shops in Orsk stayed shut on Saturday.", "Y"),
    )
    assert [f.why for f in comparison.facts if f.status == "conflict"][:1] == [
        "3,000 (Police) vs 20,000 (Organisers) people"
    ]
