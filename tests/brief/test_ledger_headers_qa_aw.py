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
