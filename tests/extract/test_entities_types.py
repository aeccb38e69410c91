"""Types of names from the words around them: places the small model calls people or organisations, people
it calls organisations, teams it calls people; a surname alone joins its person whatever its label."""

from __future__ import annotations

from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding

from storyline.extract import coref, gazetteer
from storyline.extract.coref import Mention


def test_known_cities_are_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The quake struck late on Friday. Strong tremors were also felt in the coastal cities of Rabat, "
        "Casablanca and Essaouira, residents said. Dorin Valcu, 41, told reporters by telephone from Marrakesh "
        "that walls had cracked."
    )
    ents = _entities(nlp, text)
    for city in ("Casablanca", "Essaouira", "Marrakesh"):
        assert _holding(ents, text, city).type == "GPE", city
    assert _holding(ents, text, "Dorin Valcu").type == "PERSON"


def test_a_city_spelled_two_ways_is_one_entry() -> None:
    assert gazetteer.lookup("Marrakech") == gazetteer.lookup("Marrakesh")
    assert gazetteer.place("Casablanca")
    assert gazetteer.place("Rabat")
    assert gazetteer.name_pattern().search("tremors in Casablanca") is None  # typing only, no recognition


def test_places_by_their_kind_and_direction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Deaths were also recorded in Tazrit, Oumlil and Ifrane Zaouia provinces, as well as in Agadir and the "
        "Casablanca area. The village of Beni Azrou lost its school. The quake hit 40 kilometres southwest of "
        "Tagount."
    )
    ents = _entities(nlp, text)
    for place in ("Ifrane Zaouia", "Agadir", "Beni Azrou", "Tagount"):
        assert _holding(ents, text, place).type == "GPE", place


def test_a_person_noun_or_a_given_name_makes_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The jury found he falsified records to hide hush money payments to porn actor Stormy Banks."
    assert _holding(_entities(nlp, text), text, "Stormy Banks").type == "PERSON"
    text = (
        "Halvard FC sealed a win thanks to a penalty from Aleksandar Voskovic and an own goal by Tyrone Pell. "
        "Voskovic celebrated."
    )
    ents = _entities(nlp, text)
    voskovic = _holding(ents, text, "Aleksandar Voskovic")
    assert voskovic.type == "PERSON"
    assert "Voskovic" in _forms(text, voskovic)
    assert _holding(ents, text, "Halvard FC").type == "ORG"


def test_a_team_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brackley Rovers were beaten 3-0 on Thursday. Rovers boss Tom Hale was sacked. Brackley Rovers have now "
        "lost six games, and Rovers face Dunmore at the weekend."
    )
    ents = _entities(nlp, text)
    rovers = _holding(ents, text, "Brackley Rovers")
    assert rovers.type == "ORG"
    assert _holding(ents, text, "Tom Hale").type == "PERSON"


def test_a_first_name_the_model_tagged_alone_keeps_its_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Brandt scored before a Mings own goal while trying to clear a Neeskens Kabongo cross completed "
        "the rout."
    )
    ents = _entities(nlp, text)
    kabongo = _holding(ents, text, "Neeskens Kabongo")
    assert kabongo.name == "Neeskens Kabongo"
    assert kabongo.type == "PERSON"


def test_a_surname_the_model_calls_a_place_joins_its_person() -> None:
    text = "Jan Wrobel started. Lind climbed above Wrobel."
    full = Mention(0, 10, "PERSON", "name")
    lone = Mention(text.index("Wrobel."), text.index("Wrobel.") + 6, "LOC", "name")
    coref.key_names([full, lone], text)
    assert lone.key == full.key
    assert lone.type == "PERSON"


def test_a_generic_president_is_no_antecedent_of_the_former_president(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Garrick Stone was found guilty on Thursday, marking the first-ever criminal conviction of an American "
        "president, who will now campaign again. Stone sat still as the verdict was read. Stone's lawyers said "
        "they would appeal.\n\nThe former president faces up to four years in jail when he is sentenced."
    )
    ents = _entities(nlp, text)
    stone = _holding(ents, text, "Garrick Stone")
    assert "The former president" in _forms(text, stone)
    assert "an American president" not in _forms(text, stone)


def test_people_listed_before_a_place_word_stay_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ousted premier Tomas Vell may run again, with former contenders Penny Marlow and Susan Brandt and UK "
        "Defence Secretary Ben Walsh among the names circulating."
    )
    ents = _entities(nlp, text)
    assert _holding(ents, text, "Penny Marlow").type == "PERSON"
    assert _holding(ents, text, "Susan Brandt").type == "PERSON"
    assert "Penny Marlow" not in _forms(text, _holding(ents, text, "Ben Walsh"))[0]


def test_a_name_an_age_comes_before_is_a_person() -> None:
    # the small model's slip as it makes it on some names: "Teva Sako" tagged an organisation
    from spacy.tokens import Doc

    from storyline.extract.entities import extract_entities
    from storyline.model import Article
    from storyline.nlp.pipeline import load

    words = ["28", "-", "year", "old", "Teva", "Sako", "said", "there", "was", "a", "bang", "."]
    spaces = [False, False, True, True, True, True, True, True, True, True, False, False]
    heads = [2, 2, 3, 5, 5, 6, 6, 8, 6, 10, 8, 6]
    deps = ["nummod", "punct", "npadvmod", "amod", "compound", "nsubj", "ROOT", "expl", "ccomp", "det", "attr",
            "punct"]
    pos = ["NUM", "PUNCT", "NOUN", "ADJ", "PROPN", "PROPN", "VERB", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["CD", "HYPH", "NN", "JJ", "NNP", "NNP", "VBD", "EX", "VBD", "DT", "NN", "."]
    ents = ["B-DATE", "I-DATE", "I-DATE", "I-DATE", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[6] = "say"
    doc = Doc(load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents,
              lemmas=lemmas)
    found = extract_entities(Article(id="a", text=doc.text), doc)
    assert [(e.name, e.type) for e in found] == [("Teva Sako", "PERSON")]


def test_a_name_with_a_role_in_apposition_is_a_person() -> None:
    # "co-head" as the small model splits it, with the name tagged a facility
    from spacy.tokens import Doc

    from storyline.extract.entities import extract_entities
    from storyline.model import Article
    from storyline.nlp.pipeline import load

    words = ["Vessen", ",", "co", "-", "head", "of", "bonds", "at", "Kestrel", "Funds", ",", "said", "bonds", "rose",
             "."]
    spaces = [False, True, False, False, True, True, True, True, True, False, True, True, True, False, False]
    heads = [11, 0, 0, 0, 0, 4, 5, 6, 9, 7, 0, 11, 13, 11, 11]
    deps = ["nsubj", "punct", "appos", "appos", "appos", "prep", "pobj", "prep", "compound", "pobj", "punct", "ROOT",
            "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB", "NOUN",
           "VERB", "PUNCT"]
    ents = ["B-FAC", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[11], lemmas[13] = "say", "rise"
    doc = Doc(load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents, lemmas=lemmas)
    found = extract_entities(Article(id="a", text=doc.text), doc)
    assert ("Vessen", "PERSON") in [(e.name, e.type) for e in found]
