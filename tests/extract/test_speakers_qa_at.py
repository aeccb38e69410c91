"""Speakers of the blind QA round AT (fictional texts): a rocket's booster is no company, and "the company"
that confirms is its maker, whatever the small model typed the maker."""

from __future__ import annotations

from quote_helpers import speakers

_LAUNCH = (
    "Halcyx Skyreach rocket lost in second test flight\n\n"
    "The rocket lifted off the pad, with the Kestrel Heavy booster igniting all 20 of its engines.\n\n"
    "That process, however, ended up destroying the Kestrel Heavy booster, which erupted into a ball of flames "
    "over the sea.\n\n"
    "A few minutes later, however, Halcyx was not able to regain a signal from the vehicle. And the company "
    "confirmed on its livestream that it was forced to trigger the rocket's self-destruct feature.\n\n"
    "Halcyx ended the livestream shortly after.\n"
)


def test_speakers_the_company_that_confirms_is_the_maker_not_the_booster() -> None:
    assert speakers(_LAUNCH, "self-destruct") == ["Halcyx"]
