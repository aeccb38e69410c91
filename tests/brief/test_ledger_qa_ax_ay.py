"""Blind QA rounds AX and AY: one heading per speaker. A name one report prints with its accents and another
without; a company one report introduces with a description before its name. All names here are invented."""

from __future__ import annotations

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _ent
from brief.ledger_helpers import headings
from brief.ledger_helpers import quote as _quote


def test_a_name_with_and_without_its_accents_is_one_heading() -> None:
    one = _ent("E1", "Tomás Varrel", _at("a", 10, 12), typ="PERSON", role="Ostland Prime Minister")
    two = _ent("E2", "Tomas Varrel", _at("b", 10, 12), typ="PERSON", role="Ostland's Prime Minister")
    quotes = (_quote("a", "E1", text="There is no sign of sabotage"), _quote("b", "E2", text="There was no sign"))
    assert headings(quotes, (one, two)) == [("Tomás Varrel", 2)]


def test_two_names_apart_by_more_than_accents_stay_two_headings() -> None:
    one = _ent("E1", "Tomás Varrel", _at("a", 10, 12), typ="PERSON")
    two = _ent("E2", "Tomas Varrell", _at("b", 10, 13), typ="PERSON")
    quotes = (_quote("a", "E1", text="There is no sign of sabotage"), _quote("b", "E2", text="There was no sign"))
    assert len(headings(quotes, (one, two))) == 2


def test_a_country_s_leader_is_its_prime_minister_the_report_names() -> None:
    chief = _ent("E1", "Tomas Varrel", _at("a", 10, 12), typ="PERSON", role="Spanish Prime Minister")
    leader = _ent("E2", "Spanish leader", _at("a", 300, 14), typ="PERSON")
    quotes = (_quote("a", "E1", text="We rule nothing out", start=40),
              _quote("a", "E2", text="the public to stay calm", start=320))
    assert headings(quotes, (chief, leader)) == [("Tomas Varrel", 2)]


def test_a_country_s_leader_is_not_another_country_s_or_a_deputy() -> None:
    chief = _ent("E1", "Tomas Varrel", _at("a", 10, 12), typ="PERSON", role="Portuguese Prime Minister")
    deputy = _ent("E3", "Ana Kell", _at("a", 60, 8), typ="PERSON", role="Spanish deputy prime minister")
    leader = _ent("E2", "Spanish leader", _at("a", 300, 14), typ="PERSON")
    quotes = (_quote("a", "E1", text="We rule nothing out", start=40), _quote("a", "E3", text="No sign", start=80),
              _quote("a", "E2", text="the public to stay calm", start=320))
    assert len(headings(quotes, (chief, deputy, leader))) == 3


def test_a_country_s_leader_is_not_one_only_another_report_names() -> None:
    chief = _ent("E1", "Tomas Varrel", _at("b", 10, 12), typ="PERSON", role="Spanish Prime Minister")
    leader = _ent("E2", "Spanish leader", _at("a", 300, 14), typ="PERSON")
    quotes = (_quote("b", "E1", text="We rule nothing out", start=40),
              _quote("a", "E2", text="the public to stay calm", start=320))
    assert len(headings(quotes, (chief, leader))) == 2


def test_a_company_a_report_introduces_with_a_description_is_the_company_another_names() -> None:
    company = _ent("E1", "Vtr", _at("b", 10, 3))
    quotes = (_quote("a", None, "Ostland energy provider VTR", text="power is back for 9,000 homes"),
              _quote("b", "E1", text="it has power at 80 stations"))
    assert headings(quotes, (company,)) == [("Vtr", 2)]


def test_a_lawyer_for_a_person_is_not_that_person() -> None:
    person = _ent("E1", "Mira Kell", _at("b", 10, 9), typ="PERSON")
    quotes = (_quote("a", None, "a lawyer for Mira Kell", text="she will appeal"),
              _quote("b", "E1", text="I did nothing wrong"))
    assert len(headings(quotes, (person,))) == 2
