"""Measures of one named thing and of the story's deal (QA rounds AI #7, AJ #4, AJ #5), on fictional reports.

- AI #7: "The 400-metre, 224,000-tonne <ship> ran aground" / "<ship> is a 200,000-tonne, 400m behemoth" were two
  unrelated single-source facts: one ship's two tonnages were never set against each other.
- AJ #4: "wage increases of 25%, up from the initial 23% increase" / "an 11% wage increase the first year and
  totals 25%" were a conflict "23 vs 11 percent": an earlier offer and a first-year raise are two measures.
- AJ #5: "The four-year deal" / "a 25% wage increase over four years" / "totals 25% over a 4½-year contract" give
  one contract two lengths, which nothing compared.
"""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.counts import count_disagreement
from storyline.compare.magnitudes import measures


def _conflicts(*reports: tuple[str, str, str]) -> list[tuple[str, str]]:
    _, comparison = compare_texts(*reports)
    return [(f.text, f.why) for f in comparison.facts if f.status == "conflict"]


def test_ship_tonnage_told_two_ways_is_a_conflict_and_one_length_is_not() -> None:
    found = _conflicts(
        ("a", "The 350-metre, 198,000-tonne Marisol Crest ran aground in the Vellan Strait on Monday morning, the "
              "strait authority said in a statement.", "Harbour Wire"),
        ("b", "Marisol Crest is a 180,000-tonne, 350m giant able to carry 18,000 containers.", "Coastline Daily"),
        ("c", "On Monday, the 350 metre-long Marisol Crest got stuck across the strait during a sandstorm.",
         "Port Gazette"),
    )
    whys = {why for _, why in found}
    assert whys == {"tonnage of the Marisol Crest: 198,000 tonnes vs 180,000 tonnes"}
    assert len(found) == 2


def test_ship_measures_that_agree_are_no_conflict() -> None:
    # one length in metres and in feet, one tonnage with a hedge: no conflict
    assert not _conflicts(
        ("a", "The 350-metre, 198,000-tonne Marisol Crest ran aground in the Vellan Strait on Monday.", "X"),
        ("b", "The Marisol Crest, a 1,148-foot vessel, blocked the strait after it ran aground on Monday.", "Y"),
        ("c", "The Marisol Crest is a nearly 200,000-tonne carrier owned by a firm in Tarsk.", "Z"),
    )


def test_two_named_things_are_not_compared() -> None:
    assert not _conflicts(
        ("a", "The 350-metre Marisol Crest ran aground in the Vellan Strait on Monday.", "X"),
        ("b", "The 220-metre Orla Bay, a tanker behind it, dropped anchor as the strait closed on Monday.", "Y"),
    )


_STRIKE = [
    ("a", "Tuesday marked 38 days since the strike began, making it the longest strike at Tessaro Motors in 30 "
          "years. The agreement includes wage increases of 22%, up from the initial 20% increase.", "Lakeside TV"),
    ("b", "The Harbour Workers Guild said the agreement calls for a 22% wage increase over four years.",
     "Valley Post"),
    ("c", "The tentative agreement includes a 9% wage increase the first year and totals 22% over a 4½-year "
          "contract, plus a $4,000 ratification bonus, according to two people familiar with the deal.",
     "Metro Ledger"),
    ("d", "The four-year deal, which still has to be approved by 31,000 guild members, ends the strike at Tessaro "
          "Motors.", "Newsline"),
]


def test_an_earlier_offer_and_a_first_year_raise_do_not_conflict() -> None:
    assert count_disagreement(
        "The agreement includes wage increases of 22%, up from the initial 20% increase",
        "The tentative agreement includes a 9% wage increase the first year and totals 22% over a 4½-year contract",
    ) is None
    assert not any("percent" in why for _, why in _conflicts(*_STRIKE))


