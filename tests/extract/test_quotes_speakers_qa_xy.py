"""Speakers of blind QA rounds X and Y, each case in invented text (two as parses written out by hand, whose
slips invented names do not set off): "said the official" right after a named official's quotation, a
broadcaster named after its nationality, a person named before the body she works for, a named official set off
after "Another ... official" whom "she" takes up, and a tanker, which never speaks."""

from __future__ import annotations

from extract.entity_helpers import entities, holding
from extract.quote_helpers import speakers

_OFFICIAL = (
    "Rescuers search slopes of Mount Velka\n\n"
    "“This morning we will send around 150 people up. So far four bodies have been brought down,” Armand,"
    " head of operations at the Ostrava Valley Rescue Agency, told reporters Tuesday.\n\n"
    "“The mountain is still erupting,” said the official, who like many Velkans goes by one name.\n\n"
    "He said nine climbers remained missing as of Tuesday morning."
)


def test_the_official_after_a_named_speaker_is_that_speaker() -> None:
    assert speakers(_OFFICIAL, "still erupting") == ["Armand"]
    assert speakers(_OFFICIAL, "nine climbers") == ["Armand"]


def test_the_official_after_a_named_speaker_with_someone_between_stays_a_description() -> None:
    text = (
        "“We will send 150 people up,” Armand, head of operations at the rescue agency, told reporters Tuesday."
        " A police officer from the town of Brel said the roads were closed.\n\n"
        "“The mountain is still erupting,” said the official."
    )
    assert speakers(text, "still erupting") == ["official"]


def _doc(words: list[str], spaces: list[bool], heads: list[int], deps: list[str], tags: list[str],
         ents: list[str]):  # type: ignore[no-untyped-def]
    """A parse written out by hand: the slips of the small model that invented names do not set off."""
    from spacy.tokens import Doc

    from storyline.nlp.pipeline import load

    pos = {"JJ": "ADJ", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VBD": "VERB", "VBP": "AUX",
           "DT": "DET", "IN": "ADP", "PRP": "PRON", "POS": "PART", ".": "PUNCT", ",": "PUNCT", "``": "PUNCT",
           "''": "PUNCT"}
    doc = Doc(load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags,
              pos=[pos[t] for t in tags], ents=ents)
    for tok in doc:
        tok.lemma_ = {"said": "say", "told": "tell"}.get(tok.lower_, tok.lower_)
    return doc


def test_a_broadcaster_named_after_its_nationality_speaks_by_its_name() -> None:
    # the parse of round X: the broadcaster's acronym a common noun, its nationality a longer entity before it
    from storyline.extract.quotes_speakers import SpeakerResolver
    from storyline.model import Article, Entity, Span

    doc = _doc(
        ["Kestrian", "state", "broadcaster", "KRT", "said", "the", "ferry", "sank", "."],
        [True, True, True, True, True, True, True, False, False],
        [2, 2, 3, 4, 4, 6, 7, 4, 4],
        ["amod", "compound", "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
        ["JJ", "NN", "NN", "NN", "VBD", "DT", "NN", "VBD", "."],
        ["B-NORP", "O", "O", "B-ORG", "O", "O", "O", "O", "O"],
    )
    ents = (
        Entity(id="e1", name="Kestrian", type="GPE", mentions=(Span(article="t", start=0, end=8),)),
        Entity(id="e2", name="KRT", type="ORG", mentions=(Span(article="t", start=27, end=30),)),
    )
    found = SpeakerResolver(Article(id="t", text=doc.text), doc, ents, []).resolve(doc[3])
    assert found is not None
    assert (found.name, found.entity) == ("KRT", "e2")


def test_a_person_named_before_the_body_she_works_for_speaks() -> None:
    # the parse of round X: the body the subject, the person's name hung on the closing quotation mark
    from storyline.extract.quotes_speakers import SpeakerResolver
    from storyline.model import Article

    doc = _doc(
        ["“", "We", "are", "ready", ",", "”", "Mirela", "Dovan", "of", "the", "Allied", "Nations", "’", "relief",
         "agency", "told", "reporters", "."],
        [False, True, True, False, False, True, True, True, True, True, True, False, True, True, True, True, False,
         False],
        [15, 2, 15, 2, 15, 15, 7, 5, 7, 11, 11, 8, 7, 14, 15, 15, 15, 15],
        ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "compound", "prep", "prep", "det", "compound", "pobj",
         "case", "compound", "nsubj", "ROOT", "dobj", "punct"],
        ["``", "PRP", "VBP", "JJ", ",", "''", "NNP", "NNP", "IN", "DT", "NNP", "NNPS", "POS", "NN", "NN", "VBD", "NNS",
         "."],
        ["O"] * 9 + ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 6,
    )
    found = SpeakerResolver(Article(id="t", text=doc.text), doc, (), [(0, 15)]).resolve(doc[14])
    assert found is not None
    assert (found.name, found.kind) == ("Mirela Dovan", "person")


def test_a_body_whose_name_opens_the_subject_still_speaks() -> None:
    text = "“We are ready,” the Bank of Ostrava’s press office told reporters on Monday."
    assert speakers(text, "We are ready") != ["Bank"]


_ROUMA = (
    "Ferry sinks off Kestria\n\n"
    "Another KRA official, Erasmia Doumana, described the disaster as “really horrific”.\n\n"
    "Doumana added that the survivors were in a very bad psychological state. “Many are in shock, they are so"
    " overwhelmed,” she told reporters in the port of Ostra."
)


def test_a_named_official_set_off_after_another_official_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert holding(entities(nlp, _ROUMA), _ROUMA, "Erasmia Doumana").type == "PERSON"


def test_she_after_a_named_official_is_the_official() -> None:
    assert speakers(_ROUMA, "Many are in shock") == ["Erasmia Doumana"]


def test_a_company_set_off_after_its_owner_noun_stays_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mill's owner, Holm Timber Group, said on Monday it would reopen the site."
    assert holding(entities(nlp, text), text, "Holm Timber Group").type == "ORG"


def test_a_tanker_that_rejected_aid_is_no_speaker() -> None:
    # one list of craft nouns (``nominals.CRAFTS``) names a craft and keeps it from speaking
    text = "The coast guard located an overloaded tanker which rejected any aid, the ministry said."
    assert "overloaded tanker" not in speakers(text, "any aid")
