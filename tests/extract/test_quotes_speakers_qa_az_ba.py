"""Speakers the blind QA rounds "az" and "ba" found wrong, on fictional texts: "she says" goes on with who said
the sentence before, not with a person the words only mention; ..."""

from __future__ import annotations

from quote_helpers import speakers


def test_she_says_goes_on_with_the_sayer_before_not_a_victim_mentioned() -> None:
    text = (
        "Of the 30 people on board, only a boy survived. Another injured woman was flown to the clinic but later "
        "succumbed to her wounds.\n\n"
        "Orlen Health MEC says there are 12 identifiable bodies after the ferry fire near Castow. She says "
        "several victims are burnt beyond recognition.\n"
    )
    assert speakers(text, "several victims are burnt") == ["MEC"]


def test_she_says_keeps_a_person_who_spoke_before() -> None:
    text = (
        "Mira Kolt said the harbour would reopen. The harbour board says repairs will take a week. She says "
        "the ferries will run again in May.\n"
    )
    assert speakers(text, "ferries will run") == ["Mira Kolt"]


def test_title_of_a_body_before_an_honorific_name_is_that_name() -> None:
    text = (
        "In a summary of the verdict, President of the High Tribunal Lord Varrow said there would be a risk "
        "of fishermen losing their licences.\n"
    )
    assert speakers(text, "risk of fishermen") == ["Lord Varrow"]


def test_he_after_a_title_of_a_body_and_an_honorific_name_is_that_name() -> None:
    text = (
        "In a summary of the verdict read out by President of the High Tribunal Lord Varrow on Monday, he said "
        "there would be a risk of fishermen losing their licences.\n"
    )
    assert speakers(text, "risk of fishermen") == ["Lord Varrow"]


def test_they_after_a_quote_is_the_group_the_paragraph_before_was_about() -> None:
    text = (
        "Judges at Orlen's highest court rejected the port plan.\n\n"
        "The judges at the high tribunal unanimously upheld a lower court ruling on the harbour.\n\n"
        "“We conclude that the port board was not entitled to close the harbour,” they concluded.\n"
    )
    assert speakers(text, "We conclude that the port") == ["judges"]


def test_a_name_with_a_quoted_nickname_is_one_person_not_the_namesake_named_before() -> None:
    # QA BB 1: the father named with his nickname ('Homer "Shay" Talley') spoke, not the son of that surname
    text = (
        "Officer Dale Tallon, 51, was among the dead. He had joined the Harlow police in 2010.\n\n"
        'His father, Homer "Shay" Tallon, told the Wire, "He left his desk job. He just wanted to serve."\n'
    )
    assert speakers(text, "desk job") == ['Homer "Shay" Tallon']
