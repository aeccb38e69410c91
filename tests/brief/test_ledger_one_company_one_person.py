"""Blind review: one heading a real speaker. A brand and the parent company a report tells it as ("Quillon parent
Veltrane") are one speaker, and so is "the company" of a report about one company; a person named by surname
alone in one report ("Marinetto, head of a families' group") is the one person of that surname named in full in
another ("Stefan Marinetto"). Two companies, two people of one surname, and namesakes stay apart."""

from __future__ import annotations

from storyline.brief.ledger import LedgerEntry, quote_ledger
from storyline.model import Span, StoryEntity, StoryQuote


def _quote(article: str, speaker: str | None, name: str | None = None, at: int = 500) -> StoryQuote:
    span = Span(article=article, start=at, end=at + 20)
    return StoryQuote(span=span, text="We will support staff", kind="direct", speaker=speaker, speaker_name=name)


def _org(eid: str, name: str, *mentions: tuple[str, int], role: str | None = None) -> StoryEntity:
    spans = tuple(Span(article=a, start=s, end=s + len(name)) for a, s in mentions)
    return StoryEntity(id=eid, name=name, type="ORG", mentions=spans, role=role)


def _headings(quotes: tuple[StoryQuote, ...], entities: tuple[StoryEntity, ...]) -> list[tuple[str, int]]:
    ledger: tuple[LedgerEntry, ...] = quote_ledger(quotes, entities, lambda article: article)
    return sorted((e.name, len(e.quotes)) for e in ledger)


VELTRANE = _org("E1", "Veltrane Inc", ("a", 0), role="Quillon's parent company")
QUILLON = _org("E2", "Quillon", ("b", 100))


def test_a_brand_speaks_under_the_parent_a_report_tells_it_as() -> None:
    quotes = (_quote("a", "E1"), _quote("b", "E2"))
    assert _headings(quotes, (VELTRANE, QUILLON)) == [("Veltrane Inc", 2)]


def test_a_brand_by_name_only_joins_its_parent_too() -> None:
    quotes = (_quote("a", "E1"), _quote("b", None, "Quillon"))
    assert _headings(quotes, (VELTRANE,)) == [("Veltrane Inc", 2)]


def test_a_namesake_of_the_brand_stays_apart() -> None:
    bakery = _org("E3", "Quillon Bakery", ("c", 10))
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", "E3"))
    assert _headings(quotes, (VELTRANE, QUILLON, bakery)) == [("Quillon Bakery", 1), ("Veltrane Inc", 2)]


def test_without_a_parent_role_two_companies_stay_apart() -> None:
    plain = _org("E1", "Veltrane Inc", ("a", 0))
    assert _headings((_quote("a", "E1"), _quote("b", "E2")), (plain, QUILLON)) == [("Quillon", 1), ("Veltrane Inc", 1)]


def test_the_company_is_the_one_company_its_report_names_before() -> None:
    company = _org("E3", "company", ("b", 480))
    quotes = (_quote("b", "E2", at=200), _quote("b", "E3"), _quote("b", None, "a spokesperson for the company"))
    assert _headings(quotes, (QUILLON, company)) == [("Quillon", 3)]


def test_the_company_of_a_brand_joins_the_parent_heading() -> None:
    company = _org("E3", "company", ("b", 480))
    quotes = (_quote("a", "E1"), _quote("b", "E2", at=200), _quote("b", "E3"))
    assert _headings(quotes, (VELTRANE, QUILLON, company)) == [("Veltrane Inc", 3)]


def test_a_company_that_does_not_speak_heads_its_description() -> None:
    quotes = (_quote("b", None, "the company"),)
    assert _headings(quotes, (QUILLON,)) == [("Quillon", 1)]


def test_two_companies_named_before_the_company_join_neither() -> None:
    rival = _org("E4", "Dorrin Motors", ("b", 300))
    company = _org("E3", "company", ("b", 480))
    quotes = (_quote("b", "E2", at=200), _quote("b", "E4", at=350), _quote("b", "E3"))
    assert _headings(quotes, (QUILLON, rival, company)) == [("Dorrin Motors", 1), ("Quillon", 1), ("company", 1)]


def test_two_reports_meaning_two_companies_join_neither() -> None:
    rival = _org("E4", "Dorrin Motors", ("c", 300))
    company = _org("E3", "company", ("b", 480), ("c", 480))
    quotes = (_quote("b", "E2", at=200), _quote("c", "E4", at=350), _quote("b", "E3"), _quote("c", "E3"))
    assert _headings(quotes, (QUILLON, rival, company)) == [("Dorrin Motors", 1), ("Quillon", 1), ("company", 2)]


