"""Blind QA rounds AO/AP: one heading per speaker with the role the reports give. A headline's "Vardak president"
and the president a role names of "Vardakstan" (a country the gazetteer does not know); "the company" and "the
seafood restaurant chain" of a company the small model types a person in some reports; one sentence read twice
from two verbs; a company's description shown as its role. All names here are invented."""

from __future__ import annotations

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _ent
from brief.ledger_helpers import quote as _quote
from storyline.brief.ledger import quote_ledger
from storyline.model import StoryEntity, StoryQuote


def _ledger(quotes: tuple[StoryQuote, ...], entities: tuple[StoryEntity, ...]) -> list[tuple[str, str | None, int]]:
    return sorted((e.name, e.role, len(e.quotes)) for e in quote_ledger(quotes, entities, lambda article: article))


def test_a_country_adjective_before_a_title_is_the_country_a_role_names() -> None:
    president = _ent("E1", "Temir Oskarov", _at("a", 100, 13), typ="PERSON", role="Vardakstan President")
    headline = _ent("E2", "vardak president", _at("b", 0, 16), typ="PERSON")
    quotes = (_quote("a", "E1", start=130), _quote("b", "E2", start=40))
    assert _ledger(quotes, (president, headline)) == [("Temir Oskarov", "Vardakstan President", 2)]


def test_a_description_of_another_country_stays_apart() -> None:
    president = _ent("E1", "Temir Oskarov", _at("a", 100, 13), typ="PERSON", role="Vardakstan President")
    other = _ent("E2", "morvian president", _at("b", 0, 17), typ="PERSON")
    quotes = (_quote("a", "E1", start=130), _quote("b", "E2", start=40))
    assert len(_ledger(quotes, (president, other))) == 2


def _chain() -> tuple[StoryEntity, StoryEntity]:
    typed_person = _ent("E1", "Gull Shack", *(_at(a, 0, 10) for a in "abc"), _at("a", 200, 10), _at("b", 200, 10),
                        typ="PERSON", role="the casual dining chain")
    company = _ent("E2", "Gull Shack", _at("d", 0, 10), _at("d", 100, 10))
    return typed_person, company


def test_the_company_of_a_company_typed_a_person_is_that_company() -> None:
    typed_person, company = _chain()
    quotes = (_quote("a", "E1", start=300), _quote("d", "E2", start=300), _quote("c", None, "company", start=300))
    assert _ledger(quotes, (typed_person, company)) == [("Gull Shack", None, 3)]


def test_a_trade_of_two_words_before_chain_is_the_story_company() -> None:
    typed_person, company = _chain()
    quotes = (_quote("a", "E1", start=300), _quote("b", None, "seafood restaurant chain", start=300))
    assert _ledger(quotes, (typed_person, company)) == [("Gull Shack", None, 2)]


def test_a_company_description_is_no_role_of_its_heading() -> None:
    typed_person, _ = _chain()
    assert _ledger((_quote("a", "E1", start=300),), (typed_person,)) == [("Gull Shack", None, 1)]


def test_a_person_whose_post_names_a_trade_keeps_the_role() -> None:
    person = _ent("E1", "Ida Brenner", _at("a", 0, 11), typ="PERSON", role="a crane operator")
    assert _ledger((_quote("a", "E1", start=300),), (person,)) == [("Ida Brenner", "a crane operator", 1)]


def test_one_sentence_read_from_two_verbs_is_one_entry() -> None:
    company = _ent("E1", "Gull Shack", _at("a", 0, 10))
    whole = "it has estimated debts of between $1 million and $5 million"
    part = "debts of between $1 million and $5 million"
    quotes = (_quote("a", "E1", text=whole, start=300), _quote("a", "E1", text=part, start=300 + whole.index(part)))
    (entry,) = quote_ledger(quotes, (company,), lambda article: article)
    assert [lq.quote.text for lq in entry.quotes] == [whole]


def test_two_clauses_of_one_report_side_by_side_stay_two_entries() -> None:
    company = _ent("E1", "Gull Shack", _at("a", 0, 10))
    quotes = (_quote("a", "E1", text="it will stay open", start=300),
              _quote("a", "E1", text="staff keep pay", start=330))
    (entry,) = quote_ledger(quotes, (company,), lambda article: article)
    assert len(entry.quotes) == 2


def test_a_company_spaced_another_way_and_typed_a_person_is_the_company_under_its_name() -> None:
    company = _ent("E1", "ZephyrixTarnu", _at("a", 0, 13), _at("b", 0, 13))
    typed_person = _ent("E2", "Zephyrix Tarnu", _at("c", 0, 14), typ="PERSON", role="the local unit of the company")
    quotes = (_quote("a", "E1"), _quote("c", "E2"))
    assert _ledger(quotes, (company, typed_person)) == [("ZephyrixTarnu", None, 2)]



def test_a_body_speaking_is_not_the_person_shown_with_it() -> None:
    person = _ent("E1", "Ada Rusk", _at("a", 0, 8), typ="PERSON", role="Tidewater Anglers Association")
    quotes = (_quote("a", "E1"), _quote("b", None, "Association"), _quote("c", None, "Tidewater Anglers Association"))
    assert len(_ledger(quotes, (person,))) == 3
