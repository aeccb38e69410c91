"""Two people of a story who share a surname stay two: a woman called "Ms Ferro" in one report is not the
President named Ferro in another, nor is a mayor the president (blind QA round O, a mayor's words moved to the
president)."""

from __future__ import annotations

from compare_helpers import link as _link

from storyline.model import StoryEntity


def _holding(ents: tuple[StoryEntity, ...], article: str, form: str, texts: dict[str, str]) -> StoryEntity:
    hits = [e for e in ents for m in e.mentions if m.article == article and texts[article][m.start : m.end] == form]
    assert hits, [e.name for e in ents]
    return hits[0]


def test_link_a_woman_by_surname_is_not_a_man_of_that_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a": "President Carlos Ferro Vidal flew to the coast on Thursday. He said the army would help.",
        "b": "The storm is stronger than the one in 1988, Ms Ferro said. She asked people to stay home.",
    }
    ents = _link(nlp, texts)
    president = _holding(ents, "a", "Carlos Ferro Vidal", texts)
    ms_ferro = _holding(ents, "b", "Ms Ferro", texts)
    assert president != ms_ferro
    assert president.name == "Carlos Ferro Vidal"


def test_link_a_mayor_by_surname_is_not_the_president(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a": "Corvana President Carlos Ferro Vidal flew to the coast on Thursday.",
        "b": "The schools will stay shut, Mayor Ferro told reporters on Friday.",
    }
    ents = _link(nlp, texts)
    assert _holding(ents, "a", "Carlos Ferro Vidal", texts) != _holding(ents, "b", "Ferro", texts)


def test_link_a_surname_still_finds_its_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a": "President Carlos Ferro Vidal flew to the coast on Thursday. He said the army would help.",
        "b": "The army will reopen the road, Mr Ferro told reporters on Friday. He spoke in Corvana.",
    }
    ents = _link(nlp, texts)
    assert _holding(ents, "a", "Carlos Ferro Vidal", texts) == _holding(ents, "b", "Mr Ferro", texts)