def test_a_company_named_far_before_or_an_institution_is_not_the_company() -> None:
    council = _org("E5", "Marlport City Council", ("b", 300))
    far = _org("E2", "Quillon", ("c", 10))
    quotes = (_quote("b", None, "the company"), _quote("c", None, "the company", at=2000))
    assert _headings(quotes, (council, far)) == [("the company", 2)]


def _person(eid: str, name: str, typ: str = "PERSON") -> StoryEntity:
    return StoryEntity(id=eid, name=name, type=typ, mentions=())


def test_a_surname_alone_is_the_one_person_named_in_full_with_it() -> None:
    bare = _person("E1", "Marinetto", typ="WORK_OF_ART")  # the small model's type for "Marinetto, head of ..."
    full = _person("E2", "Stefan Marinetto")
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", None, "Mr Marinetto"))
    assert _headings(quotes, (bare, full)) == [("Stefan Marinetto", 3)]


def test_a_surname_two_people_bear_joins_neither() -> None:
    bare = _person("E1", "Marinetto")
    stefan, clara = _person("E2", "Stefan Marinetto"), _person("E3", "Clara Marinetto")
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", "E3"))
    headings = _headings(quotes, (bare, stefan, clara))
    assert headings == [("Clara Marinetto", 1), ("Marinetto", 1), ("Stefan Marinetto", 1)]


def test_a_company_named_like_a_persons_surname_stays_apart() -> None:
    company = _person("E1", "Dorrin", typ="ORG")
    person = _person("E2", "Jan Dorrin")
    assert _headings((_quote("a", "E1"), _quote("b", "E2")), (company, person)) == [("Dorrin", 1), ("Jan Dorrin", 1)]


def test_a_news_agency_named_before_is_not_the_company() -> None:
    agency = _org("E6", "Reuters", ("b", 300))
    assert _headings((_quote("b", None, "the company"),), (agency,)) == [("the company", 1)]


def test_the_reports_own_outlet_is_not_the_company() -> None:
    own = _org("E7", "Harbourline News", ("c", 10))  # the report's own outlet, named in its byline
    ledger = quote_ledger((_quote("c", None, "the company"),), (own,), lambda article: "Harbourline News")
    assert [(e.name, len(e.quotes)) for e in ledger] == [("the company", 1)]


def test_a_parent_and_brand_the_small_model_mistyped_are_one_company() -> None:
    # a person and a place to the small model; a report tells Harlow "Zentrix's parent company"
    parent = StoryEntity(id="E1", name="Harlow", type="PERSON", mentions=(), role="Zentrix's parent company")
    brand = StoryEntity(id="E2", name="Zentrix", type="GPE", mentions=(Span(article="b", start=100, end=107),))
    company = _org("E3", "company", ("b", 480), ("c", 480))  # report c names no company before: it tells nothing
    quotes = (_quote("a", "E1"), _quote("b", "E2", at=200), _quote("b", "E3"), _quote("c", "E3"))
    assert _headings(quotes, (parent, brand, company)) == [("Harlow", 4)]


def test_a_persons_parent_is_no_parent_company() -> None:
    mother = StoryEntity(id="E1", name="Ana Brisk", type="PERSON", mentions=(), role="Tomas's parent")
    son = _person("E2", "Tomas")
    assert _headings((_quote("a", "E1"), _quote("b", "E2")), (mother, son)) == [("Ana Brisk", 1), ("Tomas", 1)]


def test_a_company_with_its_legal_tail_joins_its_name_typed_a_person() -> None:
    owner = StoryEntity(id="E1", name="Tarrow Kisen", type="PERSON", mentions=(), role="the ship's owner")
    company = _org("E2", "Tarrow Kisen Ltd", ("b", 10))
    assert _headings((_quote("a", "E1"), _quote("b", "E2")), (owner, company)) == [("Tarrow Kisen", 2)]


def test_a_person_and_a_company_of_other_names_stay_apart() -> None:
    person = StoryEntity(id="E1", name="Tarrow Brisk", type="PERSON", mentions=())
    company = _org("E2", "Tarrow Kisen Ltd", ("b", 10))
    headings = _headings((_quote("a", "E1"), _quote("b", "E2")), (person, company))
    assert headings == [("Tarrow Brisk", 1), ("Tarrow Kisen Ltd", 1)]
