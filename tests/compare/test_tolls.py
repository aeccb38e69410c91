"""Counts that reports give differently: bounds, updates and the tolls of a disaster (written examples)."""

from __future__ import annotations

import pytest
from compare_helpers import sentence_reports

from storyline.compare.conflicts import count_disagreement, number_conflict, quantities, toll_counts
from storyline.compare.facts import build_facts
from storyline.model import Article, Fact


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # two bounds of one toll that give different figures: two bulletins, or one report behind the other
        (
            "The death toll from the Tarrow floods has risen to at least 48, county officials said.",
            "The death toll from the Tarrow floods has risen to at least 45, county officials said.",
            True,
        ),
        ("More than 6,000 people had been displaced.", "More than 4,500 people had been displaced.", True),
        # a bound and a figure it allows, a round bound and a figure within its rounding, a hedge, a rounding
        ("More than a dozen people were hurt in the crush.", "13 people were hurt in the crush.", False),
        ("At least 40 people were hurt in the crush.", "42 people were hurt in the crush.", False),
        ("At least 40 people were hurt in the crush.", "At least 42 people were hurt in the crush.", False),
        ("The storm killed more than 400 people.", "The storm killed at least 420 people.", False),
        ("About 300 people were evacuated from Corran.", "310 people were evacuated from Corran.", False),
        ("2,000 people were evacuated from Corran.", "2,040 people were evacuated from Corran.", False),
        # a number written with a hyphen is one figure
        ("Thirty-nine people have died in the floods.", "39 people have died in the floods.", False),
        ("Thirty-nine people have died in the floods.", "Forty-one people have died in the floods.", True),
    ],
)
def test_tolls_bounds_and_updates_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict, number_conflict(a, b)


def test_tolls_an_update_is_flagged_as_one() -> None:
    """A marked update ("has risen to") disagrees all the same: the reader sees both figures, told that they may
    be successive bulletins."""
    found = count_disagreement(
        "The death toll from the Tarrow floods has risen to at least 48, county officials said.",
        "Thirty-nine people have died in the Tarrow floods, county officials said.",
    )
    assert found is not None
    assert (found.why, found.update) == ("at least 48 vs 39 people died", True)
    seven = count_disagreement("Seven wagons overturned.", "Eight wagons overturned.")
    assert seven is not None
    assert not seven.update


@pytest.mark.parametrize(
    ("text", "about", "figure"),
    [
        ("The death toll in Corran stood at 48 on Monday.", "people died", 48),
        ("The number of people still missing rose to 103, the county said.", "people missing", 103),
        ("The county said 101 people were unaccounted for.", "people missing", 101),
        ("More than 4,500 had been displaced by Monday.", "people displaced", 4500),
        ("The mudslide left 80 people homeless.", "people displaced", 80),
        ("The blast killed at least 12, the police said.", "people died", 12),
    ],
)
def test_tolls_what_a_figure_counts_table(text: str, about: str, figure: int) -> None:
    assert [(a, q.value) for a, q in toll_counts(text)] == [(about, figure)]


def test_tolls_a_part_of_a_toll_is_no_toll() -> None:
    text = "Officials were checking whether another three deaths were linked to the storm."
    assert [q.part for q in quantities(text)] == [True]
    assert toll_counts(text) == []


def test_tolls_two_tolls_of_one_statement_are_not_mixed() -> None:
    """The dead and the missing are two counts: a figure of one is no agreement with a figure of the other."""
    a = "Forty people have died in Tarrow county, while more than 60 people remain missing."
    b = "The floods killed 72 people in Tarrow county."
    assert number_conflict(a, b) == "40 vs 72 people died"


def test_tolls_a_share_is_said_of_what_it_is_of() -> None:
    """Two shares of one thing, worded apart ("a 19-percent pay increase" / "a 20% increase in pay"), are one
    figure given twice; shares of two things are not."""
    a = "The offer included about a 19-percent pay increase and a signing bonus."
    assert number_conflict(a, "The deal would have given staff a 20% increase in pay.", same_verb=True) == (
        "about 19 vs 20 percent"
    )
    assert number_conflict(a, "The deal would have given staff a 5% increase in pensions.", same_verb=True) is None




def _texts(fact: Fact, articles: list[Article]) -> list[str]:
    text = {a.id: a.text for a in articles}
    return [text[s.article][s.start : s.end] for s in fact.support]


def test_tolls_three_figures_of_one_toll_are_three_sides() -> None:
    articles, analyses, units = sentence_reports(
        [
            ["The death toll from the Tarrow floods has risen to at least 48, county officials said."],
            ["The death toll from the Tarrow floods has risen to at least 45, county officials said."],
            ["Thirty-nine people have died in the Tarrow floods, county officials said."],
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1, 2]])
    assert [(f.status, f.conflicts_with) for f in facts] == [
        ("conflict", ("f2", "f3")),
        ("conflict", ("f1", "f3")),
        ("conflict", ("f1", "f2")),
    ]
    assert {(f.why, f.may_be_update) for f in facts} == {("at least 48 vs at least 45 vs 39 people died", True)}


