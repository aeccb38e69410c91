"""Blind QA rounds AX and AY: one heading per speaker. A name one report prints with its accents and another
without; a company one report introduces with a description before its name. All names here are invented."""

from __future__ import annotations

from dataclasses import replace

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _ent
from brief.ledger_helpers import headings
from brief.ledger_helpers import quote as _quote
from storyline.brief.ledger import quote_ledger


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


_LEDE = ("The outage began at the border link, the head of a trade body that speaks for Ostland's grid said.\n\n"
         "Ana Kell, of Voltgrid, told a radio station the link failed first.")


def _lede_ledger(text: str) -> list[tuple[str, int]]:
    first = text.index("Ana Kell")
    person = _ent("E1", "Ana Kell", _at("a", first, 8), typ="PERSON")
    quotes = (_quote("a", None, "head of a trade body", text=text[4:33], start=4),
              _quote("a", "E1", text="the link failed first", start=text.index("the link")))
    entries = quote_ledger(quotes, (person,), lambda article: article, {"a": text})
    return sorted((e.name, len(e.quotes)) for e in entries)


def test_the_head_of_a_trade_body_is_the_person_the_next_paragraph_names_and_quotes() -> None:
    assert _lede_ledger(_LEDE) == [("Ana Kell", 2)]


def test_the_head_of_a_trade_body_is_not_a_person_who_also_speaks() -> None:
    assert len(_lede_ledger(_LEDE.replace("told a radio", "also told a radio"))) == 2


def test_the_head_of_a_trade_body_is_not_a_person_named_before() -> None:
    text = "Ana Kell spoke first. " + _LEDE
    assert len(_lede_ledger(text)) == 2


_TRIAL = "The point was never whether Tom Rell lied. In May, the Unity lawyer signed a statement saying he lied."


def _trial_ledger(text: str, role: str) -> list[tuple[str, int]]:
    person = _ent("E1", "Tom Rell", _at("a", text.index("Tom Rell"), 8), typ="PERSON", role=role)
    at = text.index("the Unity lawyer") if "the Unity" in text else text.index("a Unity lawyer")
    lawyer = _ent("E2", "Unity lawyer", _at("a", at, 16), typ="PERSON")
    quotes = (_quote("b", "E1", text="I never lied", start=10),
              _quote("a", "E2", text="he lied", start=len(text) - 8))
    entries = quote_ledger(quotes, (person, lawyer), lambda article: article, {"a": text})
    return sorted((e.name, len(e.quotes)) for e in entries)


def test_the_party_s_lawyer_is_the_attorney_the_report_just_named() -> None:
    assert _trial_ledger(_TRIAL, "former mayor and onetime attorney to the governor") == [("Tom Rell", 2)]


def test_a_party_s_lawyer_is_another_person() -> None:
    assert len(_trial_ledger(_TRIAL.replace("the Unity", "a Unity"), "onetime attorney to the governor")) == 2


def test_the_party_s_lawyer_is_no_one_whose_role_is_another_trade() -> None:
    assert len(_trial_ledger(_TRIAL, "former mayor of the city")) == 2


def test_a_name_with_a_stray_quotation_mark_is_the_name_without_it() -> None:
    one = _ent("E1", "Annie Kell", _at("a", 10, 10), typ="PERSON", role="Vell's daughter")
    two = _ent("E2", "Annie” Kell", _at("b", 10, 11))
    quotes = (_quote("a", "E1", text="The lies changed our lives"), _quote("b", "E2", text="to keep up the fight"))
    assert headings(quotes, (one, two)) == [("Annie Kell", 2)]


_SAID = "This award is the financial ruin of a proud family."
_COURT = f"At the start, Tom Vell, the mayor's attorney told the court: \u201c{_SAID}\u201d"


def _court_ledger(text: str, phrase: str = "financial ruin of a proud family") -> list[tuple[str, int]]:
    person = _ent("E1", "Tom Vell", _at("b", text.index("Tom Vell"), 8), typ="PERSON")
    described = _ent("E2", "his defense attorney", _at("a", 10, 20), typ="PERSON")
    quotes = (_quote("b", "E1", text=_SAID, kind="direct", start=text.index("This")),
              _quote("a", "E2", text=phrase, kind="partial", start=60))
    entries = quote_ledger(quotes, (person, described), lambda article: article, {"b": text})
    return sorted((e.name, len(e.quotes)) for e in entries)


def test_a_described_attorney_is_the_named_attorney_another_report_quotes_in_full() -> None:
    assert _court_ledger(_COURT) == [("Tom Vell", 2)]


def test_a_described_attorney_is_not_a_named_person_of_another_trade() -> None:
    assert len(_court_ledger(_COURT.replace("attorney", "brother"))) == 2


def test_a_described_attorney_is_not_one_who_shares_no_phrase() -> None:
    assert len(_court_ledger(_COURT, "a shameful verdict of the court")) == 2


def _whose(text: str, cue: str = "had recommended") -> list[str]:
    said = "the jury award $2 million"
    quote = replace(_quote("a", None, "Attorneys", text=said, start=text.index(said)), cue=cue)
    return [e.name for e in quote_ledger((quote,), (), lambda article: article, {"a": text})]


def test_attorneys_for_someone_keep_whose_they_are() -> None:
    assert _whose("Attorneys for the plaintiffs had recommended the jury award $2 million.") == [
        "Attorneys for the plaintiffs"]


def test_attorneys_for_a_while_are_only_attorneys() -> None:
    assert _whose("Attorneys for the past decade had recommended the jury award $2 million.") == ["Attorneys"]


def test_an_official_relaying_a_government_s_words_is_one_entry_under_the_government() -> None:
    said = "the fault came from abroad"
    relay = replace(_quote("a", None, "an official", text=f"The Ostland government said {said}", start=100), cue="told")
    own = replace(_quote("a", None, "Ostland government", text=said, start=128), cue="said")
    assert headings((relay, own), ()) == [("Ostland government", 1)]


def test_a_clause_with_more_than_another_s_words_stays() -> None:
    said = "the fault came from abroad"
    outer = _quote("a", None, "official", text=f"The Ostland government said {said} and repairs began", start=100)
    own = _quote("a", None, "Ostland government", text=said, start=128)
    assert len(headings((outer, own), ())) == 2
