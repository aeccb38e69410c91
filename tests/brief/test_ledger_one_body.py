"""Blind QA round AG/AH: one body is one heading of the quote ledger, however the reports name it ("Ostland's
embassy in Varna", "Ostlandish Embassy"; "Zephyrix Inc", "Zephyrix"; "culture ministry", "Ministry of Culture")."""

from __future__ import annotations

from storyline.brief.ledger import quote_ledger
from storyline.model import Span, StoryEntity, StoryQuote


def _quote(article: str, speaker: str | None, name: str | None = None) -> StoryQuote:
    span = Span(article=article, start=0, end=9)
    return StoryQuote(span=span, text="We asked for consular access", kind="direct", speaker=speaker,
                      speaker_name=name)


def _headings(quotes: tuple[StoryQuote, ...], entities: tuple[StoryEntity, ...]) -> list[tuple[str, int]]:
    return sorted((e.name, len(e.quotes)) for e in quote_ledger(quotes, entities, lambda article: article))


def test_an_embassy_named_with_its_seat_and_by_a_possessive_is_one_heading() -> None:
    embassy = StoryEntity(id="E1", name="Russian Embassy", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", None, "Russian embassy in France"),
              _quote("c", None, "Russia’s embassy in Paris"))
    assert _headings(quotes, (embassy,)) == [("Russian Embassy", 3)]


def test_one_country_s_embassies_in_two_capitals_stay_apart() -> None:
    quotes = (_quote("a", None, "Ostland embassy in Paris"), _quote("b", None, "Ostland embassy in Berlin"))
    assert _headings(quotes, ()) == [("Ostland embassy in Berlin", 1), ("Ostland embassy in Paris", 1)]


def test_a_company_with_and_without_its_legal_tail_is_one_heading() -> None:
    plain = StoryEntity(id="E1", name="Zephyrix", type="ORG", mentions=())
    legal = StoryEntity(id="E2", name="Zephyrix Inc", type="ORG", mentions=())
    assert _headings((_quote("a", "E1"), _quote("a", "E2")), (plain, legal)) == [("Zephyrix", 2)]


def test_a_ministry_named_in_either_order_is_one_heading() -> None:
    ministry = StoryEntity(id="E1", name="Ministry of Tides", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", None, "tides ministry"))
    assert _headings(quotes, (ministry,)) == [("Ministry of Tides", 2)]


def test_a_name_cut_inside_its_bracket_joins_the_name_and_its_short_form() -> None:
    full = StoryEntity(id="E1", name="Valdoria Board of Health", type="ORG", mentions=())
    cut = StoryEntity(id="E2", name="Valdoria Board of Health (Valdoria BoH", type="ORG", mentions=())
    short = StoryEntity(id="E3", name="Valdorian BoH", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", "E3"))
    assert _headings(quotes, (full, cut, short)) == [("Valdoria Board of Health", 3)]


def test_people_and_other_bodies_are_not_joined() -> None:
    kell = StoryEntity(id="E1", name="Mira Kell", type="PERSON", mentions=())
    kell_inc = StoryEntity(id="E2", name="Kell Inc", type="ORG", mentions=())
    other = StoryEntity(id="E3", name="Ministry of Harbours", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("a", "E2"), _quote("b", "E3"), _quote("b", None, "tides ministry"))
    assert len(_headings(quotes, (kell, kell_inc, other))) == 4


def test_a_lower_case_role_and_a_country_s_role_join_their_one_holder() -> None:
    # a headline's "..., tides minister says" and the body's "France’s tides minister said"
    varga = StoryEntity(id="E1", name="Pia Varga", type="PERSON", mentions=(), role="French Tides Minister")
    other = StoryEntity(id="E2", name="Ivo Lund", type="PERSON", mentions=(), role="Harbour Minister")
    quotes = (_quote("a", "E1"), _quote("a", "E2"), _quote("b", None, "tides minister"),
              _quote("b", None, "France’s tides minister"))
    assert _headings(quotes, (varga, other)) == [("Ivo Lund", 1), ("Pia Varga", 3)]


def test_another_country_s_role_or_a_role_two_hold_joins_no_one() -> None:
    varga = StoryEntity(id="E1", name="Pia Varga", type="PERSON", mentions=(), role="French Tides Minister")
    lund = StoryEntity(id="E2", name="Ivo Lund", type="PERSON", mentions=(), role="German Tides Minister")
    quotes = (_quote("a", "E1"), _quote("a", "E2"), _quote("b", None, "Spain’s tides minister"),
              _quote("b", None, "tides minister"))
    assert len(_headings(quotes, (varga, lund))) == 4


def test_a_description_that_is_no_title_joins_no_one() -> None:
    # "a local resident" may be any of the town's residents
    lund = StoryEntity(id="E1", name="Ivo Lund", type="PERSON", mentions=(), role="a local resident")
    quotes = (_quote("a", "E1"), _quote("b", None, "local resident"))
    assert len(_headings(quotes, (lund,))) == 2


def test_the_diplomatic_mission_joins_the_one_embassy_of_its_report() -> None:
    # "The Valdorian Embassy in Lusk demanded ...", then "the diplomatic mission said" and "the mission added"
    embassy = StoryEntity(id="E1", name="Valdorian Embassy", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("a", None, "mission"), _quote("a", None, "diplomatic mission"))
    assert _headings(quotes, (embassy,)) == [("Valdorian Embassy", 3)]


def test_the_diplomatic_mission_beside_two_embassies_joins_neither() -> None:
    one = StoryEntity(id="E1", name="Valdorian Embassy", type="ORG", mentions=())
    two = StoryEntity(id="E2", name="Ostrian Embassy", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("a", "E2"), _quote("a", None, "diplomatic mission"))
    assert len(_headings(quotes, (one, two))) == 3


def test_a_description_joins_the_one_body_a_role_names_after_it() -> None:
    # "Ivo Lund, the founder of messaging app Zinger" and "the messaging app said in a statement"
    lund = StoryEntity(id="E1", name="Ivo Lund", type="PERSON", mentions=(), role="founder of messaging app Zinger")
    zinger = StoryEntity(id="E2", name="Zinger", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", None, "messaging app"))
    assert _headings(quotes, (lund, zinger)) == [("Ivo Lund", 1), ("Zinger", 2)]


def test_a_description_two_roles_name_two_bodies_after_joins_neither() -> None:
    lund = StoryEntity(id="E1", name="Ivo Lund", type="PERSON", mentions=(), role="founder of messaging app Zinger")
    kell = StoryEntity(id="E2", name="Mira Kell", type="PERSON", mentions=(), role="head of messaging app Pling")
    zinger = StoryEntity(id="E3", name="Zinger", type="ORG", mentions=())
    pling = StoryEntity(id="E4", name="Pling", type="ORG", mentions=())
    quotes = (_quote("a", "E3"), _quote("b", "E4"), _quote("c", None, "messaging app"))
    assert len(_headings(quotes, (lund, kell, zinger, pling))) == 3


def test_the_chiefs_of_a_body_join_the_body() -> None:
    # "Tides ministry chiefs said ..." beside "the Ministry of Tides said ..."
    ministry = StoryEntity(id="E1", name="Ministry of Tides", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", None, "Tides ministry chiefs"), _quote("b", None, "tides chiefs"))
    assert _headings(quotes, (ministry,)) == [("Ministry of Tides", 2), ("tides chiefs", 1)]
