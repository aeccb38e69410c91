"""People in a report: honorifics, monarchs, possessors, lede capitals, and the descriptions of the main person."""

from __future__ import annotations

from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding


def test_her_majesty_is_the_queen_not_a_pronoun_of_the_premier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marra Quell was appointed premier of Ostavia on 3 May, a week before the death of Her Majesty, "
        "Queen Adelina IV. Ms Quell said she would serve."
    )
    ents = _entities(nlp, text)
    quell = _holding(ents, text, "Marra Quell")
    assert "Her" not in _forms(text, quell)
    queen = _holding(ents, text, "Queen Adelina IV")
    assert queen.name == "Queen Adelina IV"
    assert queen is not quell


def test_the_king_is_the_one_king_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MARGARET Fenwick said she would step down today.\n\nShe has notified King Edmund IV that she is "
        "resigning. \"I have spoken to His Majesty the King to tell him,\" she said."
    )
    ents = _entities(nlp, text)
    king = _holding(ents, text, "King Edmund IV")
    assert king.name == "King Edmund IV"
    assert "His Majesty the King" in _forms(text, king)
    # a lede's capitals: the small model's organisation is the person, named in plain case
    fenwick = _holding(ents, text, "MARGARET Fenwick")
    assert fenwick.type == "PERSON"
    assert fenwick.name == "Margaret Fenwick"


def test_an_honorific_opens_the_name_after_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Later I met the Chair of the 1922 Committee Sir Alden Crowe."
    names = {e.name for e in _entities(nlp, text)}
    assert "Sir Alden Crowe" in names
    assert not [n for n in names if n.startswith("Committee")]


def test_coach_and_manager_are_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Redmoor Rovers said Head Coach Tobias Ferrand had left the club. Ferrand joined in May. "
        "Manager Ilya Dunmore praised him."
    )
    ents = _entities(nlp, text)
    ferrand = _holding(ents, text, "Ferrand")
    assert ferrand.name == "Tobias Ferrand"
    assert ferrand.role == "Head Coach"
    assert _holding(ents, text, "Ilya Dunmore").name == "Ilya Dunmore"


def test_a_club_before_a_player_is_not_his_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bram Oduya scored for Castlebridge. Castlebridge’s Aleksandar Pevic scored twice, and Pevic celebrated."
    ents = _entities(nlp, text)
    pevic = _holding(ents, text, "Pevic")
    assert pevic.name == "Aleksandar Pevic"
    assert pevic.type == "PERSON"
    assert not [e for e in ents if "’s" in e.name]


def test_a_description_of_the_main_person_joins_her(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Margaret Lindqvist said she \"will not step aside\" in a speech today.\n\n"
        "The embattled Unity Party leader quit after just 30 days in office. She spoke outside the palace."
    )
    ents = _entities(nlp, text)
    assert "The embattled Unity Party leader" in _forms(text, _holding(ents, text, "Margaret Lindqvist"))


def test_a_description_holding_a_club_is_the_person_named_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tobias Ferrand was sacked on Sunday. The former Kingsport midfielder had been in charge for a year."
    ents = _entities(nlp, text)
    assert "The former Kingsport midfielder" in _forms(text, _holding(ents, text, "Tobias Ferrand"))


def test_the_former_president_is_the_report_s_president(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A jury found Elias Marwood guilty on Thursday. Marwood denied wrongdoing. The former president said "
        "the trial was rigged, and Marwood vowed to appeal."
    )
    ents = _entities(nlp, text)
    assert "The former president" in _forms(text, _holding(ents, text, "Elias Marwood"))


def test_a_description_is_left_alone_when_two_people_compete(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "David Marwood met Susan Hollis on Monday. Marwood thanked Hollis. Hollis thanked Marwood. "
        "Later the former president spoke to reporters."
    )
    for e in _entities(nlp, text):
        assert "the former president" not in _forms(text, e) or e.type != "PERSON" or len(e.mentions) == 1


def test_people_whose_given_name_the_model_took_for_a_place_or_whose_surname_it_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    """QA N: "official Harish Chandra Sharma" ("Harish" tagged a place) and "Narayan Kaji Pokharel said" (the
    surname left out) are whole names."""
    text = (
        "Quake hits.\n\nTarvella local official Harish Chandra Sharma told reporters that ten had died.\n\n"
        "The aid is coming, Home Minister Narayan Kaji Pokharel said on Sunday.\n"
    )
    names = [e.name for e in _entities(nlp, text)]
    assert "Harish Chandra Sharma" in names
    assert "Narayan Kaji Pokharel" in names


def test_an_occupation_written_before_a_name_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bridge falls.\n\nWriter Dale Simmons warned online that dock workers will suffer. Actress Mia Lorne wept.\n"
    names = [e.name for e in _entities(nlp, text)]
    assert "Dale Simmons" in names
    assert "Mia Lorne" in names


def test_a_relative_clause_after_an_apposition_is_no_part_of_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bridge falls.\n\nWriter Dale Simmons, a champion of Harlow who set his TV crime drama on the streets of the "
        "city he once covered as a reporter, warned online that dock workers will suffer the most.\n"
    )
    roles = {e.name: e.role for e in _entities(nlp, text)}
    assert roles["Dale Simmons"] == "a champion of Harlow"
