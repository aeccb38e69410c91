"""The quote ledger: a capitalised speaker that is a role, not a name ("Harbour Office minister", a headline's subject
the small model types a person), joins the one person of the story who holds that post; a post two people hold
joins neither, and a prime minister is no "Harbour Office minister"."""

from __future__ import annotations

from storyline.brief.ledger import quote_ledger
from storyline.model import Span, StoryEntity, StoryQuote


def _quote(article: str, speaker: str | None) -> StoryQuote:
    span = Span(article=article, start=0, end=9)
    return StoryQuote(span=span, text="I am a distraction", kind="partial", speaker=speaker)


def _headings(quotes: tuple[StoryQuote, ...], entities: tuple[StoryEntity, ...]) -> list[tuple[str, int]]:
    return sorted((e.name, len(e.quotes)) for e in quote_ledger(quotes, entities, lambda article: article))


_BERG = StoryEntity(id="E1", name="Tomas Berg", type="PERSON", mentions=(), role="minister")
_KELL = StoryEntity(id="E2", name="Ada Kell", type="PERSON", mentions=(), role="prime minister")
_HEADER = StoryEntity(id="E3", name="Harbour Office minister", type="PERSON", mentions=())


def test_a_capitalised_role_header_joins_the_one_person_holding_that_post() -> None:
    quotes = (_quote("a", "E3"), _quote("b", "E1"), _quote("c", "E2"))
    assert _headings(quotes, (_BERG, _KELL, _HEADER)) == [("Ada Kell", 1), ("Tomas Berg", 2)]


def test_a_capitalised_role_header_two_people_hold_joins_neither() -> None:
    other = StoryEntity(id="E4", name="Ines Moro", type="PERSON", mentions=(), role="minister")
    quotes = (_quote("a", "E3"), _quote("b", "E1"), _quote("c", "E4"))
    assert _headings(quotes, (_BERG, other, _HEADER)) == [
        ("Harbour Office minister", 1), ("Ines Moro", 1), ("Tomas Berg", 1)]


def test_a_carrier_giving_the_quote_to_the_speaker_joined_under_the_heading_is_no_other_speaker() -> None:
    # the headline gives the line to "Harbour Office minister"; a second report gives it to Tomas Berg by name
    span = Span(article="a", start=0, end=9)
    headline = StoryQuote(span=span, text="I am a distraction", kind="partial", speaker="E3",
                          same_as=(Span(article="b", start=0, end=9),),
                          also_attributed=((Span(article="b", start=0, end=9), "E1"),))
    entries = quote_ledger((headline, _quote("b", "E1")), (_BERG, _KELL, _HEADER), lambda article: article)
    berg = next(e for e in entries if e.name == "Tomas Berg")
    assert [lq.quote.also_attributed for lq in berg.quotes] == [(), ()]
