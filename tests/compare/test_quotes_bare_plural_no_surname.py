"""A bare plural at a sentence's start ("Officials this week confirmed ...") is no surname: it is not given to the
one "person" of the story whose name ends on that word ("Ostmark officials", a description the small model typed
a person, from another report). Blind QA round AV: Baltimore's officials headed "Georgia officials". All names
here are invented."""

from __future__ import annotations

from storyline.compare.quotes import by_surname
from storyline.model import Span, StoryEntity


def _person(eid: str, name: str) -> StoryEntity:
    return StoryEntity(id=eid, name=name, type="PERSON", mentions=(Span(article="b", start=0, end=len(name)),))


def test_a_bare_plural_is_no_surname_of_a_description() -> None:
    assert by_surname("Officials", [_person("E1", "Ostmark officials")]) is None


def test_a_surname_alone_still_names_the_one_person_of_it() -> None:
    assert by_surname("Kell", [_person("E1", "Mira Kell")]) == "E1"
