"""Quotes and speakers in the blind QA rounds AO (a mine fire, a mass protest) and AP (a drug approval, a
restaurant chain's bankruptcy). Fictional texts."""

from __future__ import annotations

from quote_helpers import speakers


def test_an_order_whose_words_are_quoted_in_guillemets_is_quoted_speech() -> None:
    text = (
        "Spill at Norrin plant\n\n"
        "Governor Ilse Brandow on Monday ordered her staff to «halt all work with Norrin Foods», after the spill "
        "at the plant.\n"
    )
    assert speakers(text, "halt all work with Norrin Foods")
    assert set(speakers(text, "halt all work with Norrin Foods")) == {"Ilse Brandow"}


def test_an_order_with_no_quoted_words_is_an_act_not_speech() -> None:
    text = "Spill at Norrin plant\n\nGovernor Ilse Brandow on Monday ordered her staff to halt all work at the plant.\n"
    assert speakers(text, "halt all work") == []


def test_a_report_provided_by_a_company_is_the_company_speaking() -> None:
    text = (
        "Spill at Norrin plant\n\n"
        "According to the latest report provided by Norrin Foods, 16 workers fell ill after the spill.\n"
    )
    assert speakers(text, "16 workers fell ill") == ["Norrin Foods"]


def test_a_countrys_government_speaks_as_the_government_not_the_country() -> None:
    text = (
        "Rally in Tarvel\n\n"
        "While the Serbian government reported that 10,000 people attended the rally, monitors counted more.\n"
    )
    assert speakers(text, "10,000 people attended") == ["Serbian government"]


def test_saying_after_a_relative_clause_of_experts_is_the_experts_not_the_approval() -> None:
    text = (
        "Velorin approved\n\n"
        "The approval was in line with the recommendations of the agency's outside experts who unanimously backed "
        "the use of the drug Velorin, saying that the benefits of the drug outweighed its risks.\n"
    )
    found = speakers(text, "the benefits of the drug outweighed")
    assert len(found) == 1
    assert "experts" in str(found[0])


def test_chanting_after_people_doing_something_is_theirs_not_the_blocked_traffic() -> None:
    text = (
        "Tarvel students march\n\n"
        "The bridge collapse killed nine people in May. The march was due to begin at noon, but it began hours "
        "earlier, with traffic blocked in many streets from the early morning and crowds of people making noise "
        'for hours as they passed, chanting what has become the cry of the protest - "Onward! [Go on]."\n'
    )
    found = speakers(text, "Onward!")
    assert found
    assert "traffic" not in found
    assert "nine people" not in found


def test_a_purpose_infinitive_on_a_things_verb_is_an_aim_not_a_demand_heard() -> None:
    text = (
        "Tarvel march\n\n"
        "The march included large groups that walked to Tarvel from the north, to demand accountability for the "
        "bridge collapse.\n"
    )
    assert speakers(text, "accountability for the bridge collapse") == []
