"""Cross-report linking of an outlet's short form with its full name, and of a surname spelt with one letter more
(blind QA round Q: "the Crimson" and "the Harvard Crimson" were two outlets, "Frizell" and "Frizzell" two men)."""

from __future__ import annotations

from compare_helpers import link as _link

from storyline.model import StoryEntity


def _holding(ents: tuple[StoryEntity, ...], texts: dict[str, str], article: str, form: str) -> StoryEntity:
    hits = [e for e in ents for m in e.mentions if m.article == article and texts[article][m.start : m.end] == form]
    assert hits, [(e.name, e.type, [texts[m.article][m.start : m.end] for m in e.mentions]) for e in ents]
    return hits[0]


_PAPER = {
    "x": "Her resignation, first reported by the Brackenford Maroon, ends a six-month tenure at the college.\n",
    "y": "Her predecessor, Lionel T. Varrow, earned more than $1.3 million in calendar year 2021, The Maroon reported "
    "in May.\n",
}


def test_link_short_form_of_an_outlet_is_that_outlet(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(nlp, _PAPER)
    paper = _holding(ents, _PAPER, "x", "Brackenford Maroon")
    assert _holding(ents, _PAPER, "y", "Maroon") is paper
    assert paper.type == "ORG"


def test_link_short_form_of_two_outlets_is_neither(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"x": _PAPER["x"], "z": "The Dorvan Maroon, a rival paper, was sold in June.\n", "y": _PAPER["y"]}
    ents = _link(nlp, texts)
    assert _holding(ents, texts, "y", "Maroon") is not _holding(ents, texts, "x", "Brackenford Maroon")


def test_link_surname_spelt_with_a_doubled_letter_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": "Flanker Shannon Korvel was sin-binned after just three minutes for a high tackle.\n",
        "y": "Kestria's Shannon Korvell returned from his 10 minutes in the sin-bin for dangerous play.\n",
    }
    ents = _link(nlp, texts)
    assert _holding(ents, texts, "x", "Shannon Korvel") is _holding(ents, texts, "y", "Shannon Korvell")
