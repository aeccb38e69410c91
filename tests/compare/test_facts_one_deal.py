"""One deal told by several reports is one fact with their sources, however each words it: a doer that "agreed to
buy", "struck an agreement to buy", "sealed a megadeal to acquire" or "announced it will buy" one company tells
one deed, and "Harlow", "Harlow Mining" and "HarlowMining" are one doer (QA AL #10: the core deal of a story
was split into facts of three and two sources). Another company bought, another buyer, a purchase done against
one agreed, stay apart."""

from __future__ import annotations

import pytest
from compare_helpers import sentence_facts

from storyline.compare.claims import deed_of
from storyline.compare.facts import one_deed
from storyline.model import Fact


def _one(facts: list[Fact] | tuple[Fact, ...], article: str) -> Fact:
    return next(f for f in facts if any(s.article == article for s in f.support))


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # an agreement to buy and a purchase announced, by one doer written apart and together
        ("Harlow Mining struck a $4 billion agreement on Tuesday to buy Fenwick Copper",
         "HarlowMining announced Tuesday it will acquire Fenwick Copper for $4 billion"),
        # a purchase in other words
        ("Harlow Mining agreed on Tuesday to buy Fenwick Copper", "Harlow Mining will purchase Fenwick Copper"),
        ("Harlow Mining sealed a megadeal to acquire Fenwick Copper", "Harlow Mining will buy Fenwick Copper"),
        ("Harlow Mining said that it will buy Fenwick Copper", "Harlow Mining has agreed to buy Fenwick Copper"),
        # a sentence's first capital before a common word names nothing
        ("Mining group Harlow Mining agreed to buy Fenwick Copper", "Harlow Mining will buy Fenwick Copper"),
    ],
)
def test_one_deal_in_other_words(line: str, other: str) -> None:
    a, b = deed_of(line, []), deed_of(other, [])
    assert a is not None
    assert b is not None
    assert one_deed(a, b)


def test_a_company_told_by_its_first_word_is_one_doer() -> None:
    """Two story entities the linking kept apart, "Harlow" and "Harlow Mining", one name told short."""
    a = deed_of("Harlow agreed on Tuesday to buy Fenwick Copper", [(0, 6, "E1")])
    b = deed_of("Harlow Mining will purchase Fenwick Copper", [(0, 13, "E2")])
    assert a is not None
    assert b is not None
    assert one_deed(a, b)


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # another company bought
        ("Harlow Mining agreed to buy Fenwick Copper", "Harlow Mining agreed to buy Dunmore Zinc"),
        # another buyer
        ("Harlow Mining agreed to buy Fenwick Copper", "Ostrander Holdings agreed to buy Fenwick Copper"),
        # a purchase agreed is not one done
        ("Harlow Mining agreed to buy Fenwick Copper", "Harlow Mining bought Fenwick Copper"),
        # a name's last word is not the company told by its first
        ("Mining agreed to buy Fenwick Copper", "Harlow Mining agreed to buy Fenwick Copper"),
    ],
)
def test_other_deals_are_not_one(line: str, other: str) -> None:
    a, b = deed_of(line, []), deed_of(other, [])
    assert a is None or b is None or not one_deed(a, b)


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("Harlow Mining struck a $4 billion agreement on Tuesday to buy Fenwick Copper", "~buy"),
        ("Harlow Mining reached an accord to end the strike", "~end"),
        # "reached" a place, not a deal: the act is reaching
        ("Harlow Mining reached Tarn on Tuesday to sign the papers", "reach"),
        # no act after "to"
        ("Harlow Mining agreed to a merger", "agre"),
        ("Harlow Mining announced it will close the Tarn mine", "~close"),
    ],
)
def test_the_act_agreed_or_announced_is_the_deed(line: str, act: str) -> None:
    deed = deed_of(line, [])
    assert deed is not None
    assert deed.act == act


@pytest.mark.parametrize(
    "line",
    [
        "Harlow Mining said it was acquired by Ostrander Holdings",  # done to the doer, not by it
        "Harlow Mining announced it will not buy Fenwick Copper",  # denied
    ],
)
def test_an_act_told_of_the_teller_not_done_by_it_is_no_deed(line: str) -> None:
    deed = deed_of(line, [])
    assert deed is None or deed.act not in {"buy", "~buy"}


def test_one_deal_told_four_ways_is_one_fact_with_four_sources() -> None:
    facts = sentence_facts([
        ["Harlow Mining struck a $4 billion agreement on Tuesday to buy Fenwick Copper.", "Miners cheered."],
        ["HarlowMining sealed a megadeal to acquire Fenwick Copper for about $4 billion.", "Its shares rose."],
        ["Harlow Mining agreed on Tuesday to buy Fenwick Copper in a $4 billion deal.", "Analysts were split."],
        ["HarlowMining announced Tuesday it will buy Fenwick Copper for $4 billion in stock.", "Unions objected."],
    ])
    deal = _one(facts, "r0")
    assert sorted(s.article for s in deal.support) == ["r0", "r1", "r2", "r3"]
    assert deal.independent_sources == 4


def test_two_deals_of_one_buyer_stay_apart() -> None:
    facts = sentence_facts([
        ["Harlow Mining agreed on Tuesday to buy Fenwick Copper."],
        ["Harlow Mining announced Tuesday it will buy Dunmore Zinc."],
    ])
    assert len(facts) == 2
    assert all(f.independent_sources == 1 for f in facts)
