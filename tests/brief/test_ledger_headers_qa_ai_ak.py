"""Blind QA rounds AI/AJ/AK: one heading per body or person of the quote ledger, however the reports write it: an
acronym and the body it spells ("CDC" / "Centers for Disease Control and Prevention"), a description one report
copied short ("Egyptian official" of "Egyptian canal authority official"), a body's name with and without "Union"
or "International", "the agency" after the body named, "the casino giant", a title the small model read as a
person ("Filmmaker" of "Filmmaker ... Chloe Gardiner") and one report's misspelt surname ("Shawn Fenn"), noted.
All names here are invented."""

from __future__ import annotations

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _org
from brief.ledger_helpers import headings as _headings
from brief.ledger_helpers import quote as _quote
from storyline.brief.ledger import quote_ledger
from storyline.render.view import _with_spellings


def test_an_acronym_and_the_body_it_spells_before_its_last_and_are_one_heading() -> None:
    full = _org("E1", "Bureau for Dune Care and Restoration")
    short = _org("E2", "BDC")
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", None, "top BDC officials"))
    assert _headings(quotes, (full, short)) == [("Bureau for Dune Care and Restoration", 3)]


def test_an_acronym_two_bodies_of_the_story_spell_joins_neither() -> None:
    council = _org("E1", "Coastal Defence Council")
    centre = _org("E2", "Centre for Dune Care")
    short = _org("E3", "CDC")
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", "E3"))
    assert len(_headings(quotes, (council, centre, short))) == 3


def test_an_acronym_of_another_body_stays_apart() -> None:
    full = _org("E1", "Office of Tidal Survey")
    other = _org("E2", "OTR")
    assert len(_headings((_quote("a", "E1"), _quote("b", "E2")), (full, other))) == 2


def test_a_description_one_report_copied_short_joins_the_longer_one() -> None:
    said = "Crews began work again to free the barge on Thursday morning"
    long = _org("E1", "Ostlandish harbour authority official", typ="PERSON")
    quotes = (_quote("a", "E1", text=said), _quote("b", None, "Ostlandish official", text=said.replace("on ", "")),
              _quote("a", None, "harbour authorities", text="A barge wedged across the Lusk Canal is still stuck"),
              _quote("b", None, "authorities", text="A huge barge wedged across the Lusk Canal is still stuck"))
    assert _headings(quotes, (long,)) == [("Ostlandish harbour authority official", 2), ("harbour authorities", 2)]


def test_two_officials_who_carry_no_statement_in_common_stay_apart() -> None:
    quotes = (_quote("a", None, "Ostlandish harbour official", text="The barge would be freed by night"),
              _quote("b", None, "Ostlandish official", text="The ministry has asked for a full report"))
    assert len(_headings(quotes, ())) == 2


def test_a_union_named_with_and_without_its_kind_word_and_its_acronym_is_one_heading() -> None:
    plain = _org("E1", "United Dock Porters")
    union = _org("E2", "United Dock Porters Union")
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", None, "Top UDP officials"))
    assert _headings(quotes, (plain, union)) == [("United Dock Porters", 3)]


def test_a_company_with_international_after_its_name_and_the_casino_giant_are_one_heading() -> None:
    short = _org("E1", "Varlo Resorts", _at("c", 0, 13))
    full = _org("E2", "Varlo Resorts International", _at("c", 100, 27))
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", None, "casino giant", start=140))
    assert _headings(quotes, (short, full)) == [("Varlo Resorts", 3)]


def test_the_agency_is_the_body_its_report_named_last_before_it() -> None:
    tides = _org("E1", "Tidal Safety Administration", _at("a", 100, 27), _at("a", 300, 3))
    dunes = _org("E2", "Dune Protection Centers", _at("a", 200, 23))
    agency = _org("E3", "agency")
    quotes = (_quote("a", "E1", start=250), _quote("a", "E3", start=320), _quote("b", "E2"))
    assert _headings(quotes, (tides, dunes, agency)) == [("Dune Protection Centers", 1),
                                                        ("Tidal Safety Administration", 2)]


