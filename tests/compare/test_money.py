"""Amounts of money: compared only when they play one role, a conversion in brackets read as the same amount,
and one deal's figure told in other words and currencies aligned so that its figures are compared."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts, conflicting, fact_with

from storyline.compare.conflicts import number_conflict
from storyline.compare.money import role_of


def test_money_an_amount_paid_is_not_compared_with_an_amount_sought() -> None:
    """What a party agreed to pay and what the other side had sought are two amounts, not two reports of one."""
    paid = "The port authority agreed on Monday to pay $412.5 million to Corrin Shipping to settle the lawsuit."
    sought = "The authority settled with Corrin Shipping, the company that had sought $700 million from it."
    assert number_conflict(paid, sought) is None


def test_money_a_rejected_offer_is_not_compared_with_the_fee_agreed() -> None:
    agreed = "Harwick have agreed a £52m fee with Dunmore for the striker Tam Ossory."
    rejected = "Dunmore chairman Ivo Pell had rejected Harwick's offer of £44m for Ossory."
    assert number_conflict(agreed, rejected) is None


def test_money_a_conversion_in_brackets_is_the_same_amount() -> None:
    """"more than €60million (£51.8m)" is more than £51.8m: a £55 million fee is no other figure."""
    one = "Harwick have agreed a £55 million (€64 million) fee with Dunmore for Tam Ossory."
    other = "Dunmore have accepted Harwick's offer for Tam Ossory, worth more than €60million (£51.8m)."
    assert number_conflict(one, other) is None


def test_money_a_figure_written_with_its_scale_is_given_to_its_last_digit() -> None:
    """"£50m" is no rounding of £47m: the scale word is the rounding."""
    assert number_conflict("Harwick agreed a £47 million fee for Ossory.", "Harwick will pay £50m for Ossory.") == (
        "£47m vs £50m"
    )


def test_money_the_role_is_read_from_a_clause_after_the_figure() -> None:
    text = "The deal will cost Vell nearly half of the $900 million that Corrin originally demanded."
    at = text.index("$900")
    assert role_of(text, at, at + len("$900 million")) == "sought"


def test_money_the_nearest_word_before_the_figure_gives_its_role() -> None:
    """"turned down two bids before agreeing a £52m fee": the fee was agreed, the bids were turned down."""
    text = "Dunmore turned down two bids before agreeing a £52m fee."
    at = text.index("£52m")
    assert role_of(text, at, at + 4) == ""
    turned = "Dunmore turned down a £44m bid."
    assert role_of(turned, turned.index("£44m"), turned.index("£44m") + 4) == "rejected"


FEE_A = (
    "Harwick agree £55million deal with Dunmore to sign Tam Ossory.\n"
    "Harwick have reached an agreement with Dunmore over a £55 million (€64 million) deal to sign Tam Ossory.\n"
    "Ossory has scored 140 goals for Dunmore since his debut."
)
FEE_B = (
    "Ossory decided on Thursday to leave his boyhood club, and Harwick will pay an initial £60m for the forward.\n"
    "Harwick had paid €70m for the defender Luc Amsel back in 2019.\n"
    "Ossory is expected to undergo a medical in Harwick before the weekend."
)
FEE_C = (
    "Dunmore have accepted Harwick's offer for Tam Ossory, worth more than €60million (£51.8m).\n"
    "The striker's contract runs out next summer."
)


def test_money_one_fee_told_in_other_words_and_currencies_is_compared() -> None:
    """Three reports give the fee in different words and currencies; the two that give different figures of
    it are set against each other, the one whose figure both allow is neither's rival, and another deal placed
    in another year is left alone."""
    articles, cmp = compare_texts(("a", FEE_A, "Harwick Echo"), ("b", FEE_B, "Press Wire"), ("c", FEE_C, "Sport Daily"))
    agreed, initial = conflicting(cmp, articles, (0, "£55 million (€64 million)"), (1, "an initial £60m"))
    assert agreed.why == "£60m vs £55m"
    assert initial.id in agreed.conflicts_with
    earlier = fact_with(cmp, articles, (1, "back in 2019"))
    assert earlier is not None
    assert earlier.status == "single"
    accepted = fact_with(cmp, articles, (2, "worth more than"))
    assert accepted is not None
    assert accepted.status != "conflict"


def test_money_amounts_of_one_deal_in_different_facts_are_set_against_each_other() -> None:
    """Alignment may leave a deal's figures in different facts (each report's sentence matched with others'
    on other words); the amounts agreed are still compared, and the fact that states only one side's figure
    becomes that side rather than a corroborated fact beside a conflict on its own figure."""
    from storyline.compare.align import Unit
    from storyline.compare.facts import build_facts
    from storyline.model import Analysis, Article, MetaValue, Span

    texts = [
        "Harwick agree a £55 million deal with Dunmore for Tam Ossory.",
        "Harwick agree deal with Dunmore for Tam Ossory.",
        "Harwick will pay an initial £60m for the forward, the agency understands.",
        "The forward will be unveiled at the Harwick ground, the agency understands.",
    ]
    articles = [Article(id="a", text=texts[0] + "\n" + texts[3], outlet=MetaValue(value="Harwick Echo")),
                Article(id="b", text=texts[2] + "\n" + texts[1], outlet=MetaValue(value="Press Wire"))]
    analyses = [Analysis(article=a.id, version="t") for a in articles]

    def unit(report: int, text: str) -> Unit:
        start = articles[report].text.index(text)
        return Unit.make(span=Span(article=articles[report].id, start=start, end=start + len(text) - 1),
                         text=text[:-1], report=report)

    units = [unit(0, texts[0]), unit(0, texts[3]), unit(1, texts[2]), unit(1, texts[1])]
    facts = build_facts(articles, analyses, units, [[0, 3], [1, 2]])
    conflicts = [f for f in facts if f.status == "conflict"]
    assert [f.why for f in conflicts] == ["£60m vs £55m", "£60m vs £55m"]
    assert {s.article for f in conflicts for s in f.support} == {"a", "b"}
    assert not [f for f in facts if f.status == "corroborated" and "£55 million" in f.text]


@pytest.mark.parametrize(
    "valuation",
    [
        "Dunmore chairman Ivo Pell values Ossory at £60m.",
        "Dunmore want to hold firm on a £60m valuation of Ossory.",
        "Dunmore had set a £60m asking price for the striker.",
        "Pell put a £60m price tag on the striker.",
        "Pell rates the striker at £60m.",
        "Dunmore have priced Ossory at £60m.",
    ],
)
def test_money_a_valuation_or_asking_price_is_not_compared_with_the_fee_agreed(valuation: str) -> None:
    """What a club values its player at, or asks for him, is no figure of the fee another club agreed to pay."""
    assert number_conflict("Harwick agreed a fee of £55m with Dunmore for Ossory.", valuation) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("a £60m valuation", "valued"),
        ("a £60m-plus valuation", "valued"),
        ("their £60m asking price", "sought"),
        ("Harwick's £44m bid", "offered"),
        ("Dunmore turned down a £44m bid", "rejected"),
        ("Dunmore accepted a £44m bid", ""),
        ("a £55m fee", ""),
        ("the highly rated striker joined for £55m", ""),
    ],
)
def test_money_the_noun_after_a_figure_gives_its_role(text: str, role: str) -> None:
    at = text.index("£")
    end = text.index("m", at) + 1
    assert role_of(text, at, end) == role


ACCEPTED = "Dunmore have accepted Harwick's offer for Tam Ossory, worth more than €60million (£51.8m)."


def test_money_an_offer_accepted_is_the_amount_agreed_however_far_its_figure_stands() -> None:
    """"accepted Harwick's offer for Tam Ossory, worth more than €60million": the verb that took the offer up
    stands more words before the figure than the role is looked for, and still makes it the amount agreed."""
    at = ACCEPTED.index("€60million")
    assert role_of(ACCEPTED, at, at + len("€60million")) == ""
    assert number_conflict(ACCEPTED, "Harwick agreed a fee of €50m for Ossory.") == "more than €60m vs €50m"


def test_money_a_conversion_keeps_the_hedge_of_its_amount() -> None:
    """Compared in pounds, "more than €60million (£51.8m)" is more than £51.8m, and a conflict says so."""
    assert number_conflict(ACCEPTED, "Harwick agreed a £40m fee for Ossory.") == "more than £51.8m vs £40m"


def test_money_two_reports_are_compared_in_the_currency_of_their_own_figures() -> None:
    """Outlets convert at different rates: "£48m (€62m)" and "more than €60million (£51.8m)" agree in euros,
    where the hedged figure is its report's own, though the conversion into pounds sets them apart; two figures
    each report gives as its own are compared in their currency."""
    assert number_conflict(ACCEPTED, "Harwick agreed a £48m (€62m) fee for Ossory.") is None
    assert number_conflict(ACCEPTED, "Harwick agreed a €55m (£47m) fee for Ossory.") == "more than €60m vs €55m"
