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
