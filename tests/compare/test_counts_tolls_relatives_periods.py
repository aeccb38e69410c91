"""Counts a blind review found compared wrongly or not at all: a death toll told with a noun ("15 deaths") beside
one told with a verb ("At least 12 people died"), a count of "family members" (relatives, no toll of the event),
and amounts of money told of different periods ("last year" / "last quarter", "in 2023" / "in 2024")."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts, conflicting, fact_with

from storyline.compare.conflicts import count_disagreement, number_conflict, quantities, toll_counts
from storyline.compare.money import Period, one_period, period_of

VERB_TOLL = "At least 12 people died when a fire swept through a ferry off Marenport on Monday, officials said."
NOUN_TOLL = "There were 15 deaths in the blaze, said Doria Venn, a spokeswoman for the coast guard."


def test_a_toll_told_by_a_noun_is_a_toll_of_people_who_died() -> None:
    """"15 deaths" counts the dead as "15 people died" does, and a toll of them joins the others."""
    assert [(about, q.value) for about, q in toll_counts(NOUN_TOLL)] == [("people died", 15.0)]


def test_a_toll_told_by_a_noun_and_one_told_by_a_verb_disagree_as_possible_updates() -> None:
    found = count_disagreement(VERB_TOLL, NOUN_TOLL, same_verb=True)
    assert found is not None
    assert found.why == "at least 12 vs 15 people died"
    assert found.update  # a toll is revised as it grows: two bulletins, maybe no error


@pytest.mark.parametrize(
    "told", ["Officials confirmed 15 deaths.", "There were 15 fatalities in the blaze.", "15 deaths had been recorded."]
)
def test_deaths_and_fatalities_are_tolls_of_the_dead(told: str) -> None:
    assert [(about, q.value) for about, q in toll_counts(told)] == [("people died", 15.0)]
    assert number_conflict(VERB_TOLL, told) == "at least 12 vs 15 people died"


def test_two_tolls_told_by_a_noun_keep_their_noun() -> None:
    """Where both statements count deaths, the conflict names them so ("15 vs 18 deaths")."""
    other = NOUN_TOLL.replace("15", "18")
    assert number_conflict(NOUN_TOLL, other) == "15 vs 18 deaths"


def test_a_toll_told_by_a_noun_that_agrees_raises_no_conflict() -> None:
    assert number_conflict("The blaze killed 15 people, officials said.", NOUN_TOLL) is None


def test_a_toll_told_by_a_noun_conflicts_across_reports() -> None:
    """Alignment need not put the two statements in one fact: the story's tolls are set against each other."""
    articles, cmp = compare_texts(
        ("a", f"Ferry fire off Marenport. {VERB_TOLL} The ferry had left Oskby at dawn.", "Harbor Tribune"),
        ("b", f"Marenport ferry blaze. {NOUN_TOLL} Divers searched the hull on Tuesday.", "Coastal Daily"),
    )
    verb, noun = conflicting(cmp, articles, (0, "At least 12 people died"), (1, "15 deaths"))
    assert noun.id in verb.conflicts_with
    assert "at least 12" in (verb.why or "")
    assert "15" in (verb.why or "")


@pytest.mark.parametrize("told", ["Three family members were injured in the blaze", "3 family members were injured"])
def test_family_members_are_counted_as_relatives(told: str) -> None:
    """"three family members" counts three relatives (not three families, and not nothing)."""
    (q,) = quantities(told)
    assert (q.value, q.unit) == (3.0, "relative")


def test_counts_of_family_members_and_of_relatives_hurt_disagree() -> None:
    one = "Three family members were injured in the blaze, said Doria Venn."
    other = "Two relatives were injured in the blaze, Venn said."
    assert number_conflict(one, other) == "3 vs 2 relatives hurt"
    assert number_conflict(one, "Three relatives were hurt in the blaze.") is None


def test_family_members_among_the_dead_are_no_toll_of_the_event() -> None:
    """A count of one family's members among the dead is a part of the toll, never a figure for it."""
    among = "Three family members were among the dead, according to the port authority."
    assert toll_counts(among) == []
    assert number_conflict(among, VERB_TOLL) is None
    assert number_conflict(among, NOUN_TOLL) is None
    # the older rule still holds: "from one family" restricts a count of people who died to a part of the toll
    assert number_conflict("Five people were killed from one family, police said.", VERB_TOLL) is None


