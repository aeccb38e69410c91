"""Blind QA rounds AZ and BA: one heading per speaker. A bare title the small model read as a person ("President",
of "President of the Tide Court Lady Vell"); a shorter description of a body inside its fuller name ("provincial
government" of "Vardo provincial government"); a title fused into a name ("MP Ada Rusk"); one person a report
names by the short form of a given name. All names here are invented."""

from __future__ import annotations

from brief.ledger_helpers import at as _at
from brief.ledger_helpers import entity as _ent
from brief.ledger_helpers import headings
from brief.ledger_helpers import quote as _quote
from storyline.brief.ledger import quote_ledger


def test_a_bare_title_is_the_one_named_speaker_holding_it() -> None:
    reed = _ent("E1", "Lady Vell", _at("b", 10, 9), typ="PERSON", role="Tide Court president")
    title = _ent("E2", "President", _at("a", 10, 9), typ="PERSON")
    quotes = (_quote("a", "E2", text="there would be a risk of return"), _quote("b", "E1", text="We agree with them"))
    assert headings(quotes, (reed, title)) == [("Lady Vell", 2)]


def test_a_bare_title_two_named_people_hold_joins_neither() -> None:
    vell = _ent("E1", "Lady Vell", _at("b", 10, 9), typ="PERSON", role="Tide Court president")
    rusk = _ent("E3", "Ada Rusk", _at("c", 10, 8), typ="PERSON", role="Ostland president")
    title = _ent("E2", "President", _at("a", 10, 9), typ="PERSON")
    quotes = (_quote("a", "E2", text="there would be a risk of return"), _quote("b", "E1", text="We agree with them"),
              _quote("c", "E3", text="We regret the ruling"))
    assert len(headings(quotes, (vell, rusk, title))) == 3


def _entry(text: str, name: str, role: str | None = None) -> tuple[str, str | None]:
    """The heading's name and role of the one speaker ``name`` whose mention stands in ``text``."""
    person = _ent("E1", name, _at("a", text.index(name), len(name)), typ="PERSON", role=role)
    quotes = (_quote("a", "E1", text="the plan as a rushed fix", start=len(text) - 30),)
    (entry,) = quote_ledger(quotes, (person,), lambda article: article, {"a": text})
    return entry.name, entry.role


def test_a_title_fused_into_a_name_is_the_role() -> None:
    text = "The bill passed. Independent MP Ada Rusk today described the plan as a rushed fix for a real harm."
    assert _entry(text, "MP Ada Rusk") == ("Ada Rusk", "Independent MP")


def test_a_fused_title_alone_is_the_role() -> None:
    text = "The bill passed late on Tuesday. MP Ada Rusk said she described the plan as a rushed fix for a harm."
    assert _entry(text, "MP Ada Rusk") == ("Ada Rusk", "MP")


def test_a_title_before_one_name_alone_is_kept_whole() -> None:
    text = "The bill passed late on Tuesday. Senator Vell said she described the plan as a rushed fix for a harm."
    assert _entry(text, "Senator Vell") == ("Senator Vell", None)


def test_a_shorter_description_inside_one_fuller_name_is_that_body() -> None:
    full = _ent("E1", "Vardo provincial government", _at("a", 10, 27))
    short = _ent("E2", "provincial government", _at("b", 10, 21))
    other = _ent("E3", "provincial authorities", _at("c", 10, 22))
    department = _ent("E4", "Vardo Department of Roads", _at("c", 60, 25))
    quotes = (_quote("a", "E1", text="the coach left the bridge"), _quote("b", "E2", text="search operations go on"),
              _quote("c", "E3", text="the coach had a foreign plate"), _quote("c", "E4", text="one girl survived"))
    assert headings(quotes, (full, short, other, department)) == [
        ("Vardo Department of Roads", 1), ("Vardo provincial government", 2), ("provincial authorities", 1)]


