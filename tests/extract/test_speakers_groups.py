"""A group of people speaking together is not the one of them named last (blind QA round Q: "All three university
presidents said" went to the last president named)."""

from __future__ import annotations

import pytest

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article

_HEARING = (
    "Rector Ana Ruiz was joined at the hearing by Kestria Institute of Technology president Marta Olsen and "
    "then-Dorvan University president Lena Voss. {subject} said that the rules were context-dependent.\n"
)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("All three university presidents", "All three university presidents"),
        ("The university presidents", "university presidents"),
        ("Both university presidents", "Both university presidents"),
    ],
)
def test_speakers_group_subject_is_no_single_person(nlp, subject: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    text = _HEARING.format(subject=subject)
    article = Article(id="t", text=text)
    doc = nlp(text)
    quotes = extract_quotes(article, doc, extract_entities(article, doc, furniture=find_furniture(article, doc)))
    said = [q for q in quotes if "context-dependent" in q.text]
    assert [q.speaker for q in said] == [speaker]


def test_speakers_one_titled_person_is_still_found(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _HEARING.format(subject="The Dorvan University president")
    article = Article(id="t", text=text)
    doc = nlp(text)
    quotes = extract_quotes(article, doc, extract_entities(article, doc, furniture=find_furniture(article, doc)))
    assert [q.speaker for q in quotes if "context-dependent" in q.text] == ["Lena Voss"]
