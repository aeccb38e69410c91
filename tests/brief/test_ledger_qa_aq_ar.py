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
