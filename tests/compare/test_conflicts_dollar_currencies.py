"""Dollars of two countries: an amount named in a dollar other than the US's ("A$50 million", "50 million
Canadian dollars") is of its own currency, its conversion in brackets is the same amount, and a bare "$" beside
it in another report may be either dollar (QA AZ #6: 'up to $50m vs up to $33m')."""

from storyline.compare.conflicts import count_disagreement
from storyline.compare.money import amounts
from storyline.compare.quantities import quantities


def test_a_country_prefix_names_its_dollar():
    assert [(q.unit, q.value) for q in quantities("Firms face fines of up to A$40 million")] == [("aud", 40e6)]
    assert [q.unit for q in quantities("a levy of NZ$12 million")] == ["nzd"]
    assert [q.unit for q in quantities("a grant of US$8 million")] == ["usd"]
    assert [(a.currency, a.value) for a in amounts("a grant of C$8 million")] == [("cad", 8e6)]


def test_a_country_adjective_names_its_dollar():
    qs = quantities("Firms face fines of up to 40 million Australian dollars ($26 million)")
    assert [q.unit for q in qs] == ["aud", "usd"]
    assert qs[1].converted


def test_a_conversion_of_another_dollar_agrees_with_the_amount_in_it():
    a = "Firms that breach the rules face fines of up to 40 million Australian dollars ($26 million)"
    b = "Firms that breach the rules face fines of up to $40 million"
    assert count_disagreement(a, b) is None


def test_a_bare_dollar_amount_is_not_set_against_another_countrys_dollar():
    a = "Firms that breach the rules face fines of up to A$40 million"
    b = "Firms that breach the rules could face a fine of up to $26 million"
    assert count_disagreement(a, b) is None


def test_two_amounts_in_one_named_dollar_still_conflict():
    a = "Firms that breach the rules face fines of up to A$40 million"
    b = "Firms that breach the rules face fines of up to A$25 million"
    assert count_disagreement(a, b) is not None


def test_two_bare_dollar_amounts_still_conflict():
    a = "The port authority agreed to pay $40 million for the site"
    b = "The port authority agreed to pay $26 million for the site"
    assert count_disagreement(a, b) is not None


def test_a_floor_and_a_ceiling_at_one_figure_conflict() -> None:
    a = "Platforms that fail to comply will be fined over $40 million."
    b = "Platforms that fail to comply face fines of up to $40 million."
    assert count_disagreement(a, b) is not None


def test_a_floor_that_takes_its_figure_meets_the_ceiling() -> None:
    a = "Platforms that fail to comply will be fined at least $40 million."
    b = "Platforms that fail to comply face fines of up to $40 million."
    assert count_disagreement(a, b) is None


def test_two_ceilings_of_an_amount_are_no_successive_updates() -> None:
    a = "Platforms that fail to comply face fines of up to $40 million."
    b = "Platforms that fail to comply could face a fine of up to $26 million."
    found = count_disagreement(a, b)
    assert found is not None
    assert not found.update
