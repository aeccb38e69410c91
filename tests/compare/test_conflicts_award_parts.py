"""Parts of one award are no figures of one amount: two parts named for two purposes, or a part and the total."""

from storyline.compare.awards import is_total, purpose_of
from storyline.compare.conflicts import count_disagreement
from storyline.compare.quantities import quantities


def test_two_purposes_of_one_verdict_do_not_conflict():
    a = "The panel granted $7,312,000 to Ms. Varga on libel"
    b = "It also ordered the publisher to pay $9 million to each of them for emotional harm"
    assert count_disagreement(a, b) is None


def test_a_named_part_is_no_figure_of_the_total():
    a = "The jurors also awarded $31 million in punitive damages to both tenants"
    b = "The jurors awarded the tenants more than $60 million total in damages"
    assert count_disagreement(a, b) is None


def test_two_figures_for_one_purpose_still_conflict():
    a = "The jurors awarded $31 million in punitive damages"
    b = "The jurors awarded $35 million in punitive damages"
    assert count_disagreement(a, b) is not None


def test_an_unnamed_amount_still_conflicts_with_a_total():
    a = "The jurors awarded $40 million for the flood"
    b = "The jurors awarded a total of $60 million for the flood"
    assert count_disagreement(a, b) is not None


def test_purpose_and_total_are_read_beside_the_figure():
    text = "compensatory damages of $2.5 million to Ortiz and more than $8 million total"
    first, second = quantities(text)
    assert purpose_of(text, first) == {"compensatory"}
    assert is_total(text, second)
    assert not is_total(text, first)


def test_a_verdicts_amount_is_the_whole_award():
    a = "The jurors also awarded $31 million in punitive damages to both tenants"
    b = "what the jurors delivered with their $60 million verdict"
    assert count_disagreement(a, b) is None


def test_the_whole_of_one_kind_is_still_a_part_of_the_award():
    a = "The jurors awarded both tenants a combined $31 million in punitive damages"
    b = "The jurors awarded the tenants more than $60 million total in damages"
    assert count_disagreement(a, b) is None
