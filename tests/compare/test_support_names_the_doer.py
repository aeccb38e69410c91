"""Blind QA rounds AD, AE, AF: support must tell the line's own act by its own doer. A statement of another's act is
no support of a line that names its doer at its opening ("Treasury Secretary Ilse Marrow on Friday convened
regulators" is not stated by "Orvale Savings collapsed on Friday"), nor is a statement of what someone else did
("Also paying tribute to the late star were actresses ..."); what a doer says is stated only by a statement of the
claim, not of the act it is set beside ("Ostrava says it will take all necessary actions ... as President Dalt
announced tariffs"). A speaker's claim may be told without the speaker. Every text here is written for these
tests."""

from __future__ import annotations

from storyline.compare.facts import states


def test_another_doer_s_act_is_no_support() -> None:
    line = ("Treasury Secretary Ilse Marrow on Friday convened leading financial regulators over the Orvale"
            " Savings crisis")
    assert not states(line, "Orvale Savings collapsed on Friday after a run on deposits drove the lender into"
                            " insolvency, the largest failure since the crisis")
    assert states(line, "Ilse Marrow on Friday convened leading financial regulators over the Orvale Savings crisis,"
                        " her office said")


def test_a_tribute_by_others_is_no_support() -> None:
    line = 'Tarn Oske has paid a glowing tribute to his "wonderful friend" Varna Lind'
    assert not states(line, "Also paying tribute to the late star Varna Lind were actresses Ada Pell and Mira Sol")
    assert states(line, "The band's frontman Tarn Oske has paid tribute to his wonderful friend Varna Lind")


def test_an_agency_paying_is_not_stated_by_what_depositors_get() -> None:
    line = "The VDIC will pay uninsured depositors an advance dividend within the next week"
    assert not states(line, "Uninsured depositors will get a receivership certificate for the remaining amount of"
                            " their uninsured funds, the regulator said")
    assert states(line, "Uninsured depositors will receive an advance dividend within the next week, the VDIC said")


def test_what_a_doer_says_is_stated_only_by_its_claim() -> None:
    line = ("Ostrava says it will take all necessary actions to protect its rights as President Hal Dalt announced"
            " huge tariffs on imports of scooters and other goods from Ostrava")
    assert not states(line, "President Hal Dalt announced Tuesday that his administration is hiking tariffs on"
                            " imports of scooters from Ostrava while vowing to protect the market")
    assert states(line, "Ostrava vowed to take all necessary actions to protect its rights after the tariffs")


def test_a_speaker_s_claim_may_be_told_without_the_speaker() -> None:
    line = "Fire Chief Orrin Tell said the missing worker is believed to be in the harbour"
    assert states(line, "One worker is still missing after the blast and is believed to be in the harbour")
