"""Quotes of blind QA rounds AD and AE: no item comes of an act an accuser names ("accused it of backing ..."),
of a passive of asking or telling that names no one who spoke ("were asked to leave", "was summoned and
informed"), or of what a movement stands for ("a movement that calls for ..."); a quotation shouted by someone
a video shows is that person's; an adverb closing a fronted clause before its cue
("did so by mistake, officials said") is part of what was said.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from quote_helpers import run


def _items(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in run(text)]


def test_quotes_qa_ae_charged_act_is_no_item_of_the_accused() -> None:
    text = (
        "Harbour row\n\nPrime Minister Ana Ruiz said the Velmar government has made a grave error as she accused it "
        "of supporting a campaign of threats against fishermen.\n"
    )
    assert not any(t.startswith("a campaign of threats") for _, t in _items(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Envoys\n\nThe statement added that the envoys were asked to leave the country by Saturday.\n", "to leave"),
        ("Separatists\n\nThe row grew over support for the separatist movement that calls for the creation of a new "
         "state in the north.\n", "the creation of a new state"),
    ],
)
def test_quotes_qa_ae_addressed_passive_and_standing_aim_give_no_item(text: str, words: str) -> None:
    assert not any(t.startswith(words) for _, t in _items(text))


def test_quotes_qa_ae_summoned_and_informed_is_not_the_envoys_speech() -> None:
    text = (
        "Corvan row\n\nThe move came hours after Corvan Charge d'Affaires in Port Velmar was summoned and informed "
        "Port Velmar's decision to withdraw High Commissioner Arun Dev Rana and other diplomats after they were "
        "announced to be 'persons of interest' in a matter related to an investigation in Corvan.\n"
    )
    assert not any(s is not None and "Charge" in s for s, _ in _items(text))


def test_quotes_qa_ad_shouting_on_a_video_is_the_one_shown() -> None:
    text = (
        "Harbour shooting\n\nVELMAR — The guard who wounded a man in a Corvan suburb on Sunday did so by mistake, "
        "officials said Monday, releasing a graphic body-camera video that appeared to depict the guard shouting, "
        "“Halt!” before firing his gun.\n"
    )
    assert [s for s, t in _items(text) if t == "Halt!"] == ["guard"]


def test_quotes_qa_ad_adverb_before_the_comma_ends_the_fronted_clause() -> None:
    text = (
        "Harbour shooting\n\nVELMAR — The guard who wounded a man in a Corvan suburb on Sunday did so accidentally, "
        "officials said Monday, releasing a graphic body-camera video that appeared to depict the guard shouting, "
        "“Halt!” before firing his gun.\n"
    )
    said = [t for s, t in _items(text) if s == "officials"]
    assert said == ["The guard who wounded a man in a Corvan suburb on Sunday did so accidentally"]
