"""Blind QA rounds AI/AJ: names in conflict. A partner named after "with X and" is no doer of the act, so a
company's recall "in partnership with the regulator and the Agency" is no rival of the company's own recall. A
surname one report misspells by a letter or two ("Fenn" where the others write "Fain") is a name conflict. Every
text here is written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.compare.align import Unit
from storyline.compare.names import crossed_names, name_conflict
from storyline.model import Span

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


def _people_story(names: dict[str, tuple[str, str]], names_by_report: list[set[str]]) -> list[Unit]:
    texts = [" and ".join(names[e][0] for e in sorted(n)) + " spoke." for n in names_by_report]
    return [
        replace(Unit.make(span=Span(article=f"r{i}", start=0, end=len(t)), text=t, report=i), named=frozenset(n))
        for i, (t, n) in enumerate(zip(texts, names_by_report, strict=True))
    ]


@pytest.mark.parametrize(
    ("variant", "flagged"),
    [
        ("Dana Fenn", True),  # one report's slip of two letters on the surname the others give
        ("Dana Fain", False),  # the same name
        ("Dana Forbes", False),  # another surname: a relative, as likely as an error
        ("Lee Fenn", False),  # another first name too
    ],
)
def test_a_surname_one_report_misspells_is_a_name_conflict(variant: str, flagged: bool) -> None:
    names = {"E1": ("Dana Fain", "PERSON"), "E2": ("Ola Brandt", "PERSON"), "E3": (variant, "PERSON")}
    units = _people_story(names, [{"E1", "E2"}, {"E1"}, {"E3", "E2"}])
    found = crossed_names(units, names)
    assert bool(found) is flagged
    if flagged:
        assert found[0][2] == "name: Dana Fenn vs Dana Fain"


def test_a_report_writing_both_full_names_tells_two_people() -> None:
    names = {"E1": ("Dana Fain", "PERSON"), "E3": ("Dana Fenn", "PERSON")}
    assert crossed_names(_people_story(names, [{"E1"}, {"E1", "E3"}, {"E1"}]), names) == []
    # its bare surname of the other spelling ("Fain said") may be the one person it misspells
    units = _people_story(names, [{"E1"}, {"E1", "E3"}, {"E1"}])
    units[1] = replace(units[1], text="Dana Fenn spoke. Fain said so.")
    assert [why for *_, why in crossed_names(units, names)] == ["name: Dana Fenn vs Dana Fain"]
