"""Prison terms are figures to compare (QA round M #2: "faces up to 110 years in prison" and "a maximum sentence
of 115 years" were one fact, corroborated by five sources)."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts, conflicting, fact_with

from storyline.compare.conflicts import number_conflict, quantities


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # two ceilings of one charge sheet, told with "up to" and "maximum"
        ("Orlen faces up to 40 years in prison.", "Orlen faces a maximum sentence of 45 years in jail.", True),
        ("Orlen faces up to 45 years in prison.", "Orlen faces a maximum sentence of 45 years in jail.", False),
        # a hedged ceiling allows a figure near it
        ("Orlen is now facing close to 45 years in prison.", "Orlen faces up to 44 years in prison.", False),
        # the most a charge carries is no term a court gave
        ("Orlen faces up to 45 years in prison.", "Orlen was sentenced to 12 years in prison.", False),
        ("Orlen was sentenced to 12 years in prison.", "Orlen was sentenced to 14 years in prison.", True),
    ],
)
def test_prison_terms_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict, number_conflict(a, b)


@pytest.mark.parametrize(
    "text",
    ["The 31-year-old founder left the firm 20 years ago.", "The counts carry sentences of 5 to 20 years each."],
)
def test_prison_terms_other_spans_of_time_are_no_terms(text: str) -> None:
    assert not [q for q in quantities(text) if q.role]


def test_prison_terms_split_one_fact() -> None:
    """Four reports align on the ceiling Orlen faces; the one that gives another figure is set against the rest,
    which stay one fact."""
    articles, comparison = compare_texts(
        ("a", "Dace Orlen was convicted on Friday. He now faces a maximum sentence of 45 years in jail.", "X"),
        ("b", "Dace Orlen was convicted on Friday. He faces up to 45 years in prison.", "Y"),
        ("c", "Dace Orlen was convicted on Friday. Orlen faces a maximum sentence of 45 years in prison.", "Z"),
        ("d", "Dace Orlen was convicted on Friday. He faces up to 40 years in prison.", "W"),
    )
    forty, forty_five = conflicting(comparison, articles, (3, "40 years"), (0, "45 years"))
    assert forty.why == "45 vs up to 40 years in prison at most"
    assert fact_with(comparison, articles, (0, "45 years"), (1, "45 years")) == forty_five
    assert not any(s.article == "d" for s in forty_five.support)
