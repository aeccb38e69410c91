"""The quote ledger: a speaker known by a description that is one named person's role, by a title and surname
run on to other words, or by a name spelled with full stops, is shown under that person's or body's heading."""

from __future__ import annotations

from storyline.brief.ledger import quote_ledger
from storyline.model import Span, StoryEntity, StoryQuote


def _quote(article: str, speaker: str | None, name: str | None = None) -> StoryQuote:
    span = Span(article=article, start=0, end=9)
    return StoryQuote(span=span, text="We cleared the tower", kind="indirect", speaker=speaker, speaker_name=name)


def _headings(quotes: tuple[StoryQuote, ...], entities: tuple[StoryEntity, ...]) -> list[tuple[str, int]]:
    return sorted((e.name, len(e.quotes)) for e in quote_ledger(quotes, entities, lambda article: article))


_CORRAN = StoryEntity(id="E1", name="Tim Corran", type="PERSON", mentions=(), role="Glenfield Police Chief")
_RUSK = StoryEntity(id="E2", name="Ada Rusk", type="PERSON", mentions=(), role="Rusk's mother")


def test_a_role_description_joins_the_one_person_holding_that_role() -> None:
    mother = StoryEntity(id="E3", name="his mother", type="PERSON", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", None, "Police Chief"), _quote("c", None, "chief"),
              _quote("a", "E2"), _quote("d", "E3"))
    assert _headings(quotes, (_CORRAN, _RUSK, mother)) == [("Ada Rusk", 2), ("Tim Corran", 3)]


def test_a_role_two_people_hold_joins_neither() -> None:
    other = StoryEntity(id="E3", name="Mara Lisk", type="PERSON", mentions=(), role="the fire brigade's chief")
    quotes = (_quote("a", "E1"), _quote("b", "E3"), _quote("c", None, "chief"))
    assert _headings(quotes, (_CORRAN, other)) == [("Mara Lisk", 1), ("Tim Corran", 1), ("chief", 1)]


def test_a_role_ending_a_run_of_words_is_not_matched_by_its_tail() -> None:
    # a role the small model ran on into the report's words: "officer" is not this man
    victim = StoryEntity(id="E1", name="Dale Wren", type="PERSON", mentions=(),
                         role="a young man, the result of a shot by a police officer")
    quotes = (_quote("a", "E1"), _quote("b", None, "officer"))
    assert _headings(quotes, (victim,)) == [("Dale Wren", 1), ("officer", 1)]


def test_a_surname_after_a_title_or_a_comma_joins_the_one_person_of_that_surname() -> None:
    titled = StoryEntity(id="E3", name="Glenfield Chief Corran", type="WORK_OF_ART", mentions=())
    comma = StoryEntity(id="E4", name="Bureau of Inquiry, Corran", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", "E3"), _quote("c", "E4"))
    assert _headings(quotes, (_CORRAN, titled, comma)) == [("Tim Corran", 3)]


def test_a_surname_two_people_bear_joins_neither() -> None:
    brother = StoryEntity(id="E3", name="Pol Corran", type="PERSON", mentions=())
    comma = StoryEntity(id="E4", name="Bureau of Inquiry, Corran", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", "E3"), _quote("c", "E4"))
    assert len(_headings(quotes, (_CORRAN, brother, comma))) == 3


def test_a_name_with_full_stops_is_the_name_without() -> None:
    navy = StoryEntity(id="E1", name="US Coastal Survey", type="ORG", mentions=())
    quotes = (_quote("a", "E1"), _quote("b", None, "The U.S. Coastal Survey"))
    assert _headings(quotes, (navy,)) == [("US Coastal Survey", 2)]


def _said(article: str, speaker: str | None, name: str | None = None) -> StoryQuote:
    return StoryQuote(span=Span(article=article, start=0, end=9), text="The port stays shut", kind="indirect",
                      speaker=speaker, speaker_name=name)


def test_a_bare_word_joins_the_one_speaker_of_its_report_whose_name_holds_it() -> None:
    # "A statement from the Harbour Board said ... The statement added ..."; "the ministry stated"
    board = StoryEntity(id="E1", name="Ministry of Coastal Affairs", type="ORG", mentions=())
    ministry = StoryEntity(id="E2", name="ministry", type="ORG", mentions=())
    quotes = (_said("a", None, "statement from the Harbour Board"), _said("a", None, "statement"),
              _said("b", "E1"), _said("b", "E2"))
    assert _headings(quotes, (board, ministry)) == [("Ministry of Coastal Affairs", 2),
                                                    ("statement from the Harbour Board", 2)]


def test_a_bare_word_stays_when_its_report_has_two_speakers_holding_it_or_none() -> None:
    quotes = (_said("a", None, "statement from the Harbour Board"), _said("a", None, "joint statement"),
              _said("a", None, "statement"), _said("b", None, "ministry"), _said("c", None, "Ministry of Ports"))
    assert len(_headings(quotes, ())) == 5
