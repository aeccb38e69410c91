"""Lengths written onto their figure are compared, and a small count of one named group in one role is one claim
across reports (QA rounds X, Y and Z). Fictional texts."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts, fact_with, sentence_facts

from storyline.compare.claims import claims
from storyline.compare.counts import count_disagreement
from storyline.compare.quantities import quantities


@pytest.mark.parametrize(
    ("text", "value", "what"),
    [
        ("Crews pulled them out through a steel chute that lined a 48-metre passage.", 48.0, "long passage"),
        ("They crawled through a 45-metre long steel pipe fitted with rails.", 45.0, "long pipe"),
        ("They crawled through a 45 metre long pipe.", 45.0, "long pipe"),
        ("The rescue camp sits inside the 11-meter (36 feet) wide gallery.", 11.0, "wide gallery"),
    ],
)
def test_a_length_written_onto_its_figure_is_a_measure_of_the_thing_after_it(text: str, value: float,
                                                                             what: str) -> None:
    q = quantities(text)[0]
    assert (q.value, q.unit, q.what) == (value, "meter", frozenset({what}))


def test_two_lengths_of_one_thing_disagree() -> None:
    a = "Crews pulled the miners out through a steel chute that lined a 48-metre passage."
    b = "Crews pulled the miners out through a steel chute that lined a 45-metre passage."
    found = count_disagreement(a, b)
    assert found is not None
    assert found.figures == ("48", "45")
    facts = sentence_facts([[a], [b]])
    assert [f.status for f in facts] == ["conflict", "conflict"]


@pytest.mark.parametrize(
    "other",
    [
        "Crews worked inside the 45-metre wide passage of the Dorvel mine.",  # another dimension
        "Crews pulled the miners out through a 45-metre steel pipe.",  # another thing measured
        "Crews pulled the miners out through a steel chute that lined a 48-metre passage.",  # the same length
    ],
)
def test_lengths_of_other_things_or_dimensions_do_not_disagree(other: str) -> None:
    assert count_disagreement("Crews pulled the miners out through a steel chute that lined a 48-metre passage.",
                              other) is None


def test_a_length_in_words_stays_a_scope() -> None:
    """"within the one-mile radius" tells where, and a report that leaves it out still states the rest."""
    assert quantities("Officials cleared most homes within the one-mile radius.") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Rescuers found the bodies of nine hikers on the Korvath ridge.", ("9", "die hiker")),
        ("Nine hikers were found dead on Monday.", ("9", "die hiker")),
        ("The bodies of the 9 hikers were carried down the slope.", ("9", "die hiker")),
        ("Five miners were injured in the blast.", ("5", "hurt miner")),
    ],
)
def test_a_small_count_of_a_named_group_in_one_role_is_a_claim(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were found dead on Monday.",  # people in general: any nine of a story
        "Two hikers were found dead on Monday.",  # two is said of too many pairs
        "More than 40 hikers were rescued, and nine others were found dead.",  # no group named
        "Nine hikers were reported missing.",  # no toll
    ],
)
def test_small_counts_that_name_no_group_or_role_make_no_claim(text: str) -> None:
    assert not [c for c in claims(text) if " " in c[1]]


def test_reports_giving_one_small_toll_of_one_group_corroborate_it() -> None:
    articles, comparison = compare_texts(
        ("r0", "The Korvath volcano erupted on Sunday. Nine hikers were found dead on the ridge on Monday, a rescue "
               "official said.", "Orsk Ledger"),
        ("r1", "Ash fell over three villages near Korvath. The bodies of nine hikers were recovered later in the day, "
               "agency head Mirela Dask said.", "Tarn Post"),
    )
    fact = fact_with(comparison, articles, (0, "Nine hikers"), (1, "nine hikers"))
    assert fact is not None
    assert fact.independent_sources == 2
