"""Speakers of the blind QA round AT (fictional texts): a rocket's booster is no company, and "the company"
that confirms is its maker, whatever the small model typed the maker."""

from __future__ import annotations

from quote_helpers import run, speakers

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


def test_speakers_an_embedded_post_is_the_words_of_its_signer() -> None:
    text = (
        "Storm Orla makes landfall\n\n"
        "Cardell Gov. Ana Roe warned residents who were unable to evacuate to shelter in place.\n\n"
        "As Storm Orla makes landfall near Merrow county, now is the time to shelter in place. First responders are "
        "staged and ready to go, and they will continue for as… — Ana Roe (@GovAnaRoe) October 10, 2031\n\n"
        "The storm brought winds of 120 mph.\n"
    )
    posted = [q for q in run(text) if q.text.startswith("As Storm Orla")]
    assert [(q.speaker, q.kind) for q in posted] == [("Ana Roe", "direct")]
    assert posted[0].text.endswith("for as")


def test_speakers_a_handle_in_a_sentence_is_no_embedded_post() -> None:
    text = (
        "Storm Orla makes landfall\n\n"
        "Residents can follow the updates of the governor — Ana Roe (@GovAnaRoe)\n"
    )
    assert [q for q in run(text) if q.text.startswith("Residents")] == []
