"""A weekday takes its direction from the verb that governs it in its own clause, not from the nearest past
tense anywhere in the sentence.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from timex_helpers import text_values as timexes

THURSDAY = "2031-05-08"  # a Thursday: the coming Saturday is 2031-05-10, the Sunday 2031-05-11


def test_timex_present_scheduling_verb_of_a_team_points_forward_past_a_later_clause() -> None:
    text = (
        "The Harbourside team begin their league campaign away to Morvale on Sunday, with their captain keen "
        "for the contract to have been signed by then."
    )
    assert ("Sunday", "2031-05-11") in timexes(text, THURSDAY)


def test_timex_adjective_in_ed_after_a_possessive_is_no_past_tense() -> None:
    text = "Tomas Wendt will fly to Ostrava on Saturday to complete his proposed move to Kettering Rovers."
    assert ("Saturday", "2031-05-10") in timexes(text, THURSDAY)


def test_timex_copula_with_infinitive_points_forward_past_an_object_participle() -> None:
    text = (
        "Wendt, 27, is understood to want his future resolved before the club's first game of the season "
        "against Morvale on Saturday."
    )
    assert ("Saturday", "2031-05-10") in timexes(text, THURSDAY)


def test_timex_wanting_verb_leading_ahead_of_an_event_points_forward() -> None:
    text = "The striker wanted to settle his future ahead of the team's opener at Morvale on Sunday."
    assert ("Sunday", "2031-05-11") in timexes(text, THURSDAY)


def test_timex_unlikely_to_feature_points_forward_and_was_keeps_the_past() -> None:
    text = (
        "Wendt is unlikely to be registered in time to feature in the cup match with Delby on Saturday night. "
        "Wendt was unable to train with the squad on Tuesday."
    )
    found = timexes(text, THURSDAY)
    assert ("Saturday night", "2031-05-10TNI") in found
    assert ("Tuesday", "2031-05-06") in found


def test_timex_present_progressive_points_forward_unless_an_earlier_event_stands_between() -> None:
    text = (
        "The Ostrava mayor is visiting Harbourside on Friday. Her deputy is facing questions over a crash on Saturday."
    )
    found = timexes(text, THURSDAY)
    assert ("Friday", "2031-05-09") in found
    assert ("Saturday", "2031-05-03") in found


def test_timex_present_tense_after_he_or_she_points_forward() -> None:
    # "when she takes office on November 20": a present tense in a "when" clause tells of a day to come
    text = "The mayor-elect outlined the first cuts for when she takes office on November 20."
    assert ("November 20", "2031-11-20") in timexes(text, THURSDAY)
    text = "Her rival conceded the race and said he assumes the role of opposition leader on Monday."
    assert ("Monday", "2031-05-12") in timexes(text, THURSDAY)