def test_a_first_year_raise_is_no_figure_of_the_whole_term() -> None:
    # "the first year" is a part of what the contract gives: no figure of the raise over its whole term
    assert count_disagreement(
        "The tentative agreement includes a 9% wage increase the first year, plus a $4,000 bonus",
        "The Harbour Workers Guild said the agreement calls for a 22% wage increase over four years",
    ) is None
    # two first-year raises are one figure, and still disagree
    found = count_disagreement(
        "The tentative agreement includes a 9% wage increase the first year",
        "The deal gives a 10% wage increase in the first year",
    )
    assert found is not None
    assert found.figures == ("9", "10")


def test_a_figure_before_a_change_still_conflicts_when_the_figure_after_it_does() -> None:
    found = count_disagreement(
        "The agreement includes wage increases of 22%, up from the initial 20% increase",
        "The tentative agreement includes a total wage increase of 25%",
    )
    assert found is not None
    assert found.figures == ("22", "25")


def test_one_contract_told_with_two_lengths_is_a_conflict() -> None:
    found = _conflicts(*_STRIKE)
    whys = {why for _, why in found}
    assert whys == {"length of the deal: four years vs 4½ years"}
    assert not any("38 days" in text for text, _ in found)


def test_a_strike_length_and_another_deal_are_not_the_deal() -> None:
    assert not _conflicts(
        ("a", "The 38-day strike at Tessaro Motors ended on Tuesday with a four-year deal.", "X"),
        ("b", "The guild's previous three-year contract expired in September, and a one-year contract extension "
              "was rejected.", "Y"),
        ("c", "Workers approved the four-year agreement by a wide margin.", "Z"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 350-metre, 198,000-tonne Marisol Crest ran aground",
         [("crest marisol", "length", 350.0), ("crest marisol", "tonnage", 198000.0)]),
        ("Marisol Crest is a 180,000-tonne, 350m giant", [("crest marisol", "tonnage", 180000.0),
                                                          ("crest marisol", "length", 350.0)]),
        ("On Monday, the 350 metre-long Marisol Crest got stuck", [("crest marisol", "length", 350.0)]),
        ("The 20,000-seat Orvik Arena opened in 1998", [("arena orvik", "seats", 20000.0)]),
        ("The four-year deal still has to be approved", [("deal", "term", 4.0)]),
        ("a 22% wage increase over four years, the agreement says", [("deal", "term", 4.0)]),
        ("totals 22% over a 4½-year contract", [("deal", "term", 4.5)]),
        ("a new four-and-a-half-year labor agreement", [("deal", "term", 4.5)]),
        ("a 54-month contract", [("deal", "term", 4.5)]),
        # no thing named, another thing's length, an earlier deal, an extension, a deal of another year
        ("a 350-metre ship ran aground", []),
        ("On Monday, the 350-metre Panama-flagged vessel ran aground", []),
        ("agreed to a three-year wage progression", []),
        ("Tuesday marked 38 days since the strike began", []),
        ("its previous four-year contract expired", []),
        ("a one-year contract extension", []),
        ("the guild signed a three-year deal in 2019", []),
        # a height in feet and inches, a count of seats that modifies nothing
        ("Dorran Kell, a 6-foot-7 lineman, signed on Monday", []),
        ("Of the candidates running for the 125 seats Sunday, most are new", []),
        ("toppled the six-story Ufundi House.", [("house ufundi", "storeys", 6.0)]),
        ("The Marisol Crest, a 1,148-foot vessel, ran aground", [("crest marisol", "length", 349.91)]),
        # a phrase of time before an appositive names no thing
        ("On Monday, a 350-metre ship ran aground", []),
        ("Officials said Tuesday was a 350-metre day", []),
    ],
)
def test_measures_read(text: str, expected: list[tuple[str, str, float]]) -> None:
    got = [(" ".join(sorted(m.thing)), m.kind, round(m.figure.value, 3)) for m in measures(text)]
    assert got == expected
