"""Blind QA rounds AL/AM/AN: one heading per speaker and one entry per statement in the quote ledger. A company's
name spaced two ways ("Kessel Tern" / "KesselTern"), a surname the small model typed a body after its report named
the person in full, a trade description of the story's company ("the ferry operator"), and a reported clause that
holds the speaker's own quoted words beside them. All names here are invented."""

from __future__ import annotations

from dataclasses import replace

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _ent
from brief.ledger_helpers import headings as _headings
from brief.ledger_helpers import quote as _quote
from storyline.brief.ledger import quote_ledger
from storyline.model import StoryEntity, StoryQuote


def test_one_company_name_spaced_two_ways_is_one_heading() -> None:
    spaced, joined = _ent("E1", "Kessel Tern", _at("a", 0, 11)), _ent("E2", "KesselTern", _at("b", 0, 10))
    assert _headings((_quote("a", "E1"), _quote("b", "E2")), (spaced, joined)) == [("Kessel Tern", 2)]


def test_two_embassies_spaced_alike_in_two_places_stay_apart() -> None:
    one, two = _ent("E1", "Ostland Embassy in Varna"), _ent("E2", "OstlandEmbassy in Lusk")
    assert len(_headings((_quote("a", "E1"), _quote("b", "E2")), (one, two))) == 2


def test_a_surname_typed_a_body_after_the_full_name_in_its_report_is_the_person() -> None:
    person = _ent("E1", "Tomas Vell", _at("a", 100, 26), typ="PERSON", role="Ostland Prime Minister")
    bare = _ent("E2", "Vell", _at("a", 300, 4))
    quotes = (_quote("a", "E1", start=130), _quote("a", "E2", start=310))
    assert _headings(quotes, (person, bare)) == [("Tomas Vell", 2)]


def test_a_surname_that_speaks_alone_is_shown_under_the_full_name_and_role() -> None:
    person = _ent("E1", "Tomas Vell", _at("a", 100, 26), typ="PERSON", role="Ostland Prime Minister")
    bare = _ent("E2", "Vell", _at("a", 300, 4))
    (entry,) = quote_ledger((_quote("a", "E2", start=310),), (person, bare), lambda article: article)
    assert (entry.name, entry.role, len(entry.quotes)) == ("Tomas Vell", "Ostland Prime Minister", 1)


def test_a_company_of_the_surname_in_a_report_that_never_names_the_person_stays_apart() -> None:
    person = _ent("E1", "Tomas Vell", _at("a", 100, 26), typ="PERSON")
    company = _ent("E2", "Vell", _at("b", 300, 4))
    quotes = (_quote("a", "E1", start=130), _quote("b", "E2", start=310))
    assert _headings(quotes, (person, company)) == [("Tomas Vell", 1), ("Vell", 1)]


def test_a_trade_description_joins_the_company_the_story_is_about() -> None:
    ferries = _ent("E1", "Brask Ferries", *(_at(a, s, 13) for a in "ab" for s in (0, 100, 900)))
    system = _ent("E2", "Tide Booking System", _at("b", 450, 19))  # named just before the quote: no guide
    quotes = (_quote("a", "E1", start=120), _quote("b", None, "ferry operator", start=480))
    assert _headings(quotes, (ferries, system)) == [("Brask Ferries", 2)]


def test_a_trade_description_without_one_company_far_ahead_stays_apart() -> None:
    one = _ent("E1", "Brask Ferries", _at("a", 0, 13), _at("b", 0, 13))
    two = _ent("E2", "Mall Lines", _at("b", 300, 10), _at("a", 300, 10))
    quotes = (_quote("a", "E1", start=120), _quote("b", None, "ferry operator", start=480))
    assert _headings(quotes, (one, two)) == [("Brask Ferries", 1), ("ferry operator", 1)]


def _texts(entry_quotes: tuple[StoryQuote, ...], entities: tuple[StoryEntity, ...]) -> list[tuple[str, str]]:
    (entry,) = quote_ledger(entry_quotes, entities, lambda article: article)
    return [(lq.quote.kind, lq.quote.text) for lq in entry.quotes]


def test_a_clause_that_only_leads_into_the_quote_is_left_out_for_it() -> None:
    mayor = _ent("E1", "Ada Rusk", typ="PERSON", role="Mayor")
    clause = 'Mayor Ada Rusk told Harbour Radio: "The pier will reopen soon,"'
    said = "The pier will reopen soon,"
    quotes = (_quote("a", "E1", text=clause, start=100),
              _quote("a", "E1", text=said, start=100 + clause.index(said), kind="direct"))
    assert _texts(quotes, (mayor,)) == [("direct", said)]


def test_a_clause_working_pieces_of_the_quote_into_its_sentence_keeps_them_once() -> None:
    chief = _ent("E1", "Ada Rusk", typ="PERSON", role="Chief Executive")
    clause = 'the "tightly knit" fleets of the two lines will allow "for more crossings at lower cost,"'
    one, two = "tightly knit", "for more crossings at lower cost,"
    quotes = (_quote("a", "E1", text=clause, start=100),
              _quote("a", "E1", text=one, start=100 + clause.index(one), kind="partial"),
              _quote("a", "E1", text=two, start=100 + clause.index(two), kind="partial"))
    assert _texts(quotes, (chief,)) == [("indirect", clause)]


def test_a_clause_that_says_more_before_the_quote_holds_it_once() -> None:
    port = _ent("E1", "Brask Ferries")
    clause = 'the port first closed on May 5 when it found that "a storm had damaged the ramp."'
    said = "a storm had damaged the ramp."
    quotes = (_quote("a", "E1", text=clause, start=100),
              _quote("a", "E1", text=said, start=100 + clause.index(said), kind="partial"))
    assert _texts(quotes, (port,)) == [("indirect", clause)]


def test_a_quote_another_report_carries_too_stays_beside_the_clause() -> None:
    port = _ent("E1", "Brask Ferries")
    clause = 'the port first closed on May 5 when it found that "a storm had damaged the ramp."'
    said = "a storm had damaged the ramp."
    piece = replace(_quote("a", "E1", text=said, start=100 + clause.index(said), kind="partial"),
                    same_as=(_at("b", 40, len(said)),))
    quotes = (_quote("a", "E1", text=clause, start=100), piece)
    assert _texts(quotes, (port,)) == [("partial", said), ("indirect", clause)]