@pytest.mark.parametrize(
    "part", ["Three people from one family died in the blaze.", "Three people from a single village were killed."]
)
def test_a_count_of_one_family_told_before_its_verb_is_no_toll(part: str) -> None:
    """"Three people from one family died": the count's phrase runs on over "from", and the family still makes it
    a part of the toll, which "At least 12 people died" does not contradict."""
    assert number_conflict(part, VERB_TOLL) is None
    assert number_conflict(part, "Two people from one family died in the blaze.") is not None


LAST_YEAR = "Halvorn Corp earned $17 billion in profit last year, the company said on Thursday."


@pytest.mark.parametrize(
    "other",
    [
        "Halvorn Corp earned $19 billion in profit last quarter, the company said on Thursday.",
        "Halvorn Corp earned $5 billion in profit in the third quarter, the company said.",
        "In the first half, Halvorn Corp earned $12 billion in profit.",
    ],
)
def test_amounts_of_different_periods_do_not_conflict(other: str) -> None:
    assert number_conflict(LAST_YEAR, other) is None


def test_amounts_of_two_years_do_not_conflict_and_of_one_year_do() -> None:
    in_2023 = "Halvorn Corp reported $17 billion in profit in 2023, its filing showed."
    assert number_conflict(in_2023, "Halvorn Corp reported $19 billion in profit in 2024.") is None
    assert number_conflict(in_2023, "Halvorn Corp made $15 billion in profit in 2023.") == "$17bn vs $15bn"


def test_one_period_given_two_amounts_conflicts() -> None:
    assert number_conflict(LAST_YEAR, "Halvorn earned $15 billion in profit last year, its filing showed.") == (
        "$17bn vs $15bn"
    )


def test_an_amount_of_no_period_is_read_as_of_the_period_the_other_names() -> None:
    """"The tablet will cost $9,900" names no period: a price of "$14,200 per year" is the figure it disagrees with."""
    assert number_conflict("The tablet will cost $9,900 in Ostravia.", "It costs $14,200 per year.") is not None


def test_figures_of_a_year_and_of_the_year_before_in_one_statement_are_read_apart() -> None:
    told = "Halvorn earned $17 billion last year, up from $15 billion a year earlier."
    periods = [q.period for q in quantities(told)]
    assert periods == [Period("year", "last"), Period("before")]
    # the same pair told by another report agrees, whatever figure stands beside which
    assert number_conflict(told, "Halvorn's profit rose to $17 billion last year from $15 billion.") is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Halvorn earned $4bn in the third quarter of 2024", Period("quarter", "3 2024")),
        ("Q3 2024 revenue was $4bn", Period("quarter", "3 2024")),
        ("Revenue was $4bn in the quarter, up from $3bn in the same quarter a year earlier", Period("quarter")),
        ("annual revenue of $130bn", Period("year")),
        ("Halvorn agreed to pay $787.5 million to settle the suit", None),
    ],
)
def test_the_period_of_an_amount(text: str, period: Period | None) -> None:
    at = text.index("$")
    assert period_of(text, at, at + 5) == period


def test_periods_of_one_kind_that_nothing_sets_apart_are_one() -> None:
    assert one_period(Period("year", "last"), Period("year"))
    assert one_period(Period("quarter"), None)
    assert not one_period(Period("year", "last"), Period("quarter", "last"))
    assert not one_period(Period("year", "2023"), Period("year", "2024"))
    assert not one_period(Period("year", "last"), Period("before"))


def test_amounts_of_two_periods_across_reports_are_no_conflict() -> None:
    """A report's profit of last year and another's of last quarter are two figures, set against nothing."""
    articles, cmp = compare_texts(
        ("a", "Halvorn posts profit. Halvorn Corp said on Thursday it earned $17 billion in profit last year.",
         "Ledger Weekly"),
        ("b", "Halvorn profit surges. Halvorn Corp said on Thursday it earned $19 billion in profit last quarter.",
         "Market Courier"),
    )
    year = fact_with(cmp, articles, (0, "$17 billion"))
    assert year is not None
    assert year.status != "conflict"
