"""Blind QA rounds AQ/AR: one heading per speaker. A company's acronym beside its full name ("KRX" and "KRX Group
Inc."); one board named three ways ("Zephyrix's board", "the board of directors of Zephyrix", "the company's
board"). All names here are invented."""

from __future__ import annotations

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _ent
from brief.ledger_helpers import headings
from brief.ledger_helpers import quote as _quote


def test_a_company_s_acronym_is_the_group_it_opens() -> None:
    group = _ent("E1", "KRX Group Inc.", _at("a", 100, 14))
    short = _ent("E2", "KRX", _at("b", 100, 3))
    quotes = (_quote("a", "E1", start=130), _quote("b", "E2", start=130))
    assert headings(quotes, (group, short)) == [("KRX Group Inc.", 2)]


def test_an_acronym_that_opens_two_groups_joins_neither() -> None:
    group = _ent("E1", "KRX Group", _at("a", 100, 9))
    holdings = _ent("E3", "KRX Holdings", _at("c", 100, 12))
    short = _ent("E2", "KRX", _at("b", 100, 3))
    quotes = (_quote("a", "E1", start=130), _quote("b", "E2", start=130), _quote("c", "E3", start=130))
    assert len(headings(quotes, (group, holdings, short))) == 3


def test_a_board_named_two_ways_is_one_heading() -> None:
    quotes = (_quote("a", None, "Zephyrix’s board", start=130),
              _quote("b", None, "board of directors of Zephyrix", start=130))
    assert headings(quotes, ()) == [("Zephyrix’s board", 2)]


def test_the_company_s_board_is_the_board_of_the_company_named_before() -> None:
    company = _ent("E1", "Zephyrix", _at("a", 10, 8), _at("b", 10, 8))
    quotes = (_quote("a", None, "company’s board", start=60), _quote("b", None, "Zephyrix’s board", start=60))
    assert headings(quotes, (company,)) == [("Zephyrix’s board", 2)]


def test_the_board_of_another_company_stays_apart() -> None:
    company = _ent("E1", "Zephyrix", _at("a", 10, 8), _at("b", 10, 8))
    quotes = (_quote("a", None, "Zephyrix’s board", start=60), _quote("b", None, "board of directors of Quillon",
                                                                          start=60))
    assert len(headings(quotes, (company,))) == 2


# "“The bridge is gone,” Harbour Chief Ana Roe said, according to USA Today."
_CREDITED = "“The bridge is gone,” Harbour Chief Ana Roe said"


def test_an_outlet_credited_for_a_speaker_s_words_is_no_speaker_of_them() -> None:
    roe = _ent("E1", "Ana Roe", _at("a", 524, 7), typ="PERSON", role="Harbour Chief")
    quotes = (_quote("a", "E1", text="The bridge is gone", start=501, kind="direct"),
              _quote("a", None, "USA Today", text=_CREDITED, start=500))
    assert headings(quotes, (roe,)) == [("Ana Roe", 1)]


def test_an_outlet_s_own_report_stays() -> None:
    roe = _ent("E1", "Ana Roe", _at("a", 524, 7), typ="PERSON", role="Harbour Chief")
    quotes = (_quote("a", "E1", text="The bridge is gone", start=501, kind="direct"),
              _quote("a", None, "USA Today", text="the blast shut the port", start=700))
    assert headings(quotes, (roe,)) == [("Ana Roe", 1), ("USA Today", 1)]


def test_a_body_named_as_the_source_of_another_speaker_s_words_is_no_speaker_of_them() -> None:
    # "The company said that Kell, 41, would lead it, as per a Marlow Herald report."
    company = _ent("E1", "Zephyrix", _at("a", 400, 8))
    herald = _ent("E2", "Marlow Herald", _at("a", 560, 13))
    quotes = (_quote("a", "E2", text="The company said that Kell, 41, would lead it", start=500),
              _quote("a", "E1", text="Kell, 41, would lead it, as per a Marlow Herald report", start=522))
    assert headings(quotes, (company, herald)) == [("Zephyrix", 1)]


def test_a_country_s_adjective_opening_a_description_is_shown_in_capitals() -> None:
    quotes = (_quote("a", None, "norwegian officials", start=130), _quote("b", None, "local officials", start=130))
    assert headings(quotes, ()) == [("Norwegian officials", 1), ("local officials", 1)]


def test_a_release_is_the_body_named_right_before_its_words() -> None:
    # "... according to the Zephyrix Group release.\n\n“We cannot speak to the cause,” the release said. ...
    # Zephyrix is monitoring the air, according to the release."
    company = _ent("E1", "Zephyrix Group", _at("a", 300, 14), _at("a", 900, 8))
    quotes = (_quote("a", "E1", start=100), _quote("a", None, "release", text="We cannot speak to the cause",
                                                                  start=336, kind="direct"),
              _quote("a", None, "release", text="Zephyrix is monitoring the air", start=900))
    assert headings(quotes, (company,)) == [("Zephyrix Group", 3)]


def test_a_release_with_no_body_named_before_it_stays_apart() -> None:
    company = _ent("E1", "Zephyrix Group", _at("a", 100, 14))
    quotes = (_quote("a", "E1", start=130), _quote("a", None, "release", text="We cannot speak to the cause",
                                                               start=700, kind="direct"))
    assert headings(quotes, (company,)) == [("Zephyrix Group", 1), ("release", 1)]


def test_the_tech_company_is_the_company_the_story_is_about() -> None:
    firm = _ent("E1", "Zephyrix", *(_at(a, s, 8) for a in "ab" for s in (0, 100, 900)))
    quotes = (_quote("a", "E1", start=120), _quote("b", None, "tech company", start=480))
    assert headings(quotes, (firm,)) == [("Zephyrix", 2)]


def test_the_parent_company_is_not_the_company_the_story_is_about() -> None:
    firm = _ent("E1", "Zephyrix", *(_at(a, s, 8) for a in "ab" for s in (0, 100, 900)))
    quotes = (_quote("a", "E1", start=120), _quote("b", None, "parent company", start=480))
    assert headings(quotes, (firm,)) == [("Zephyrix", 1), ("parent company", 1)]


def test_the_two_sides_are_the_joint_speaker_of_their_report() -> None:
    quotes = (_quote("a", None, "Dock Union and the Harbour Alliance", start=100),
              _quote("a", None, "two sides", text="to return to the table", start=300, kind="partial"))
    assert headings(quotes, ()) == [("Dock Union and the Harbour Alliance", 2)]


def test_the_two_sides_of_a_report_with_no_joint_speaker_stay_apart() -> None:
    quotes = (_quote("a", None, "Dock Union and the Harbour Alliance", start=100),
              _quote("b", None, "two sides", text="to return to the table", start=300, kind="partial"))
    assert len(headings(quotes, ())) == 2


def test_the_speaker_an_outlet_s_reading_names_first_keeps_its_words() -> None:
    # "The company added that the data was safe, the Tide Gazette reported."
    company = _ent("E1", "Zephyrix", _at("a", 500, 11))
    quotes = (_quote("a", "E1", text="the data was safe", start=523),
              _quote("a", None, "Tide Gazette", text="the company added that the data was safe", start=500))
    assert headings(quotes, (company,)) == [("Tide Gazette", 1), ("Zephyrix", 1)]


def test_a_described_entity_opening_with_a_country_s_adjective_is_shown_in_capitals() -> None:
    officials = _ent("E1", "norwegian officials", _at("a", 100, 19), typ="PERSON")
    assert headings((_quote("a", "E1", start=130),), (officials,)) == [("Norwegian officials", 1)]
