"""QA N: counts of one group that reports give differently ("a total of eight workers" / "at least seven workers"),
and the lists of counts by place that must not be read as one whole."""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting

from storyline.compare.conflicts import count_disagreement, number_conflict
from storyline.compare.units import report_units
from storyline.model import Analysis, Article


def test_qa_n_counts_a_lower_bound_below_an_exact_count_disagrees() -> None:
    """"at least seven" is its teller's count: a reader should see that another report counted eight."""
    found = count_disagreement("A total of eight divers were searching the Corran weir.",
                               "At least seven divers were searching the Corran weir.")
    assert found is not None
    assert found.figures == ("8", "at least 7")


def test_qa_n_counts_a_bound_that_only_rounds_or_amounts_of_money_agree() -> None:
    assert number_conflict("At least 40 people were evacuated.", "About 40 people were evacuated.") is None
    assert number_conflict("At least 12 people were evacuated.", "12 people were evacuated.") is None
    assert number_conflict("The fund raised more than $4m.", "The fund raised $5m.") is None


def test_qa_n_counts_a_verb_of_purpose_is_said_of_the_count() -> None:
    """"pouring tar to mend the cracks" is mending the cracks, as "who were mending the cracks" is."""
    a = "A total of eight painters who were mending cracks on the Halden viaduct fell into the canal."
    b = "At least seven painters were pouring tar to mend cracks on the deck, a foreman named Ivo Brand said."
    assert number_conflict(a, b, same_verb=True) == "8 vs at least 7 painter"
    # a place after "to" is no verb
    assert number_conflict("Eight painters were moved to hospital.", "Seven painters were mending cracks.",
                           same_verb=True) is None


def test_qa_n_counts_a_group_counted_in_two_reports_is_a_conflict() -> None:
    a = ("A total of eight painters who were mending cracks on the Halden viaduct fell into the canal below.\n"
         "The viaduct was closed.")
    b = ("At least seven painters were pouring tar to mend cracks on the deck, a foreman named Ivo Brand said.\n"
         "Brand was not on the shift.")
    articles, cmp = compare_texts(("a", a, "Halden Post"), ("b", b, "Canal Radio"))
    one, _ = conflicting(cmp, articles, (0, "A total of eight painters"), (1, "At least seven painters"))
    assert one.why == "8 vs at least 7 painter"


def test_qa_n_counts_a_whole_added_from_parts_is_no_count_of_its_report() -> None:
    """"105 died in Orm and 52 in Tarn" gives 157 by adding: no "at least 105" of another report differs from it
    (passes on the base too: it guards the lower bound's rule against a whole of parts)."""
    a = "A total of 105 people have died in Orm and 52 in Tarn by Saturday, the police said."
    b = "At least 105 people were confirmed dead in Orm while 52 were killed in neighbouring Tarn, officials said."
    assert number_conflict(a, b) is None


def test_qa_n_counts_the_last_item_of_a_list_by_place_stays_in_its_sentence() -> None:
    text = "The police said 40 people in Orm, 12 in Tarn, and one in Vell have been injured in the storm."
    units = report_units(Article(id="a", text=text), Analysis(article="a", version="t"), 0, lambda span: [])
    assert len(units) == 1
    assert units[0].text.endswith("one in Vell have been injured in the storm")
