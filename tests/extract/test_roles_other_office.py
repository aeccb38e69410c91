"""A bare "the minister" is no prime minister, and a bare "the secretary" goes to a plain secretary before a general
secretary: a prime minister is called "the prime minister", never "the minister".

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from quote_helpers import speakers

PM = (
    "Dorvan trade minister quits\n\n"
    "Prime Minister Ada Kell accepted the resignation of trade minister Tomas Berg on Monday. "
    "Kell thanked him for his work.\n\n"
    "\"I have done nothing wrong and I will clear my name,\" the minister said in a statement.\n"
)


def test_the_minister_is_not_the_prime_minister() -> None:
    assert speakers(PM, "clear my name") == ["Tomas Berg"]


def test_the_prime_minister_is_still_the_prime_minister() -> None:
    text = PM.replace("the minister said", "the prime minister said")
    assert speakers(text, "clear my name") == ["Ada Kell"]


SECRETARY = (
    "Union talks resume in Harlow\n\n"
    "General secretary Ines Moro of the Harlow Dockers Union met transport secretary Paul Amsel on Tuesday.\n\n"
    "\"We will find the money for a fair deal,\" the secretary said after the meeting.\n"
)


def test_the_secretary_goes_to_a_plain_secretary_before_a_general_one() -> None:
    assert speakers(SECRETARY, "fair deal") == ["Paul Amsel"]


def test_the_secretary_is_the_general_secretary_when_no_other_secretary_is_named() -> None:
    text = SECRETARY.replace("met transport secretary Paul Amsel", "met dock owners")
    assert speakers(text, "fair deal") == ["Ines Moro"]
