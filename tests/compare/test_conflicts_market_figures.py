"""Figures that look alike but are of other things: a deal's price and the market value before it, a price per
barrel and a price per share, market values told of two days, a floor and a possible ceiling, the part of a
group most at risk and the whole."""

from __future__ import annotations

from storyline.compare import money
from storyline.compare.conflicts import count_disagreement, number_conflict
from storyline.compare.counts import deal_amounts


def test_market_figures_a_market_cap_is_no_figure_of_the_deal_price() -> None:
    """The gap between a deal's price and the market value before it is the premium, no error of a report."""
    deal = "Harlow Energy will buy Texas-based Corran Oil for $41.5 billion in an all-stock deal."
    cap = "At Monday's close, Corran stock had a $38.2 billion market cap."
    assert number_conflict(deal, cap) is None


def test_market_figures_a_market_cap_told_before_its_figure_is_a_valuation() -> None:
    text = "Corran had a market capitalization of $38.2 billion."
    at = text.index("$38.2")
    assert money.role_of(text, at, at + len("$38.2 billion")) == "valued"


def test_market_figures_two_market_caps_of_one_day_still_disagree() -> None:
    one = "At Monday's close, Corran stock had a $38.2 billion market cap."
    other = "On Monday Corran closed with a $31 billion market value."
    assert number_conflict(one, other) == "$38.2bn vs $31bn valued"


def test_market_figures_an_oil_price_is_no_share_price() -> None:
    oil = "Crude futures fell 3.1% to $71.20 a barrel."
    share = "Harlow shares recently hit a record of $96 per share."
    assert number_conflict(oil, share) is None
    assert money.per_unit(oil, oil.index("$71.20") + len("$71.20")) == "barrel"


def test_market_figures_two_prices_per_share_still_disagree() -> None:
    one = "Harlow will pay $214 a share for Corran."
    other = "Corran agreed to an all-stock merger at $240-per-share."
    assert number_conflict(one, other) is not None


def test_market_figures_a_price_per_share_is_no_amount_of_the_deal() -> None:
    assert deal_amounts("Harlow will pay $214 a share for Corran.") == []


def test_market_figures_values_told_of_two_days_are_no_conflict() -> None:
    tuesday = "The deal values Corran at a premium to its closing value of about $38.2 billion Monday."
    thursday = "Last Thursday, Corran stock had a $33.9 billion valuation."
    assert number_conflict(tuesday, thursday) is None
    assert money.day_of(thursday, thursday.index("$33.9"), thursday.index(" valuation")) == "last thursday"


def test_market_figures_values_of_one_day_rounded_agree() -> None:
    """"about $38.2 billion Monday" and "$38.17 billion market cap" at Monday's close are one figure, rounded."""
    one = "The deal values Corran at a premium to its closing value of about $38.2 billion Monday."
    other = "At Monday's close, Corran stock had a $38.17 billion market cap."
    assert number_conflict(one, other) is None


def test_market_figures_a_possible_ceiling_is_no_other_figure_of_the_settlement() -> None:
    """"could reach as high as $9.6 billion" is the most a settlement may come to; the floor agreed stands."""
    floor = "The $7.2 billion agreement is the largest settlement Velcor has made over its solvents."
    ceiling = "The settlement will be paid over 11 years and could reach as high as $9.6 billion, said a lawyer."
    assert number_conflict(floor, ceiling) is None
    at = ceiling.index("$9.6")
    assert money.role_of(ceiling, at, at + len("$9.6 billion")) == "potential"


def test_market_figures_those_in_immediate_danger_are_a_part_of_those_evacuated() -> None:
    part = "Mayor Ines Cardo said 250 people in immediate danger were evacuated and roads were closed."
    whole = "Governor Tomas Rey said that around 4,000 people had been evacuated from their homes."
    assert count_disagreement(part, whole) is None
    assert count_disagreement(part, whole, same_verb=True) is None


def test_market_figures_two_whole_evacuation_counts_still_disagree() -> None:
    one = "Mayor Ines Cardo said 2,500 people were evacuated and roads were closed."
    other = "Governor Tomas Rey said that around 4,000 people had been evacuated from their homes."
    assert count_disagreement(one, other) is not None


def test_market_figures_how_many_live_in_a_place_is_no_count_of_the_evacuated() -> None:
    evacuated = "Governor Tomas Rey said that around 4,000 people had been evacuated from their homes."
    home = "The village lies in the south of Isla Corva, which is home to around 60,000 people."
    assert count_disagreement(evacuated, home) is None


def test_market_figures_barrels_of_oil_equivalent_are_no_barrels_of_oil() -> None:
    """One figure of two measures is flagged, never read as one count the two reports corroborate."""
    oil = "Halvorn said its output in the basin would more than double to 1.1 million barrels per day."
    boe = "The merger would more than double Halvorn's output to 1.1 million barrels of oil-equivalent a day."
    found = count_disagreement(oil, boe)
    assert found is not None
    assert found.why == "1.1 million barrels vs 1.1 million barrels of oil equivalent: one figure of two measures"
    assert not found.update


def test_market_figures_two_figures_of_barrels_of_oil_equivalent_agree() -> None:
    one = "Output rose to 1.1 million barrels of oil equivalent a day."
    assert count_disagreement(one, "Output climbed to 1.1 million barrels of oil equivalent per day.") is None