def test_the_agency_after_the_sentence_naming_two_bodies_is_the_first_named() -> None:
    tides = _org("E1", "Tidal Safety Administration", _at("a", 500, 27))
    dunes = _org("E2", "Dune Protection Centers", _at("a", 540, 23))
    agency = _org("E3", "agency")
    quotes = (_quote("a", "E3", text="The Tidal Safety Administration, with the Dune Protection Centers, is looking"
                      " into it"), _quote("b", "E2"))
    assert _headings(quotes, (tides, dunes, agency)) == [("Dune Protection Centers", 1),
                                                        ("Tidal Safety Administration", 1)]


def test_the_agency_with_no_body_named_before_it_stays_apart() -> None:
    agency = _org("E3", "agency")
    other = _org("E1", "Tidal Safety Administration", _at("b", 10, 27))
    quotes = (_quote("a", "E3"), _quote("b", "E1", start=50))
    assert len(_headings(quotes, (agency, other))) == 2


def test_a_title_written_before_a_person_s_name_joins_that_person() -> None:
    title = _org("E1", "Sculptor", _at("a", 100, 8), typ="PERSON")
    ada = _org("E2", "Ada Rusk", _at("a", 137, 8), typ="PERSON", role="a festival guest")
    quotes = (_quote("a", "E1", start=200), _quote("a", "E2", start=400))
    assert _headings(quotes, (title, ada)) == [("Ada Rusk", 2)]


def test_a_first_name_before_a_full_name_is_no_title() -> None:
    mira = _org("E1", "Mira", _at("a", 100, 4), typ="PERSON")
    dorr = _org("E2", "Tom Dorr", _at("a", 110, 8), typ="PERSON")
    kell = _org("E3", "Mira Kell", _at("b", 0, 9), typ="PERSON")
    quotes = (_quote("a", "E1"), _quote("a", "E2"), _quote("b", "E3"))
    assert len(_headings(quotes, (mira, dorr, kell))) == 3


def test_one_report_s_misspelt_surname_joins_the_person_with_a_note() -> None:
    right = _org("E1", "Doran Vell", _at("a", 0, 10), _at("b", 0, 10), typ="PERSON", role="dockers' president")
    wrong = _org("E2", "Doran Velt", _at("c", 0, 10), typ="PERSON", role="president")
    entries = quote_ledger((_quote("a", "E1"), _quote("c", "E2")), (right, wrong), lambda article: article.upper())
    assert [(e.name, e.role, len(e.quotes)) for e in entries] == [("Doran Vell", "dockers' president", 2)]
    assert entries[0].spellings == (("Doran Velt", ("C",)),)
    assert _with_spellings(entries[0].role, entries[0].spellings) == "dockers' president; spelt “Doran Velt” by C"


def test_two_people_of_one_first_name_and_other_surnames_stay_apart() -> None:
    vell = _org("E1", "Doran Vell", _at("a", 0, 10), _at("b", 0, 10), typ="PERSON")
    marsh = _org("E2", "Doran Marsh", _at("c", 0, 11), typ="PERSON")
    assert len(_headings((_quote("a", "E1"), _quote("c", "E2")), (vell, marsh))) == 2


def test_a_company_official_named_in_the_next_paragraph_joins_that_spokesman() -> None:
    official = _org("E1", "company official", typ="PERSON")
    vell = _org("E2", "Doran Vell", typ="PERSON", role="spokesperson")
    quotes = (_quote("a", "E1", start=80), _quote("a", "E2", start=300), _quote("b", "E2", start=40))
    assert _headings(quotes, (official, vell)) == [("Doran Vell", 3)]


def test_a_company_official_with_two_spokespeople_after_it_or_a_ministry_official_stays_apart() -> None:
    official = _org("E1", "company official", typ="PERSON")
    vell = _org("E2", "Doran Vell", typ="PERSON", role="spokesperson")
    marsh = _org("E3", "Ada Marsh", typ="PERSON", role="spokeswoman")
    quotes = (_quote("a", "E1", start=80), _quote("a", "E2", start=300), _quote("a", "E3", start=350))
    assert len(_headings(quotes, (official, vell, marsh))) == 3
    ministry = _org("E4", "ministry official", typ="PERSON")
    quotes = (_quote("a", "E4", start=80), _quote("a", "E2", start=300))
    assert len(_headings(quotes, (ministry, vell))) == 2
