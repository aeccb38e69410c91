"""QA rounds AA-AC, the conflicts still missed: invented reports of a fire at the Dunmarsh paint works and others.
Each test names the QA problem it stands for."""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting

from storyline.compare.counts import toll_counts


def test_a_count_of_the_badly_hurt_told_with_no_noun_is_a_toll() -> None:
    """QA AC #3: "six were severely injured" tells the hurt as "six were injured" does; the adverb between the
    auxiliary and the verb hid it, and two reports' six and eight seriously hurt never met."""
    told = toll_counts("Two people were killed, one remains missing and nine were badly injured.")
    assert ("people hurt", 9.0) in [(about, q.value) for about, q in told]
    assert [q.value for about, q in toll_counts("At least three died and 11 were critically wounded.")
            if about == "people hurt"] == [11.0]


def test_two_counts_of_the_seriously_hurt_conflict() -> None:
    """QA AC #3: three reports of one blast, two saying nine were seriously hurt and one saying twelve."""
    a = ("Blast at Dunmarsh paint works\n\n"
         "Two workers died and nine were severely injured on Monday in a blast at the Dunmarsh paint works, "
         "the company said.")
    b = ("Dunmarsh blast kills two\n\n"
         "Two people were killed, one remains missing and nine were seriously injured after the blast at the "
         "Dunmarsh paint works.")
    c = ("Two dead at Dunmarsh\n\n"
         "Twelve people were seriously injured in the blast at the Dunmarsh paint works, said board member "
         "Henrike Ost.")
    articles, cmp = compare_texts(("a", a, "Marl Courier"), ("b", b, "Tessel Herald"), ("c", c, "Coastline Wire"))
    one, _ = conflicting(cmp, articles, (0, "nine were severely injured"), (2, "Twelve people were seriously"))
    assert "12 vs 9 people hurt" in one.why


def test_the_toll_of_one_named_group_is_that_groups() -> None:
    """QA AB #2: "At least 212 Velmish pilgrims died" and "the number of Velmish deaths had risen to at least
    390" count one group; neither is the whole toll."""
    a = toll_counts("At least 212 Velmish pilgrims have died during the pilgrimage, two diplomats said.")
    b = toll_counts("A diplomat said the number of Velmish deaths alone had risen to \u201cat least 390,\u201d up "
                    "from more than 200 the previous day.")
    assert [(about, q.value) for about, q in a] == [("Velmish people died", 212.0)]
    assert [(about, q.value) for about, q in b] == [("Velmish people died", 390.0)]


def test_two_counts_of_one_groups_dead_conflict_and_no_count_of_the_whole() -> None:
    """QA AB #2: 212 against "at least 390" Velmish dead is a conflict (a possible update); the 390 is no
    figure of the whole toll of 377."""
    a = ("Heat kills pilgrims\n\n"
         "At least 212 Velmish pilgrims have died during the pilgrimage in Orsanne, two diplomats told the Orsk "
         "Agency.\n\nThe death toll among pilgrims in Orsanne has reached 377, according to an agency count.")
    b = ("Pilgrim deaths rise\n\n"
         "The heat has been relentless in Orsanne this week. A diplomat said the number of Velmish deaths alone "
         "had risen to \u201cat least 390,\u201d up from more than 200 the previous day.")
    articles, cmp = compare_texts(("a", a, "Marl Courier"), ("b", b, "Tessel Herald"))
    sides = [f for f in cmp.facts if f.status == "conflict"]
    told = {articles[0].text.find("At least 212"), articles[1].text.find("at least 390")}
    assert {s.start for f in sides for s in f.support} <= told | {articles[1].text.find("A diplomat said")}
    assert len(sides) == 2
    assert {f.why for f in sides} == {"at least 390 vs at least 212 Velmish people died"}
