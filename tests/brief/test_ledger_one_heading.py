"""Blind QA round V: one speaker is one heading of the quote ledger, whatever the linking of the reports left
apart ("Mira Kell" a person in one report, an organisation in another; a speaker known by name only)."""

from __future__ import annotations

from storyline.brief.ledger import quote_ledger
from storyline.model import Span, StoryEntity, StoryQuote


def _quote(article: str, speaker: str | None, name: str | None = None) -> StoryQuote:
    span = Span(article=article, start=0, end=9)
    return StoryQuote(span=span, text="We cleared the tower", kind="direct", speaker=speaker, speaker_name=name)


def test_two_entities_of_one_name_are_one_heading_under_the_one_with_a_role() -> None:
    plain = StoryEntity(id="E1", name="Mira Kell", type="ORG", mentions=())
    titled = StoryEntity(id="E2", name="Mira Kell", type="PERSON", mentions=(), role="a Zephyrix engineer")
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("b", "E2"))
    ledger = quote_ledger(quotes, (plain, titled), lambda article: article.upper())
    assert [(e.name, e.role, len(e.quotes)) for e in ledger] == [("Mira Kell", "a Zephyrix engineer", 3)]


def test_a_name_only_speaker_joins_the_entity_of_that_name() -> None:
    kell = StoryEntity(id="E1", name="Mira Kell", type="PERSON", mentions=())
    ledger = quote_ledger((_quote("a", "E1"), _quote("b", None, "Mira Kell")), (kell,), lambda article: article)
    assert [(e.name, e.speaker, len(e.quotes)) for e in ledger] == [("Mira Kell", kell, 2)]


def test_two_names_stay_two_headings() -> None:
    kell = StoryEntity(id="E1", name="Mira Kell", type="PERSON", mentions=())
    lund = StoryEntity(id="E2", name="Ivo Lund", type="PERSON", mentions=())
    ledger = quote_ledger((_quote("a", "E1"), _quote("b", "E2")), (kell, lund), lambda article: article)
    assert sorted(e.name for e in ledger) == ["Ivo Lund", "Mira Kell"]


def test_a_name_with_and_without_its_article_is_one_heading() -> None:
    quotes = (_quote("a", None, "Harbour Commission"), _quote("a", None, "the Harbour Commission"))
    ledger = quote_ledger(quotes, (), lambda article: article)
    assert [(e.name, len(e.quotes)) for e in ledger] == [("Harbour Commission", 2)]


def test_two_spellings_of_one_titled_name_are_one_heading() -> None:
    # round W: one mayor transliterated two ways by two reports
    one = StoryEntity(id="E1", name="Abdulhalim Al Qadri", type="PERSON", mentions=(), role="Mayor")
    two = StoryEntity(id="E2", name="Abdel-Haleem al-Qadri", type="PERSON", mentions=(), role="The mayor of Ardel")
    ledger = quote_ledger((_quote("a", "E1"), _quote("b", "E2")), (one, two), lambda article: article)
    assert [(e.name, len(e.quotes)) for e in ledger] == [("Abdulhalim Al Qadri", 2)]


def test_spellings_alike_with_other_roles_or_other_given_names_stay_apart() -> None:
    mayor = StoryEntity(id="E1", name="Abdulhalim Al Qadri", type="PERSON", mentions=(), role="Mayor")
    doctor = StoryEntity(id="E2", name="Abdel-Haleem al-Qadri", type="PERSON", mentions=(), role="a doctor")
    brother = StoryEntity(id="E3", name="Yusuf al-Qadri", type="PERSON", mentions=(), role="the mayor's deputy mayor")
    entities = (mayor, doctor, brother)
    ledger = quote_ledger((_quote("a", "E1"), _quote("b", "E2"), _quote("c", "E3")), entities, lambda a: a)
    assert len(ledger) == 3


def test_a_speaker_named_by_the_role_of_one_person_joins_that_person() -> None:
    # round W: a headline's "Zephyrix CEO apologizes ..., says ..." and the body's "Zephyrix CEO Ivo Lund"
    lund = StoryEntity(id="E1", name="Ivo Lund", type="PERSON", mentions=(), role="Zephyrix CEO")
    quotes = (_quote("a", "E1"), _quote("b", None, "Zephyrix CEO"))
    ledger = quote_ledger(quotes, (lund,), lambda article: article)
    assert [(e.name, len(e.quotes)) for e in ledger] == [("Ivo Lund", 2)]


def test_a_role_two_people_hold_joins_neither() -> None:
    kell = StoryEntity(id="E1", name="Mira Kell", type="PERSON", mentions=(), role="Mayor")
    lund = StoryEntity(id="E2", name="Ivo Lund", type="PERSON", mentions=(), role="mayor")
    quotes = (_quote("a", "E1"), _quote("b", "E2"), _quote("c", None, "Mayor"))
    ledger = quote_ledger(quotes, (kell, lund), lambda article: article)
    assert sorted(e.name for e in ledger) == ["Ivo Lund", "Mayor", "Mira Kell"]


def test_a_speaker_named_by_a_role_written_the_other_way_joins_its_holder() -> None:
    # "Zephyrix CEO says ..." in a headline, "Ivo Lund, the CEO of Zephyrix, said" in the body
    lund = StoryEntity(id="E1", name="Ivo Lund", type="PERSON", mentions=(), role="the CEO of Zephyrix")
    ledger = quote_ledger((_quote("a", "E1"), _quote("b", None, "Zephyrix CEO")), (lund,), lambda article: article)
    assert [(e.name, len(e.quotes)) for e in ledger] == [("Ivo Lund", 2)]
