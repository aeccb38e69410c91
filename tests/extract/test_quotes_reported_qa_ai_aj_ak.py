"""Reported speech in the blind QA rounds AI (a stuck freighter, a food recall), AJ (a casino outage, a union
deal) and AK (a rocket launch, a minister's resignation). Fictional texts."""

from __future__ import annotations

from quote_helpers import run, speakers


def test_the_statement_is_the_one_named_last_not_an_earlier_press_office() -> None:
    text = (
        "Outage hits Korvel Resorts\n\n"
        "The FIB is \u201caware of the incident,\u201d the bureau said in a statement from its national press office.\n\n"
        "Korvel Resorts said in a statement it found a \u201cnetwork issue\u201d affecting some of its systems.\n\n"
        "The nature of the issue was not described, but the statement said efforts to protect data included "
        "\u201cshutting down some systems.\u201d\n"
    )
    assert "its national press office" not in speakers(text, "efforts to protect data")
    assert set(speakers(text, "efforts to protect data")) <= {"Korvel Resorts", None}


def test_said_the_company_managing_the_ship_is_the_manager_named_before() -> None:
    text = (
        "Crew of stranded freighter safe\n\n"
        "Ostrand Ship Management, the company that manages the Velia Star, said the ship's crew is safe.\n\n"
        "The entire crew of the Velia Star, the freighter stuck in the Harlow Canal since Tuesday, is from Kestria "
        "and is safe, said the company managing the freighter.\n"
    )
    assert speakers(text, "The entire crew") == ["Ostrand Ship Management"]
