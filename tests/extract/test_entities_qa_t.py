"""Blind QA round T: a name after a rank written short ("Lt. Col.", "Rear Adm.") is the person, the rank and the
body before it his title; a platform is never a person ("Taking to Twitter, he wrote"); a name opened by an
accented given name with particles ("María del Carmen ...") is a person's, whatever the small model calls it."""

from __future__ import annotations

import pytest
from entity_helpers import forms as _forms

from storyline.extract import genders
from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.ingest.meta import infer_title
from storyline.model import Article, Entity, Quote


def _read(nlp, text: str) -> tuple[list[Entity], list[Quote]]:  # type: ignore[no-untyped-def]
    """The entities and quotes of ``text``, its title read from its headline line as the CLI reads a file."""
    article = infer_title(Article(id="t", text=text))
    doc = nlp(text)
    ents = extract_entities(article, doc, furniture=find_furniture(article, doc))
    return list(ents), list(extract_quotes(article, doc, ents))


def _speakers(quotes: list[Quote], words: str) -> set[str | None]:
    return {q.speaker for q in quotes if words in q.text}


@pytest.mark.parametrize(
    ("text", "words", "speaker", "rank"),
    [
        (
            "Search resumes\n\nMaryland State Police Superintendent Lt. Col. Dorian Vaskell said Tuesday night that "
            "“shifting tides” had made it “risky for divers in the water.”\n",
            "shifting tides",
            "Dorian Vaskell",
            "Lt. Col.",
        ),
        (
            "Search resumes\n\nU.S. Coast Guard Rear Adm. Ilsa Marwick cited the cold water as a reason for moving "
            "to a “recovery operation.”\n",
            "recovery operation",
            "Ilsa Marwick",
            "Rear Adm.",
        ),
    ],
)
def test_entities_qa_t_name_after_rank_speaks(nlp, text: str, words: str, speaker: str, rank: str) -> None:  # type: ignore[no-untyped-def]
    ents, quotes = _read(nlp, text)
    assert _speakers(quotes, words) == {speaker}
    person = next(e for e in ents if e.name == speaker)
    assert person.type == "PERSON"
    assert person.role is not None
    assert person.role.endswith(rank)


@pytest.mark.parametrize(
    "text",
    [
        "Search resumes\n\nMaryland State Police Superintendent Lt. Col. Dorian Vaskell said Tuesday night that "
        "“shifting tides” had made it “risky for divers in the water.”\n",
        "Search resumes\n\nU.S. Coast Guard Rear Adm. Ilsa Marwick cited the cold water as a reason for moving to a "
        "“recovery operation.”\n",
    ],
)
def test_entities_qa_t_body_before_rank_ends_at_its_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ents, _ = _read(nlp, text)
    bodies = [e.name for e in ents if e.type != "PERSON"]
    assert not any(n.endswith(("Adm", "Adm.", "Superintendent", "Col.")) for n in bodies), bodies


def test_entities_qa_t_rank_alone_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Talks\n\nPentagon Press Secretary Brig. Gen. Pat Ordway said the plan was good.\n"
    ents, quotes = _read(nlp, text)
    assert "Brig." not in {e.name for e in ents}
    assert _speakers(quotes, "the plan was good") == {"Pat Ordway"}


def test_entities_qa_t_platform_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harlow Labs shaken\n\nShockwaves spread this morning when the firm’s co-founder and president, Tobias "
        "Renwick, also announced his sudden departure.\n\nTaking to Twitter, he wrote: “After today, I am done.”\n"
    )
    ents, quotes = _read(nlp, text)
    twitter = next(e for e in ents if e.name == "Twitter")
    assert twitter.type == "ORG"
    assert _forms(text, twitter) == ["Twitter"]
    assert _speakers(quotes, "I am done") == {"Tobias Renwick"}


def test_entities_qa_t_accented_particled_name_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Workers missing\n\nThe firm named no one, but María del Carmen Castellón told Radio Norte her husband, "
        "49-year-old Tomas Ibarra, is one of them.\n\nWhile access is restricted, family members like Castellón "
        "were able to get in while they waited for news.\n\n“They only tell us that we have to wait,” she said "
        "earlier in the day.\n"
    )
    ents, quotes = _read(nlp, text)
    her = next(e for e in ents if e.name == "María del Carmen Castellón")
    assert her.type == "PERSON"
    assert _speakers(quotes, "we have to wait") == {"María del Carmen Castellón"}


@pytest.mark.parametrize(("word", "given"), [("María", True), ("José", True), ("Castellón", False)])
def test_genders_qa_t_given_name_without_accents(word: str, given: bool) -> None:
    assert genders.given_name(word) is given