def test_a_shorter_description_inside_two_fuller_names_joins_neither() -> None:
    one = _ent("E1", "Vardo health ministry", _at("a", 10, 21))
    two = _ent("E3", "Ostland health ministry", _at("c", 10, 23))
    short = _ent("E2", "health ministry", _at("b", 10, 15))
    quotes = (_quote("a", "E1", text="the toll rose to nine"), _quote("b", "E2", text="no aid has come in weeks"))
    assert len(headings(quotes, (one, two, short))) == 2


def _fire_story(short: str, long: str, short_text: str, *, long_article: str = "b") -> list[tuple[str, int]]:
    """The headings of a story where report "a" quotes ``short`` as ``short_text`` puts it and report
    ``long_article`` quotes ``long``, an assistant chief of Harlow Fire Rescue."""
    said = f"{long}, assistant chief of operations for Harlow Fire Rescue, said so."
    texts = {"a": f"{short_text} {said}"} if long_article == "a" else {"a": short_text, long_article: said}
    one = _ent("E1", short, _at("a", short_text.index(short), len(short)), typ="PERSON")
    two = _ent("E2", long, _at(long_article, texts[long_article].index(long), len(long)), typ="PERSON",
               role="assistant chief of operations for Harlow Fire Rescue")
    quotes = (_quote("a", "E1", text="Ten people were treated at the scene", start=200),
              _quote(long_article, "E2", text="35 people were pulled out", start=300))
    return sorted((e.name, len(e.quotes)) for e in quote_ledger(quotes, (one, two), lambda a: a, texts))


def test_a_short_given_name_of_the_same_surname_and_body_is_one_person() -> None:
    text = "Ten people were treated at the scene, according to Ray Tovan of Harlow Fire & Rescue."
    assert _fire_story("Ray Tovan", "Raide Tovan", text) == [("Raide Tovan", 2)]


def test_the_same_surname_and_body_with_another_given_name_is_two_people() -> None:
    text = "Ten people were treated at the scene, according to Mira Tovan of Harlow Fire & Rescue."
    assert len(_fire_story("Mira Tovan", "Raide Tovan", text)) == 2


def test_a_short_given_name_of_another_body_is_another_person() -> None:
    text = "Ten people were treated at the scene, according to Ray Tovan of the Vell Hospital Trust."
    assert len(_fire_story("Ray Tovan", "Raide Tovan", text)) == 2


def test_a_short_given_name_the_same_report_names_beside_the_long_one_is_another_person() -> None:
    text = "Ten people were treated at the scene, according to Ray Tovan of Harlow Fire & Rescue."
    assert len(_fire_story("Ray Tovan", "Raide Tovan", text, long_article="a")) == 2


def _speakers_of(text: str, clause: str, name: str) -> list[tuple[str, int]]:
    quote = _quote("a", None, name, text=clause, start=text.index(clause))
    post = _quote("a", None, "Facebook post", text="She is in hospital", start=text.index("She is"))
    entries = quote_ledger((quote, post), (), lambda a: a, {"a": text})
    return sorted((e.name, len(e.quotes)) for e in entries)


def test_reports_are_no_speaker_the_words_go_to_the_one_the_sentence_names_after_them() -> None:
    text = ("According to reports, the driver lost control of the coach, read the Facebook post. "
            "She is in hospital, per the Facebook post.")
    assert _speakers_of(text, "the driver lost control of the coach", "reports") == [("Facebook post", 2)]


def test_reports_naming_no_one_after_them_are_unattributed() -> None:
    text = "According to reports, the driver lost control of the coach. She is in hospital, per the Facebook post."
    assert _speakers_of(text, "the driver lost control of the coach", "reports") == [
        ("Facebook post", 1), ("Unattributed", 1)]


def test_reports_whose_clause_keeps_the_closing_speaker_are_that_speaker_s() -> None:
    text = ("According to reports, the driver lost control of the coach, read the Facebook post. "
            "She is in hospital, per the Facebook post.")
    clause = "the driver lost control of the coach, read the Facebook post"
    assert _speakers_of(text, clause, "reports") == [("Facebook post", 2)]
