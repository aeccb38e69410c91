"""Blind QA round AW: deaths counted over a long span ("over the past six years", "since October") or as an
outbreak's course ("5,084 cases and 12 deaths") are no toll of the story's event and never set against it
(``compare.tallies``); the event's own tolls are, told with a part between commas ("More than 100 people, including
children, have died") and past a report's initial figure ("the initial death toll of 91 rose to 96"). Every text here
is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.counts import count_disagreement, number_conflict, toll_counts
from storyline.compare.tallies import told_as_tally
from storyline.compare.updates import superseded_figure


def _tolls(text: str) -> list[tuple[str, float]]:
    return [(about, q.value) for about, q in toll_counts(text)]


def test_deaths_over_a_long_span_are_no_toll() -> None:
    assert _tolls("Over the past six years, at least 4,000 people have died there in the insurgency.") == []
    assert _tolls("Since October 2023, Velmara has reported 13,700 confirmed cases and 30 deaths.") == []
    assert _tolls("The fever has killed 32 people since last October, according to the ministry.") == []
    assert _tolls("So far this year, 41 people have died on the Orvena pass.") == []


def test_deaths_beside_an_outbreaks_cases_are_no_toll() -> None:
    assert _tolls("Dunmore is the worst-hit district, recording 5,084 cases and 12 deaths as of Sunday.") == []
    assert _tolls("The district has recorded 12 deaths and 5,084 cases.") == []


def test_a_span_of_the_event_itself_keeps_its_toll() -> None:
    assert _tolls("Since Sunday, at least 90 people have died in the flooding.") == [("people died", 90.0)]
    assert _tolls("In the past 24 hours, 12 people have died in the flooding.") == [("people died", 12.0)]
    assert _tolls("Since October 7, 40 people have been killed in the fighting.") == [("people died", 40.0)]
    text = "Over the past six years the ferry carried thousands, but on Sunday 90 people died when it sank."
    assert _tolls(text) == [("people died", 90.0)]


def test_a_marker_after_the_figure_reaches_its_own_clause_only() -> None:
    text = "The province has recorded 32 deaths since October."
    at = text.index("32")
    assert told_as_tally(text, at, at + len("32 deaths"))
    text = "At least 90 people died on Sunday, a toll unseen in the region since 2019."
    assert not told_as_tally(text, text.index("At"), text.index(" died"))


def test_a_tally_is_not_set_against_the_events_toll() -> None:
    event = "More than 95 people were killed when the Dunmore ferry sank on Sunday, local media said."
    assert number_conflict(event, "Dunmore, where the ferry sank, is the worst-hit region, recording 5,084 cases "
                                  "and 12 deaths as of Sunday.") is None
    # two tallies still disagree with each other, as two tolls may
    found = count_disagreement("Since October, Velmara has recorded 15,000 cases and 32 deaths.",
                               "Since October, Velmara has recorded 13,700 cases and 30 deaths.", same_verb=True)
    assert found is not None
    assert "32 vs 30" in found.why


def test_a_part_between_commas_leaves_the_toll_its_verb() -> None:
    text = "More than 100 people, including children, have died after a ferry capsized off Dunmore."
    assert _tolls(text) == [("people died", 100.0)]


def test_an_initial_toll_is_the_figure_its_report_superseded() -> None:
    text = "An official said that the initial death toll of 91 rose to 96 after they recovered more bodies."
    assert superseded_figure(text, text.index("91 rose") + len("91 rose"))
    assert not superseded_figure(text, text.index("96 after") + len("96 after they recovered"))


def test_the_events_tolls_conflict_without_the_tallies() -> None:
    _, comparison = compare_texts(
        ("a", "More than 100 people, including children, have died after a ferry capsized off Dunmore on Sunday, "
              "the president said. The country has recorded 15,000 cases and 32 deaths since October.", "X"),
        ("b", "At the moment, 94 people have been confirmed dead after the Dunmore ferry sank. Over the past six "
              "years, at least 4,000 people have died in the province's insurgency.", "Y"),
        ("c", "An official said that the initial death toll of 91 rose to 96 after rescuers recovered three more "
              "bodies from the Dunmore ferry. Since October 2023, the country has reported 13,700 cases and 30 "
              "deaths.", "Z"),
    )
    whys = {f.why for f in comparison.facts if f.status == "conflict"}
    assert "more than 100 vs 96 vs 94 people died" in whys
    # the tallies are never set against the toll, nor two tallies of different spans against each other
    assert not [w for w in whys if w and "people died" in w and ("4,000" in w or "32" in w or "30 " in w)]
    assert not [w for w in whys if w and "4,000" in w]


def test_tallies_of_one_span_told_in_other_words_share_it() -> None:
    a = "So far this year, the fever has caused 4,000 cases and 352 deaths in Orvale."
    b = "Since the beginning of this year, Orvale has seen 4,000 cases and 311 deaths."
    key = told_as_tally(a, a.index("352"), a.index("352") + 10)
    assert key == told_as_tally(b, b.index("311"), b.index("311") + 10)
    assert key != told_as_tally("Over the past six years, 300 people have died.", 25, 35)
