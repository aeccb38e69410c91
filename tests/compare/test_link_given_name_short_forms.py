"""A given name and its short form with one surname are one person across reports ("Nikos" / "Nikolaos"), while
two different given names with one surname stay two people (blind QA round X: the same spokesman under two
headers)."""

from __future__ import annotations

from compare_helpers import link as _link

from storyline.model import StoryEntity


def _holding(ents: tuple[StoryEntity, ...], texts: dict[str, str], article: str, form: str) -> StoryEntity:
    hits = [e for e in ents for m in e.mentions if m.article == article and texts[article][m.start : m.end] == form]
    assert hits, [(e.name, e.type, [texts[m.article][m.start : m.end] for m in e.mentions]) for e in ents]
    return hits[0]


def test_link_greek_short_given_name_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": "The coast guard located the boat, Nikolaos Varvakis, spokesperson of the shipping ministry, told"
        " Kestrian television on Thursday.\n",
        "y": "“We could not board such a vessel,” coast guard spokesperson Nikos Varvakis told state radio.\n",
    }
    ents = _link(nlp, texts)
    assert _holding(ents, texts, "y", "Nikos Varvakis") is _holding(ents, texts, "x", "Nikolaos Varvakis")


def test_link_two_given_names_of_one_surname_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": "The coast guard located the boat, Nikolaos Varvakis, spokesperson of the shipping ministry, told"
        " Kestrian television on Thursday.\n",
        "y": "“We are still waiting for news,” said Nikandros Varvakis, whose brother was on board.\n",
    }
    ents = _link(nlp, texts)
    assert _holding(ents, texts, "y", "Nikandros Varvakis") is not _holding(ents, texts, "x", "Nikolaos Varvakis")
