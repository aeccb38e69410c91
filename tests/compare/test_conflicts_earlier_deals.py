"""The size of an earlier deal a story names as background: two reports that give one named deal two amounts
disagree, wherever alignment put their statements."""

from __future__ import annotations

import importlib

from compare_helpers import compare_texts, fact_with

REPORT_A = (
    "Halvorn agrees to buy Brenna Energy.\n"
    "Halvorn struck a $31 billion agreement on Monday to buy Brenna Energy, the companies said.\n"
    "The deal is Halvorn's largest since its $48 billion merger with Corvex in the late 1990s and is the largest "
    "corporate transaction so far this year.\n"
    "Brenna shares rose 4% in early trading."
)
REPORT_B = (
    "Halvorn to buy Brenna in $31bn deal.\n"
    "Halvorn will pay $31 billion in stock for the shale driller Brenna Energy.\n"
    "Analysts called it the oil major's boldest bet since a $53 billion purchase of Corvex Oil in 1996.\n"
    "Analysts expect regulators to review the deal closely."
)
REPORT_C = (
    "Halvorn buys Brenna.\n"
    "It's Halvorn's biggest deal since its $48.2 billion merger with Corvex in 1996.\n"
    "The companies expect the deal to close next year."
)


def test_earlier_deals_two_sizes_of_one_named_earlier_deal_conflict() -> None:
    _, cmp = compare_texts(("a", REPORT_A, "Gazette"), ("b", REPORT_B, "Wire"))
    found = {f.text: f for f in cmp.facts if f.status == "conflict"}
    one = next(f for text, f in found.items() if "$48 billion merger" in text)
    other = next(f for text, f in found.items() if "$53 billion purchase" in text)
    assert one.why == "$48bn vs $53bn for the earlier deal with Corvex"
    assert other.id in one.conflicts_with
    assert not [f for f in cmp.facts if f.status == "conflict" and "$31bn" in f.why]


def test_earlier_deals_a_rounding_of_the_same_size_is_no_conflict() -> None:
    articles, cmp = compare_texts(("a", REPORT_A, "Gazette"), ("c", REPORT_C, "Wire"))
    found = fact_with(cmp, articles, (0, "$48 billion merger"))
    assert found is not None
    assert found.status != "conflict"


def test_earlier_deals_the_story_s_own_deal_is_no_earlier_deal() -> None:
    earlier = importlib.import_module("storyline.compare.earlier")
    assert earlier.earlier_deals("Halvorn will pay $31 billion for the acquisition of Brenna Energy.") == []
