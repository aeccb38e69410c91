"""Blind QA rounds AT, AU and AV: one heading per speaker. A body's sources named by its acronym in one version
of a report and in full in the other; one reported clause two versions of a report carry alike; a company's
officials, live stream and webcast; "the head of the company" who is its CEO. All names here are invented."""

from __future__ import annotations

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _ent
from brief.ledger_helpers import headings
from brief.ledger_helpers import quote as _quote
from storyline.brief.ledger import quote_ledger

_HEATERS = "The flat had several heaters running at the time of the fire"


def test_a_body_s_sources_by_acronym_and_in_full_carrying_one_sentence_are_one_heading() -> None:
    short = _ent("E1", "VFD sources", _at("a", 80, 11), typ="PERSON")
    full = _ent("E2", "Varrow City Fire Department sources", _at("b", 80, 35), typ="PERSON")
    quotes = (_quote("a", "E1", text=_HEATERS + ", and one may have been on for days", start=100),
              _quote("b", "E2", text=_HEATERS + ", and all had been on for days", start=100))
    assert len(headings(quotes, (short, full))) == 1


def test_sources_of_two_bodies_stay_apart_though_they_carry_one_sentence() -> None:
    short = _ent("E1", "VFD sources", _at("a", 80, 11), typ="PERSON")
    other = _ent("E2", "Ostvale Harbour Police sources", _at("b", 80, 30), typ="PERSON")
    quotes = (_quote("a", "E1", text=_HEATERS, start=100), _quote("b", "E2", text=_HEATERS, start=100))
    assert len(headings(quotes, (short, other))) == 2


def test_one_clause_two_reports_carry_alike_is_one_entry_citing_both() -> None:
    quotes = (_quote("a", None, "spokeswoman for the city's Medical Examiner", text="All of them died from smoke"),
              _quote("b", None, "spokeswoman for the city's medical examiner", text="All of them died from smoke"))
    (entry,) = quote_ledger(quotes, (), lambda article: article)
    (only,) = entry.quotes
    assert only.outlets == ("a", "b")
    assert [s.article for s in (only.quote.span, *only.quote.same_as)] == ["a", "b"]


def test_two_clauses_worded_apart_stay_two_entries() -> None:
    quotes = (_quote("a", None, "a spokeswoman", text="All of them died from smoke"),
              _quote("b", None, "a spokeswoman", text="Most of them died from smoke"))
    assert headings(quotes, ()) == [("a spokeswoman", 2)]


def test_a_company_s_officials_live_stream_and_webcast_are_the_company() -> None:
    company = _ent("E1", "Zephyrix", _at("a", 10, 8), _at("b", 10, 8))
    quotes = (_quote("a", "E1", start=100), _quote("b", None, "Zephyrix officials", text="It blew up", start=100),
              _quote("c", None, "Zephyrix live stream", text="It cannot come back", start=100),
              _quote("d", None, "Zephyrix webcast", text="The booster exploded", start=100))
    assert headings(quotes, (company,)) == [("Zephyrix", 4)]


def test_a_country_s_officials_are_no_body_s() -> None:
    quotes = (_quote("a", None, "Ostland", text="It blew up", start=100),
              _quote("b", None, "Ostland officials", text="It cannot come back", start=100))
    assert len(headings(quotes, ())) == 2


def test_the_head_of_the_company_is_its_one_ceo() -> None:
    chief = _ent("E1", "Tomas Rell", _at("a", 10, 10), typ="PERSON", role="Vesper Tidewater CEO")
    quotes = (_quote("a", "E1", start=100), _quote("b", None, "head of the company", text="The flow stopped"))
    assert headings(quotes, (chief,)) == [("Tomas Rell", 2)]


def test_the_head_of_the_company_of_two_ceos_is_neither() -> None:
    chief = _ent("E1", "Tomas Rell", _at("a", 10, 10), typ="PERSON", role="Vesper Tidewater CEO")
    other = _ent("E2", "Ana Kell", _at("c", 10, 8), typ="PERSON", role="Harbour Lines CEO")
    quotes = (_quote("a", "E1", start=100), _quote("c", "E2", start=100),
              _quote("b", None, "head of the company", text="The flow stopped"))
    assert len(headings(quotes, (chief, other))) == 3
