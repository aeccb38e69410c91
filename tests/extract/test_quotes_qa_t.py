"""Speech read wrongly in blind QA round T, each case in invented text."""

from __future__ import annotations

import pytest
from quote_helpers import run, speakers

# ---- speech with a plain subject is attributed ------------------------------------------------------------


def test_a_date_between_cue_and_clause_keeps_the_titled_speaker() -> None:
    text = (
        "Governor of Ardena, Tom Keller, announced on Thursday morning, May 9, that he has met with the families"
        " of the four missing divers."
    )
    assert speakers(text, "he has met") == ["Tom Keller"]


def test_an_adverbial_between_subject_and_verb_keeps_the_subject() -> None:
    text = (
        "Dana Ruiz announced later Monday she was leaving the firm. The company hours earlier had said she would"
        " step down as chair but remain on the board."
    )
    assert speakers(text, "she would step down") == ["company"]


def test_they_after_a_body_that_spoke_is_that_body() -> None:
    text = (
        "The board said its decision came down to concerns about her candour. In a blog post, they stated Ruiz"
        " had not been fully open with the directors."
    )
    assert speakers(text, "had not been fully open") == ["board"]


def test_they_in_a_subordinate_clause_is_not_the_body() -> None:
    text = "The court ruled against the state. Voters were removed because they did not answer the letters."
    assert [q.speaker for q in run(text) if q.speaker == "court"] == []


def test_they_after_people_stays_unresolved() -> None:
    text = (
        "The two pilots said the runway was clear. In a later interview, they stated the tower had not warned"
        " them of the storm."
    )
    assert speakers(text, "the tower had not warned") == [None]


def test_a_message_participle_speaks_with_the_sender() -> None:
    text = (
        "Dana Ruiz left the firm on Monday, sending a company-wide message stating: ‘after today’s vote, i am"
        " done.’"
    )
    assert speakers(text, "i am done") == ["Dana Ruiz"]


def test_a_name_set_off_by_commas_before_the_verb_speaks() -> None:
    text = (
        "Further shockwaves were sent through the industry this morning when the Delaware-based firm’s co-founder"
        " and president, Piet Olsen, also announced his sudden departure."
    )
    assert speakers(text, "his sudden departure") == ["Piet Olsen"]


# ---- a statement of several parties is the group's ---------------------------------------------------------


def test_a_joint_statement_goes_to_all_its_parties() -> None:
    text = (
        "Gov. Ilse Varga and representatives from the Ardena Harbour Guard and Ardena State Police said Monday"
        " evening that they would move to a recovery operation."
    )
    got = speakers(text, "move to a recovery operation")
    assert got == ["Ilse Varga and representatives from the Ardena Harbour Guard and Ardena State Police"]


# ---- spurious speech -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday morning the Harbour Guard called off its search for the four missing divers.",
        "The authorities said it was calling off the search for the four divers who went missing on Sunday.",
    ],
)
def test_a_search_called_off_is_no_speech(text: str) -> None:
    assert [q.text for q in run(text) if "search" in q.text and not q.text.startswith("it was")] == []


def test_declining_an_offer_is_no_speech_but_declining_to_comment_is() -> None:
    assert [q.text for q in run("Dana Ruiz declined the offer to remain at Corvale as chair.")] == []
    assert [q.speaker for q in run("Dana Ruiz declined to comment on the vote.")] == ["Dana Ruiz"]


def test_a_participle_after_a_named_sender_is_the_senders() -> None:
    text = "At 11:40 am, Dana got a text from Piet asking for a quick call."
    assert speakers(text, "a quick call") == ["Piet"]


def test_a_name_given_with_called_is_no_quotation() -> None:
    text = 'The board says the ferry - called "Halvard" - is nearly 300 feet long, weighing 9,000 tons.'
    assert [q.text for q in run(text) if q.kind == "partial"] == []


def test_what_someone_learned_under_hearsay_is_not_their_speech() -> None:
    text = "It is understood Ruiz only learned she had been fired moments before the board told the staff."
    assert [q.text for q in run(text) if q.text.startswith("she had been fired")] == []


def test_a_so_called_phrase_is_still_read() -> None:
    text = "Results are not in, but Ana Ruiz’s campaign is already claiming victory in the so-called “harbour bracket.”"
    assert [q.kind for q in run(text) if "harbour bracket" in q.text] != []


def test_two_descriptions_of_one_person_are_no_group() -> None:
    text = "Piet Olsen, an influential delegate and conservative activist, warned of a long battle ahead."
    assert speakers(text, "a long battle ahead") == ["Piet Olsen"]
