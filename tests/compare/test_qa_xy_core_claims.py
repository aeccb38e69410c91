"""One count of one group told in other words supports itself across reports, and an uncertainty is a claim of
its own (QA rounds X and Y). Fictional texts."""

from __future__ import annotations

from compare_helpers import compare_texts, fact_with

from storyline.compare.claims import claims
from storyline.compare.facts import states


def test_the_saved_are_one_count_whichever_word_tells_them() -> None:
    """"112 survivors" and "112 people had been rescued" count one group; the dead and the saved do not meet."""
    assert ("112", "saved") in claims("Velmish officials said 112 survivors had been taken to Orsk.")
    assert ("112", "saved") in claims("By noon, 112 people had been rescued.")
    assert ("112", "saved") in claims("The port authority puts the number of survivors at 112.")
    assert ("112", "saved") not in claims("The ferry sank with 112 dead, the port authority said.")
    # a figure further off is of another thing: "aged between 18 and 45" counts no survivors
    assert ("18", "saved") not in claims("All 112 survivors were men aged between 18 and 45.")


def test_reports_giving_the_survivors_in_other_words_corroborate_them() -> None:
    articles, comparison = compare_texts(
        ("r0", "The ferry Kestrel sank off Orsk early on Monday. Velmish officials said 112 survivors had "
               "been taken to Orsk.", "Orsk Ledger"),
        ("r1", "A crowded ferry went down off the Velmish coast on Monday. By noon, 112 people had been rescued.",
         "Tarn Post"),
        ("r2", "Hopes faded on Tuesday for dozens still missing at sea. The port authority puts the number of "
               "survivors at 112.", "Harbour Wire"),
    )
    fact = fact_with(comparison, articles, (0, "112 survivors"), (1, "112 people"), (2, "survivors at 112"))
    assert fact is not None
    assert fact.independent_sources == 3


def test_a_detail_of_one_report_is_not_the_statement_its_support_states() -> None:
    """The fact is told by the statement the others state, not by one with ages only it gives."""
    articles, comparison = compare_texts(
        ("r0", "Rain fell over the harbour. All 112 survivors were men aged between 18 and 45, officials said.",
         "Orsk Ledger"),
        ("r1", "A crowded ferry went down on Monday. By noon, 112 people had been rescued.", "Tarn Post"),
        ("r2", "Hopes faded on Tuesday. The port authority puts the number of survivors at 112.", "Harbour Wire"),
    )
    fact = fact_with(comparison, articles, (1, "112 people"), (2, "survivors at 112"))
    assert fact is not None
    assert "18 and 45" not in fact.text


def test_an_uncertainty_is_not_stated_by_the_words_around_it() -> None:
    line = "It is still unclear how many people were on the ferry that sank off Orsk early on Monday"
    assert not states(line, "The coast guard opened an inquiry on Tuesday into the ferry that sank off Orsk")
    assert not states("The coast guard opened an inquiry into the ferry that sank off Orsk on Monday", line)
    assert states(line, "It is unclear how many people were on the ferry that sank off Orsk early on Monday")


def test_a_distance_alone_is_no_claim_two_reports_share() -> None:
    """Two sentences placing two different things 40 miles off one town do not state each other."""
    line = (
        "The coast guard opened a criminal inquiry into the sinking of the crowded ferry "
        "47 nautical miles south of Orsk"
    )
    other = "Search flights went on through the night over the sinking site about 50 miles south of Orsk"
    assert not states(line, other)