def test_tolls_a_figure_every_side_allows_takes_no_side() -> None:
    articles, analyses, units = sentence_reports(
        [
            ["Officials said 105 people were reported missing on Monday."],
            ["The county said 101 people were unaccounted for on Monday."],
            ["More than 100 people remain missing, officials said on Monday."],
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1, 2]])
    # the figure both allow stays a fact, which the statement it agrees with also supports
    assert [(f.status, [s.article for s in f.support]) for f in facts] == [
        ("conflict", ["r0"]),
        ("conflict", ["r1"]),
        ("corroborated", ["r0", "r2"]),
    ]
    assert facts[0].why == "105 vs 101 people missing"


def test_tolls_figures_of_one_toll_in_different_groups_stand_against_each_other() -> None:
    """A sentence that tells two tolls aligns with what another report says of one of them: the other toll's
    figures, left in different groups, are still set against each other, each side cited by the clause that
    gives its figure."""
    articles, analyses, units = sentence_reports(
        [
            ["The death toll has risen to 48, with more than 6,000 people displaced."],
            [
                "The death toll has risen to 48, officials said.",
                "More than 4,500 people had been displaced and 12 were missing, the county said.",
            ],
            ["Twelve people were missing and more than 4,500 had been displaced, the county said."],
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1], [2, 3]])
    assert [f.status for f in facts] == ["corroborated", "corroborated", "conflict", "conflict"]
    six, four = facts[2:]
    assert (six.conflicts_with, four.conflicts_with) == (("f4",), ("f3",))
    assert _texts(six, articles) == ["more than 6,000 people displaced"]
    assert _texts(four, articles) == ["More than 4,500 people had been displaced", "more than 4,500 had been displaced"]
    assert (six.why, six.may_be_update) == ("more than 6,000 vs more than 4,500 people displaced", True)


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("More than 4,500 people had been displaced and 12 were missing, the county said.", 2),
        # a toll placed at another time tells of another event (or an earlier one): not set against this one
        ("In 2019, more than 4,500 people had been displaced and 12 were missing, the county said.", 0),
        # a name that only starts like a month places it nowhere else
        ("More than 4,500 people had been displaced and 12 were missing, the Marlow county office said.", 2),
        # a figure far below the other is more likely a part of the toll than another report of it
        ("More than 1,500 people had been displaced and 12 were missing, the county said.", 0),
    ],
)
def test_tolls_across_groups_only_one_count(other: str, conflicts: int) -> None:
    articles, analyses, units = sentence_reports(
        [
            ["The death toll has risen to 48, with more than 6,000 people displaced."],
            ["The death toll has risen to 48, officials said.", other],
            ["Twelve people were missing and the river kept rising, the county said."],
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1], [2, 3]])
    assert sum(f.status == "conflict" for f in facts) == conflicts


@pytest.mark.parametrize(
    "text",
    [
        "The story ran at /8301-207_162-57582560/flood-toll-rises/ on the site.",  # a path
        "He served 4 1/2 months before the appeal.",  # a fraction
        "When one is killed, all of us lose.",  # "one" is a pronoun
        "The 10-year-old's death shocked the town.",  # a figure qualifying a word
        "He was missing 10 of the 16 games with an ankle sprain.",  # "missing" with an object
        "The actor dies at 77 after a long illness.",  # an age
    ],
)
def test_tolls_figures_that_count_no_toll(text: str) -> None:
    assert toll_counts(text) == []


def test_tolls_a_toll_verb_far_after_its_count_still_names_it() -> None:
    killed = "By Monday night 87 people in the town of Saltby and two in nearby Cole had been confirmed killed."
    hurt = "A total of 412 people were also injured in the storm."
    assert [q.verbs & {"die"} for q in quantities(killed) if q.value == 87] == [frozenset({"die"})]
    assert number_conflict(killed, hurt) is None


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a count placed where the other statement does not go is a part of the toll
        ("Storm Ida leaves 89 dead across Norland.", "A total of 31 people were confirmed dead in Keswick.", False),
        ("The storm killed 48 people in Keswick.", "The storm killed 30 people in Dunmore.", False),
        # the same place, or no place named at all: still one count
        ("Seven cars derailed near Dunmore.", "Eight cars derailed in Dunmore.", True),
        ("Seven cars derailed.", "Eight cars derailed in Dunmore.", True),
    ],
)
def test_tolls_a_count_placed_elsewhere_is_a_part(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) == conflict


def test_tolls_a_toll_verb_of_another_clause_counts_no_figure_of_this_one() -> None:
    """"8,800 people have been forced from their homes while ... mudslides that have killed scores": the
    scores died, not the 8,800."""
    text = (
        "More than 8,800 people have been forced from their homes in Vell state while many more wait to be "
        "rescued from the rising waters and mudslides that have killed scores of residents."
    )
    assert toll_counts(text) == []
