"""Speakers the QA rounds AO and AM found wrong: words a writer "reads in the note" are the note maker's, never the
writer's "we"; a surname the headline alone gives in full takes the full name. Fictional texts."""

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


def test_a_speaker_the_body_names_by_surname_takes_the_full_name_only_the_headline_gives() -> None:
    text = (
        "Venn Orla Was Swapped For Ardish Prisoner Dario Vask at Velm International Airport\n\n"
        "The swap took place at dawn, officials said. According to Ardish media, Vask, also known as the "
        '"fox", has returned to Velm.\n\n'
        '"They woke me at night and told me to pack," Vask stated to a reporter after landing.\n'
    )
    assert speakers(text, "They woke me at night") == ["Dario Vask"]
