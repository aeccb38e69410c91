"""Blind QA rounds AI/AJ: names in conflict. A partner named after "with X and" is no doer of the act, so a
company's recall "in partnership with the regulator and the Agency" is no rival of the company's own recall. Every
text here is written for these tests."""

from __future__ import annotations

from storyline.compare.names import name_conflict

_RECALL = "The Corvel Foods Co. is recalling select Bramble jam jars sold in the U.S. due to potential mould"


def test_a_coordinated_partner_of_the_act_is_no_rival_doer() -> None:
    b = ("In partnership with the FDA and the Northern Food Safety Agency, we initiated a voluntary recall of select"
         " Bramble jam jars sold in the U.S. due to potential mould")
    names_b = [("FDA", "ORG"), ("Northern Food Safety Agency", "ORG")]
    assert name_conflict(_RECALL, b, [("Corvel Foods Co", "ORG")], names_b) is None
    assert name_conflict(_RECALL, b.replace(" or ", " and "), [("Corvel Foods Co", "ORG")], names_b) is None


def test_a_coordinated_doer_is_still_a_doer() -> None:
    # two doers joined by "and" with no preposition before them are both doers, and still rivals of a third
    b = ("Halden Brands and the Northern Food Safety Agency are recalling select Bramble jam jars sold in the U.S."
         " due to potential mould")
    names_b = [("Halden Brands", "ORG"), ("Northern Food Safety Agency", "ORG")]
    assert name_conflict(_RECALL, b, [("Corvel Foods Co", "ORG")], names_b) == "Corvel Foods Co vs Halden Brands"


def test_a_brand_the_other_statement_writes_is_no_rival() -> None:
    # "Bramble Preserves" is the brand the first statement writes as "Bramble jam jars": one thing, not a doer
    b = "we initiated a voluntary recall of select Bramble jars sold in the U.S. due to potential mould"
    assert name_conflict(_RECALL, b, [("Corvel Foods Co", "ORG")], [("Bramble Preserves", "ORG")]) is None
    # a common or place word opening a name is not the name's own: "United" of "United Grocers"
    c = "United Grocers is recalling select Bramble jam jars sold in the U.S. due to potential mould"
    d = "Corvel Foods Co. is recalling select Bramble jam jars sold in the United States due to potential mould"
    assert name_conflict(c, d, [("United Grocers", "ORG")], [("Corvel Foods Co", "ORG")]) is not None
