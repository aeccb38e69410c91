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
