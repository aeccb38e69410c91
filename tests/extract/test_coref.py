"""In-article coreference: pronouns, descriptions, unnamed speakers."""

from __future__ import annotations

import re

import pytest

from storyline.extract.coref import norm_name, quote_ranges
from storyline.extract.entities import extract_entities
from storyline.extract.genders import mention_gender
from storyline.model import Article, Entity


def _entities(nlp, text: str) -> list[Entity]:  # type: ignore[no-untyped-def]
    return list(extract_entities(Article(id="t", text=text), nlp(text)))


def _owner(ents: list[Entity], text: str, form: str, nth: int = 0) -> str | None:
    """Name of the entity holding the ``nth`` occurrence of ``form`` as a mention, or None."""
    hits = [m.start() for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
    start = hits[nth]
    for e in ents:
        if any(m.start == start and m.end == start + len(form) for m in e.mentions):
            return e.name
    return None


@pytest.mark.parametrize(
    ("text", "form", "nth", "owner"),
    [
        # a pronoun after a quote goes to the person who spoke last
        ('Anders Halvorsen spoke first.\n"We will help," he said.', "he", 0, "Anders Halvorsen"),
        # the most recent sentence's subject wins over an earlier person
        (
            "Maria Ortiz met reporters on Monday. Then the minister Anders Halvorsen arrived.\n"
            "He said the talks were over.",
            "He",
            0,
            "Anders Halvorsen",
        ),
        # gender learned from earlier pronouns keeps "she" off a man
        (
            'Maria Ortiz arrived. She smiled.\nAnders Halvorsen spoke. He left.\n"No," she said.',
            "she",
            0,
            "Maria Ortiz",
        ),
        # an unnamed speaker is a person, and the pronoun after her goes to her
        (
            'In a statement, a ministry spokesperson said: "We are ready." She added that talks went on.',
            "She",
            0,
            "ministry spokesperson",
        ),
        # a description of a named alliance
        (
            "NATO met on Monday. The alliance said it was ready.",
            "The alliance",
            0,
            "North Atlantic Treaty Organization",
        ),
        # a title description, before the name is given
        (
            "The country's trade minister spoke on Monday. Trade Minister Anders Halvorsen said talks went on.",
            "The country's trade minister",
            0,
            "Anders Halvorsen",
        ),
        # "its" with an organisation as the sentence's subject
        ("NATO unveiled its plan on Monday.", "its", 0, "North Atlantic Treaty Organization"),
        # a name inside a quotation in two apostrophes, as The New York Times prints it, is no antecedent
        (
            "Anders Halvorsen spoke to reporters.\n''Nobody trusts Pieter Brandt,'' he said.",
            "he",
            0,
            "Anders Halvorsen",
        ),
        # in the pronoun's own sentence, the subject of the clause above it: "X said Y told ... she was sorry"
        ("Peter Halvorsen said that Maria Ortiz told a pastor she was sorry.", "she", 0, "Maria Ortiz"),
        ("Peter Halvorsen, alleging that Jonas Brandt wanted more, said he would resign.", "he", 0, "Peter Halvorsen"),
        # in an earlier sentence, the subject of its main verb wins over the subject of a clause inside it
        (
            "Anders Halvorsen spoke at a rally on Monday, adding that the mayor Pieter Brandt was wrong.\n"
            "He also said the bridge would open.",
            "He",
            0,
            "Anders Halvorsen",
        ),
    ],
)
def test_coref_links(nlp, text: str, form: str, nth: int, owner: str) -> None:  # type: ignore[no-untyped-def]
    assert _owner(_entities(nlp, text), text, form, nth) == owner


@pytest.mark.parametrize(
    "text",
    [
        # inside a quotation, "he" may be anyone: refuse
        'Anders Halvorsen said: "He will not come back."',
        # "it" that does not speak and has no organisation subject: refuse
        "NATO has an office in Vienna. It would be the first of its kind.",
    ],
)
def test_coref_refuses_unclear_pronouns(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ents = _entities(nlp, text)
    pronouns = {"he", "He", "It", "its"}
    for e in ents:
        assert not any(text[m.start : m.end] in pronouns for m in e.mentions), e


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the Nikkei Asia's", "nikkei asia"), ("The Country’s", "country"), ("U.S.", "u s")],
)
def test_coref_norm_name(text: str, expected: str) -> None:
    assert norm_name(text) == expected


def test_coref_quote_ranges_unclosed_runs_to_line_end() -> None:
    text = '“One” two "three\nfour'
    assert [text[s:e] for s, e in quote_ranges(text)] == ["One", "three"]


@pytest.mark.parametrize(
    ("text", "form", "owner"),
    [
        # an honorific before the surname: the person named in full
        (
            "Talks stalled, said Dorota Wilkins, the port's director.\n"
            "Later Ms Wilkins added that the cranes would stay idle.",
            "Ms Wilkins",
            "Dorota Wilkins",
        ),
        ("Mayor Ilse Brandvold opened the bridge. Ms. Brandvold was not there.", "Ms. Brandvold", "Ilse Brandvold"),
        # a surname of two words, without the given name
        (
            "The council heard Marike Van Oosten on Monday. Van Oosten said the plan was sound.",
            "Van Oosten",
            "Marike Van Oosten",
        ),
    ],
)
def test_coref_titled_and_compound_surnames(nlp, text: str, form: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    assert _owner(_entities(nlp, text), text, form, nth=-1) == owner


def test_coref_courtesy_title_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The port stayed shut on Friday. Ms Wilkins said the cranes would stay idle."
    assert [e.type for e in _entities(nlp, text) if e.name == "Ms Wilkins"] == ["PERSON"]


_JOKED = "Peter Halvorsen joked to Maria Ortiz that nobody wanted her to raise rates.\n“Wait,” he said."


@pytest.mark.parametrize(
    ("text", "form", "owner"),
    [
        # given names tell "her" from "he": neither goes to the other person
        (_JOKED, "her", "Maria Ortiz"),
        (_JOKED, "he", "Peter Halvorsen"),
        # a courtesy title picks the one of two namesakes of its gender
        (
            "Peter Lind and Anna Lind opened the bridge. Peter Lind spoke first. Then Mrs. Lind left.",
            "Mrs. Lind",
            "Anna Lind",
        ),
    ],
)
def test_coref_gender_from_names_and_titles(nlp, text: str, form: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    assert _owner(_entities(nlp, text), text, form, nth=-1) == owner


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Mrs. Lind", "f"),
        ("Texas Sen. Peter Lind", "m"),
        ("the spokeswoman", "f"),
        ("Billie Jean King", None),  # a gendered word as a surname says nothing
        ("King", None),
        ("Rose", None),  # a given name alone may be a surname
        ("Kelly Lind", None),  # a name given to men and women alike
    ],
)
def test_genders_mention_gender(text: str, gender: str | None) -> None:
    assert mention_gender(text) == gender
