"""Speakers of blind QA round W, each case in invented text: a participle after a time clause speaks with the
main clause ("Ana Kell spoke ... after the lights went out, saying ..."), a name set before a long title
("Ilse Varga, the Tessaly Relief Society ... secretary-general, told ..."), an outlet's report that cites its
source ("..., the Valmora Tribune reported, citing the Oskar Coast Guard"), and an organisation named without its
article ("the Harbour Commission" ... "the commission said")."""

from __future__ import annotations

import pytest

from extract.quote_helpers import speakers


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The utility's chief, Ana Kell, spoke publicly about two hours after the lights went out, saying a"
            " faulty relay was to blame.",
            "a faulty relay was to blame",
            "Ana Kell",
        ),
        (
            "Mayor Tobin Rusk spoke to reporters shortly before the gates closed, saying the river had peaked.",
            "the river had peaked",
            "Tobin Rusk",
        ),
    ],
)
def test_a_participle_after_a_time_clause_speaks_with_the_main_clause(text: str, words: str, speaker: str) -> None:
    assert speakers(text, words) == [speaker]


def test_a_time_clause_whose_verb_is_a_cue_keeps_its_own_subject() -> None:
    text = "The crowd cheered after Mayor Tobin Rusk said the river had peaked."
    assert speakers(text, "the river had peaked") == ["Tobin Rusk"]


def test_a_name_before_a_long_title_speaks() -> None:
    text = (
        "Ilse Varga, the Tessaly Federation of Relief and Rescue Societies (TFRRS) Ardel secretary-general, told the"
        " Valmora Tribune another 4,200 people are reported missing in the port city."
    )
    assert speakers(text, "another 4,200 people are reported missing") == ["Ilse Varga"]


def test_an_outlet_citing_a_named_source_gives_the_words_to_the_source() -> None:
    text = (
        "The death toll in the port city of Ardel has risen to 1,300, the Valmora Tribune reports citing the"
        " Ardel Red Cross."
    )
    assert speakers(text, "The death toll in the port city") == ["Ardel Red Cross"]


def test_a_speaker_citing_a_source_that_is_no_outlet_keeps_the_words() -> None:
    text = "The bridge will reopen on Monday, Mayor Tobin Rusk said, citing the Ardel Highway Authority."
    assert speakers(text, "The bridge will reopen on Monday") == ["Tobin Rusk"]


def test_an_organisation_described_later_is_named_without_its_article() -> None:
    text = (
        "Ardel will receive emergency aid, the Harbour Commission announced.\n"
        "Corvia offered a team of 40 divers, the commission said."
    )
    assert speakers(text, "Corvia offered a team of 40 divers") == ["Harbour Commission"]


def test_a_name_the_parse_put_under_a_long_title_speaks() -> None:
    # the parse of round W: "Drese" a modifier of "secretary", the subject, and the cue's subject read as
    # "general", the last piece of "secretary-general"
    from spacy.tokens import Doc

    from storyline.extract.quotes_speakers import SpeakerResolver
    from storyline.model import Article
    from storyline.nlp.pipeline import load

    words = ["Nadia", "el", "-", "Varro", ",", "the", "Ardel", "Relief", "Society", "Corvia", "secretary", "-",
             "general", ",", "told", "reporters", "crews", "found", "more", "people", "."]
    spaces = [True, False, False, False, True, True, True, True, False, True, False, False,
              False, True, True, True, True, True, True, False, False]
    heads = [3, 3, 3, 10, 3, 8, 8, 8, 3, 10, 14, 12, 10, 10, 14, 14, 17, 14, 19, 17, 14]
    deps = ["compound", "compound", "punct", "nmod", "punct", "det", "compound", "compound", "appos", "nmod",
            "nsubj", "punct", "amod", "punct", "ROOT", "dobj", "nsubj", "ccomp", "amod", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "NOUN", "PUNCT",
           "ADJ", "PUNCT", "VERB", "NOUN", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", *["O"] * 17]
    doc = Doc(load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    for tok in doc:
        tok.lemma_ = tok.lower_
    resolver = SpeakerResolver(Article(id="t", text=doc.text), doc, (), [])
    found = resolver.resolve(doc[12])
    # without the entity stage the name is read from the parse alone: its last word is enough to tell who
    assert found is not None
    assert found.kind == "person"
    assert (found.name or "").endswith("Varro")


def test_a_participle_after_a_time_clause_about_a_person_stays_with_that_person() -> None:
    text = "Mayor Tobin Rusk smiled as a plumber walked into the hall, saying he was there to fix the pipes."
    assert speakers(text, "he was there to fix the pipes") != ["Tobin Rusk"]
