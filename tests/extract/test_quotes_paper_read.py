"""Words a writer "reads in the note" are the note maker's, never the writer's "we" (QA AO). Fictional texts."""

from __future__ import annotations

from quote_helpers import speakers


def test_words_read_in_the_note_go_to_the_maker_of_the_report_named_just_before() -> None:
    text = (
        "Fire at Velm quarry\n\n"
        "At least 9 workers died in a fire at a quarry owned by Orvane Stone. According to the latest report "
        "provided by Orvane Stone, 9 workers died in the fire.\n\n"
        "On this tragedy it was added: «Of the 80 workers present at the time, 71 were brought out», we read in "
        "the note.\n"
    )
    assert speakers(text, "71 were brought out") == ["Orvane Stone"]


def test_words_read_in_a_note_whose_maker_is_untold_have_no_speaker() -> None:
    text = (
        "Fire at Velm quarry\n\n"
        "Orvane Stone owns the quarry, where at least 9 workers died in a fire on Monday.\n\n"
        "On this tragedy it was added: «Of the 80 workers present at the time, 71 were brought out», we read in "
        "the note.\n"
    )
    assert speakers(text, "71 were brought out") == [None]


def test_words_read_in_a_named_bodys_statement_are_that_bodys() -> None:
    text = (
        "Fire at Velm quarry\n\n"
        "«Of the 80 workers present at the time, 71 were brought out», we read in the statement of the Velm "
        "Mining Board.\n"
    )
    found = speakers(text, "71 were brought out")
    assert len(found) == 1
    assert found[0] is not None
    assert "Velm Mining Board" in found[0]
