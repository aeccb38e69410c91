"""Aligned statements that say a thing happened and that it did not are a conflict, not corroboration."""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting

from storyline.compare.conflicts import negation_conflict, polarity_conflict

ORIGINAL = (
    "The Vell ferry company agreed on Monday to pay 4 million crowns to settle a dispute with the harbour board.\n"
    "The settlement averted a weeks-long hearing that could have seen the company's owner testify."
)
REWRITE = (
    "The Vell ferry company has agreed to pay 4 million crowns to settle its dispute with the harbour board.\n"
    "The move comes after a weekslong hearing that could lead to testimony from the company's owner."
)


def test_polarity_a_garbled_rewrite_is_no_corroboration() -> None:
    """"averted a weeks-long hearing" and "comes after a weekslong hearing" say opposite things: two sides of a
    conflict, each one source."""
    articles, cmp = compare_texts(("h", ORIGINAL, "Harbor Radio"), ("w", REWRITE, "Jobs Wire"))
    averted, after = conflicting(
        cmp, articles, (0, "averted a weeks-long hearing"), (1, "comes after a weekslong hearing")
    )
    assert averted.why == 'averted "a weeks-long hearing" vs "a weekslong hearing"'
    assert averted.independent_sources == after.independent_sources == 1


def test_polarity_a_thing_prevented_in_both_is_no_conflict() -> None:
    assert polarity_conflict("The deal averted a general strike.", "A general strike was avoided.") is None
    assert polarity_conflict("The deal averted a general strike.", "The general strike will not go ahead.") is None


def test_polarity_a_denied_act_told_plainly_elsewhere_is_a_conflict() -> None:
    assert negation_conflict("Ossory has not signed the contract yet.", "Ossory signed the contract on Friday.") == (
        'not "signed the contract" vs "signed the contract"'
    )


def test_polarity_not_confirming_is_no_denial_of_the_thing() -> None:
    """"did not confirm the amount" tells what one party did not say; another may have confirmed it."""
    assert negation_conflict("The firm did not confirm the amount.", "A lawyer confirmed the amount.") is None


def test_polarity_a_thing_feared_is_not_told_as_having_happened() -> None:
    # QA R: "warned of a possible major blast" fears the blast; preventing it is no contradiction
    assert polarity_conflict(
        "Residents were warned of a possible major blast from the wreckage.",
        "Crews worked to prevent any major blast from the wreckage.",
    ) is None
    assert polarity_conflict(
        "Crews worked to prevent any major blast from the wreckage.",
        "A major blast tore through the wreckage on Monday.",
    ) is not None
