"""Speakers of blind QA round AC: "the company said" after a named chief's statement is the company, not the
chief the small model took for an organisation.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from quote_helpers import speakers


def test_company_after_a_chief_apposed_is_the_company() -> None:
    text = (
        "Fire at plant\n\n"
        "At least two people died Monday in a fire at Korvane AG's biggest site in the north, the company said.\n\n"
        '"We deeply regret that employees died," the Dellmoor site\'s chief, Uwe Brandtner, said in a statement.\n\n'
        "The company said it was unclear so far what caused the fire.\n"
    )
    assert speakers(text, "deeply regret") == ["Uwe Brandtner"]
    assert speakers(text, "unclear so far") == ["Korvane AG"]


def test_joined_names_hung_on_a_statement_speak_together() -> None:
    text = (
        "Truce\n\n"
        'In Friday\'s statement, Dorvania and North Kestria said they "thank the Republic of Valmora for hosting the '
        'talks held between the two sides in 2021."\n'
    )
    assert set(speakers(text, "thank the Republic")) == {"Dorvania and North Kestria"}


def test_quoted_as_saying_gives_the_one_quoted() -> None:
    text = (
        "Truce\n\n"
        "In a statement on its website, the Dorvanian foreign ministry quoted top diplomat Lena Marsk as saying the "
        'agreement represented "a victory of dialogue and peace".\n'
    )
    assert set(speakers(text, "victory of dialogue")) == {"Lena Marsk"}


def test_statement_carried_by_an_agency_speaks_not_the_agency() -> None:
    text = (
        "Ties restored\n\n"
        "“In response to the kind initiative of President Anton Volk, the two kingdoms agree to reopen their "
        "embassies,” a statement carried by the Dorvanian news agency DPA said.\n"
    )
    assert speakers(text, "kind initiative") == ["statement"]


def test_one_of_the_diplomats_speaks() -> None:
    text = "Heat deaths\n\n“All of them died because of the heat,” one of the diplomats said.\n"
    assert speakers(text, "because of the heat") == ["one of the diplomats"]
