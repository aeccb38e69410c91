"""Speakers of blind QA rounds AG and AH: a name after a capitalised title is a person even where the small model
tags none; "who said" after a thing is the person named before "who"; a group of outlets keeps its last name
whole; "they" takes no word that is no subject over the subject of the clause above it; a second verb the parse
hangs on a reported clause is the teller's.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from quote_helpers import speakers


def test_a_name_after_a_capitalised_title_speaks_not_the_ministry() -> None:
    text = (
        "Archive closed after break-in\n\n"
        "\u201cWhat is certain is that we failed,\u201d Justice Minister Anton Dervil said on Sunday.\n\n"
        'Speaking to Radio Norte, Interior Minister Laurent Nunez described the incident as a "major robbery" and '
        'said the stolen files were of "great value". According to him, the intruders used a ladder to reach '
        "the windows.\n"
    )
    assert speakers(text, "the incident as") == ["Laurent Nunez"]
    assert speakers(text, "the intruders used a ladder") == ["Laurent Nunez"]


def test_who_said_after_a_thing_is_the_person_named_before_who() -> None:
    text = (
        "Trader held in Velmora\n\n"
        "The arrest prompted criticism from X owner Elon Fenn who said that free trade in the region was under "
        "attack.\n"
    )
    assert speakers(text, "free trade in the region") == ["Elon Fenn"]


def test_two_outlets_that_report_together_keep_the_second_name_whole() -> None:
    text = (
        "Storm hits Velmora\n\n"
        "The old bridge was damaged during the storm, the Velmoran TV station KTV3 and the newspaper Le Matin "
        "reported.\n"
    )
    assert speakers(text, "The old bridge was damaged") == ["KTV3 and the newspaper Le Matin"]


def test_they_is_not_a_generic_object_before_it_over_the_clause_subject() -> None:
    text = (
        "Fever spreads in Dovania\n\n"
        "Earlier this year, scientists reported the emergence of a new form of the fever, which can kill up to "
        "10% of people, in a mining town that they feared might spread more easily. The fever mostly spreads via "
        "close contact with infected people.\n"
    )
    assert "infected people" not in speakers(text, "might spread more easily")


def test_a_second_verb_hung_on_the_reported_clause_is_the_tellers() -> None:
    text = (
        "Fever spreads in Dovania\n\n"
        "Earlier this week, the Dovanian Health Agency announced that the fever outbreaks were a public health "
        "emergency, with more than 500 deaths, and called for international help to stop the spread.\n"
    )
    assert set(speakers(text, "international help")) == {"Dovanian Health Agency"}


def test_a_capital_the_inside_a_sentence_stays_with_a_one_word_title() -> None:
    text = (
        "Harlow Systems cuts staff\n\n"
        "Harlow didn't reveal more specifics, but The Almanac today reported that among those laid off are some "
        "engineers, according to managers the publication talked to.\n"
    )
    assert "The Almanac" in speakers(text, "among those laid off")


def test_who_a_passive_report_is_about_does_not_speak() -> None:
    text = (
        "Harlow Systems cuts staff\n\n"
        "The cuts hit several units of Harlow Systems this week.\n\n"
        "Harlow Cloud, in particular, was reported to have laid off \u201cpeople in strategy, recruiting, and "
        "so-called go-to-market teams,\u201d as well as some salespeople.\n"
    )
    assert set(speakers(text, "people in strategy")) == {None}
