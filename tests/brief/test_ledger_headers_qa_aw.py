"""Blind QA round AW (#15): one heading per speaker. A post the quote stage cut short ("the secretary of state")
under the one person whose role it opens; "the official" of a report under the official it named just before;
a body's data under the body. All names here are invented."""

from __future__ import annotations

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _ent
from brief.ledger_helpers import headings
from brief.ledger_helpers import quote as _quote
from storyline.brief.ledger import quote_ledger


def test_a_post_cut_short_joins_the_one_person_whose_role_it_opens() -> None:
    rusk = _ent("E1", "Ada Rusk", _at("a", 10, 8), typ="PERSON", role="the secretary of state of Vell Province")
    quotes = (_quote("a", "E1", start=100),
              _quote("b", None, "secretary of state", text="Rumours drove people to the boats", start=100))
    assert headings(quotes, (rusk,)) == [("Ada Rusk", 2)]


def test_a_post_that_opens_two_people_s_roles_joins_neither() -> None:
    rusk = _ent("E1", "Ada Rusk", _at("a", 10, 8), typ="PERSON", role="the secretary of state of Vell Province")
    kell = _ent("E2", "Tom Kell", _at("c", 10, 8), typ="PERSON", role="secretary of state for Lusk Province")
    quotes = (_quote("a", "E1", start=100), _quote("c", "E2", start=100),
              _quote("b", None, "secretary of state", text="Rumours drove people to the boats", start=100))
    assert len(headings(quotes, (rusk, kell))) == 3


def test_a_post_no_role_opens_stays_apart() -> None:
    rusk = _ent("E1", "Ada Rusk", _at("a", 10, 8), typ="PERSON", role="the governor of Vell Province")
    quotes = (_quote("a", "E1", start=100),
              _quote("b", None, "secretary of state", text="Rumours drove people to the boats", start=100))
    assert len(headings(quotes, (rusk,))) == 2


_HARBOUR = ("The pier could take 60 people, said a representative of the harbour board on Vell Radio. There were 90 "
            "aboard. “It was never meant as a ferry,” the official said.")


def _officials(words: str, before: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """The headings of a report quoting a ``before`` speaker and then "<words> said", read with and without the
    report's text."""
    text = _HARBOUR.replace("the official said", f"{words} said").replace(
        "a representative of the harbour board on Vell Radio", before)
    first = _quote("a", None, before, text="The pier could take 60 people", start=0)
    said = text.index("It was")
    official = _ent("E1", "official", _at("a", text.index(words), len(words)), typ="PERSON")
    second = _quote("a", "E1", text="It was never meant as a ferry,", start=said)
    entries = quote_ledger((first, second), (official,), lambda article: article, {"a": text})
    return sorted((e.name, len(e.quotes)) for e in entries), headings((first, second), (official,))


def test_the_official_is_the_official_its_report_quoted_just_before() -> None:
    joined, without_text = _officials("the official", "a representative of the harbour board on Vell Radio")
    assert joined == [("a representative of the harbour board on Vell Radio", 2)]
    assert len(without_text) == 2


def test_an_official_is_another_person() -> None:
    joined, _ = _officials("an official", "a representative of the harbour board on Vell Radio")
    assert len(joined) == 2


def test_the_official_after_a_minister_stays_apart() -> None:
    joined, _ = _officials("the official", "the harbour minister")
    assert len(joined) == 2


def test_a_body_s_data_are_the_body_s_word() -> None:
    government = _ent("E1", "government", _at("a", 90, 14))
    quotes = (_quote("a", "E1", text="900 cases were recorded", start=100),
              _quote("b", None, "government data", text="About 900 cases were recorded", start=100))
    assert headings(quotes, (government,)) == [("government", 2)]


def test_data_of_a_body_that_does_not_speak_stay_their_own() -> None:
    quotes = (_quote("a", None, "ministry", text="900 cases were recorded", start=100),
              _quote("b", None, "government data", text="About 900 cases were recorded", start=100))
    assert len(headings(quotes, ())) == 2


def test_a_company_broadcaster_joins_the_livestream_host_quoted_right_after() -> None:
    broadcaster = _ent("E1", "company broadcaster", typ="PERSON")
    host = _ent("E2", "Lena Marsh", _at("a", 290, 10), typ="PERSON", role="Zephyrix engineer and livestream host")
    quotes = (_quote("a", "E1", text="Mission control lost contact", start=80),
              _quote("a", "E2", text="We have lost the data", start=200))
    assert headings(quotes, (broadcaster, host)) == [("Lena Marsh", 2)]


def test_a_company_broadcaster_stays_apart_from_a_spokesman_quoted_after() -> None:
    broadcaster = _ent("E1", "company broadcaster", typ="PERSON")
    spokesman = _ent("E2", "Lena Marsh", _at("a", 290, 10), typ="PERSON", role="company spokesman")
    quotes = (_quote("a", "E1", text="Mission control lost contact", start=80),
              _quote("a", "E2", text="We have lost the data", start=200))
    assert len(headings(quotes, (broadcaster, spokesman))) == 2


def test_a_company_broadcaster_joins_the_host_titled_before_his_name_right_after() -> None:
    text = ("Mission control lost contact, a company broadcaster said. “We have lost the data,” Zephyrix engineer "
            "and livestream host Lena Marsh said.")
    said = text.index("We have")
    name = text.index("Lena")
    host = _ent("E2", "Lena Marsh", _at("a", name, 10), typ="PERSON")
    quotes = (_quote("a", None, "company broadcaster", text="Mission control lost contact", start=0),
              _quote("a", "E2", text="We have lost the data,", start=said))
    entries = quote_ledger(quotes, (host,), lambda article: article, {"a": text})
    assert [(e.name, len(e.quotes)) for e in entries] == [("Lena Marsh", 2)]
    entries = quote_ledger(quotes, (host,), lambda article: article, {"a": text.replace("livestream host", "pilot")})
    assert len(entries) == 2
