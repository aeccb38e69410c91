"""Blind-QA entity faults on a strike report: a union named by its acronym, bare first names, acronyms with their
expansions, cities beside their countries, and common words capitalised at a sentence's start."""

from __future__ import annotations

from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding

from storyline.extract import roles


def test_a_name_before_union_decides_over_the_head_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail workers walked out across Veloria on Monday. The RTF union said 40,000 people marched. "
        "The pension age is among the lowest in the EU."
    )
    ents = _entities(nlp, text)
    rtf = _holding(ents, text, "RTF")
    assert "The RTF union" in _forms(text, rtf)
    eu = _holding(ents, text, "EU")
    assert "The RTF union" not in _forms(text, eu)


def test_a_mention_belongs_to_one_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail workers walked out across Veloria on Monday. The RTF union said 40,000 people marched. "
        "The pension age is among the lowest in the EU."
    )
    spans = [(m.start, m.end) for e in _entities(nlp, text) for m in e.mentions]
    assert len(spans) == len(set(spans))


def test_roles_description_with_a_name_before_its_head_is_left_to_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The RTF union said 40,000 people marched. The union said more would march."
    doc = nlp(text)
    found = roles.descriptions(doc, text, {"K:European Union": "bloc"}, [])
    assert [text[m.start : m.end] for m in found] == ["The union"]


_POSTMAN = (
    "Strikes spread across Veloria on Thursday.\n\n"
    "Joaquim is angry. \u201cI cannot live on this pension,\u201d he told reporters.\n\n"
    "Joaquim is a postman in Lorvane and a member of the RTF. \u201cI ride a bike all day,\u201d he said.\n\n"
    "Turnout was high in every city, and the marches were calm, organisers said.\n\n"
    "\u201cThis is the first day,\u201d stressed the general secretary of the RTF, Joaquim Ferreira. "
    "Tomas Lindqvist, general secretary of the Workers\u2019 Confederation (WCF), said more marches would follow."
)


def test_a_bare_given_name_before_the_full_name_is_a_person_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _entities(nlp, _POSTMAN)
    postman = _holding(ents, _POSTMAN, "Joaquim")
    assert postman.name == "Joaquim"
    assert "Joaquim Ferreira" not in _forms(_POSTMAN, postman)
    assert "he" in _forms(_POSTMAN, postman)


def test_a_description_apposed_to_a_name_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _entities(nlp, _POSTMAN)
    leader = _holding(ents, _POSTMAN, "Joaquim Ferreira")
    assert "the general secretary" in _forms(_POSTMAN, leader)
    assert leader.role == "the general secretary of the RTF"
    other = _holding(ents, _POSTMAN, "Tomas Lindqvist")
    assert "the general secretary" not in _forms(_POSTMAN, other)
    assert "general secretary" in _forms(_POSTMAN, other)  # his own apposition, though two hold the title


def test_the_police_is_no_mention_of_a_police_chief(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ada Kell, the Vorn police chief, said two men were held. The police said they had found a car. "
        "Kell said the inquiry would go on."
    )
    ents = _entities(nlp, text)
    assert "The police" not in _forms(text, _holding(ents, text, "Ada Kell"))


def test_an_acronym_spelling_a_name_after_its_country_is_that_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The U.S. Food and Drug Administration approved the drug on Friday. "
        "The FDA said trials had shown a modest benefit, and the FDA will review it again in a year."
    )
    ents = _entities(nlp, text)
    fda = _holding(ents, text, "U.S. Food and Drug Administration")
    assert "FDA" in _forms(text, fda)


def test_a_foreign_acronym_joins_the_name_it_is_paired_with(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Joaquim is a member of the RTF (General Federation of Rail Workers), one of the main unions. "
        "Ilse Varga, head of the National Teachers Confederation (SNEV), said schools would close. "
        "The RTF and the SNEV called more strikes."
    )
    ents = _entities(nlp, text)
    rtf = _holding(ents, text, "General Federation of Rail Workers")
    assert _forms(text, rtf).count("RTF") == 2
    snev = _holding(ents, text, "National Teachers Confederation")
    assert _forms(text, snev).count("SNEV") == 2


def test_an_unpaired_foreign_acronym_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The General Federation of Rail Workers called a strike. "
        "Later the RTF said 40,000 people had marched in the capital."
    )
    ents = _entities(nlp, text)
    assert "RTF" not in _forms(text, _holding(ents, text, "General Federation of Rail Workers"))


def test_a_capital_that_is_a_scene_is_the_city_not_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thousands of teachers marched across France on Thursday against the reform. "
        "Paris is the main scene of the marches, and crowds gathered near the river."
    )
    ents = _entities(nlp, text)
    assert "Paris" not in _forms(text, _holding(ents, text, "France"))
    assert _holding(ents, text, "Paris").name == "Paris"


def test_a_title_of_another_kind_is_not_the_titled_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a statement, the transport secretary, Mara Quint, and the farm secretary, Ilse Dorn, agreed. "
        "The port official who spoke said ships would wait. Later Kell, a harbour official, left."
    )
    ents = _entities(nlp, text)
    assert "the transport secretary" not in _forms(text, _holding(ents, text, "Ilse Dorn"))
    assert "The port official" not in _forms(text, _holding(ents, text, "Kell"))


def test_a_common_word_opening_sentences_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Teachers walked out across Veloria on Thursday. Primary schools closed for the day, and Primary "
        "teachers joined the marches. Secondary schools stayed open. Primary school heads said 70% were out."
    )
    ents = _entities(nlp, text)
    assert not [e for e in ents if e.type == "PERSON" and e.name == "Primary"]
