"""An honour written as a title before a name is the person's role, and the person speaks (blind QA round Q: a
sponsor's "Player of the Match" before the man of the match took his three quotes as a person of its own)."""

from __future__ import annotations

import pytest
from entity_helpers import entities as _entities
from entity_helpers import holding as _holding

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article


@pytest.mark.parametrize(
    ("text", "name", "award"),
    [
        (
            "“We like a close finish,” Visacard Player of the Match, Tomas van Rooyen, who made 19 tackles, said. "
            "“The last three games were tough.”\n\n“It shows what this side is made of.”\n",
            "Tomas van Rooyen",
            "Visacard Player of the Match",
        ),
        (
            "Man of the Match Aldo Brenner said: “The pitch was heavy and we kept going.”\n",
            "Aldo Brenner",
            "Man of the Match",
        ),
        (
            "“We never stopped believing,” said Coach of the Year Marit Solberg after the Kestria Cup final.\n",
            "Marit Solberg",
            "Coach of the Year",
        ),
    ],
)
def test_speakers_award_title_is_a_role_of_the_named_person(nlp, text: str, name: str, award: str) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text)
    doc = nlp(text)
    ents = extract_entities(article, doc, furniture=find_furniture(article, doc))
    quotes = extract_quotes(article, doc, ents)
    assert quotes
    assert {q.speaker for q in quotes} == {name}
    person = _holding(list(ents), text, name)
    assert person.role == award
    assert not any("Player" in e.name or "Coach" in e.name or "Man of" in e.name for e in ents)


def test_entities_award_after_a_name_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas van Rooyen, the Visacard Player of the Match, made 19 tackles in the Kestria Cup final.\n"
    ents = _entities(nlp, text)
    assert not any("Player" in e.name for e in ents)
