"""Speakers the blind QA rounds "al", "am" and "an" found wrong or missing, on fictional texts: a participle of
speech after someone a recording shows, a company not taken for the outlet that reports it, a role owned by
"his", the object a verb prompts to speak, a name glued to a number ("5M"), a statement named inside a phrase on
an object, and a "that" clause hung on the statement that carried it."""

from __future__ import annotations

from quote_helpers import run, speakers

from storyline.extract.entities import extract_entities
from storyline.extract.quotes_cues import mention_bounds
from storyline.model import Article
from storyline.nlp.pipeline import parse


def test_participle_after_someone_a_recording_shows_is_theirs() -> None:
    text = (
        "Mayor Ilse Varga met the crew on Monday.\n\n"
        "The video then cuts to show Varga walking beside the Harbour Table, saying the day is a 'fine day'.\n"
    )
    found = [(q.kind, q.speaker) for q in run(text) if "fine day" in q.text]
    assert found
    assert all(speaker == "Ilse Varga" for _, speaker in found)


def test_company_is_not_the_outlet_credited_before() -> None:
    text = (
        "Veltrix Mobile said hackers took data from 9 million accounts.\n\n"
        "The company added that card numbers were safe, Orbit News reported. The company said that "
        "passwords were not affected by the breach, according to Kestrel TV.\n"
    )
    said = [q.speaker for q in run(text) if "passwords" in q.text and q.cue_span and text[q.cue_span.start] == "s"]
    assert said == ["Veltrix Mobile"]


def test_role_owned_by_his_is_not_his() -> None:
    text = (
        "Acting Space Agency Administrator Tomas Reyk said the rock was old.\n\n"
        "President Omar Tull's budget request does not fund the return mission.\n\n"
        "However, his acting administrator says the agency will weigh cost and timing.\n"
    )
    assert speakers(text, "will weigh cost") == ["Tomas Reyk"]
    assert speakers(text, "rock was old") == ["Tomas Reyk"]  # "Administrator" is his title, no part of his name


def test_object_a_verb_prompts_to_say_speaks() -> None:
    text = "Spots inside a rock that Orvane's rover drilled have prompted scientists to say they could be fossils.\n"
    assert speakers(text, "could be fossils") == ["scientists"]


def test_name_glued_to_a_number_keeps_the_number() -> None:
    text = "5M on Thursday announced a $2 billion settlement of water lawsuits.\n"
    assert speakers(text, "settlement of water lawsuits") == ["5M"]


def test_statement_named_on_the_object_of_a_cue_is_its_makers() -> None:
    text = (
        "The Ardish Ministry of Trade confirmed its part in the deal in a joint statement released with the "
        "Valmoran Ministry of Trade.\n\n"
        "State news agency Kora said the ships had left port on Thursday.\n\n"
        '"The success of these talks reflects a long friendship," the statement added.\n'
    )
    assert speakers(text, "long friendship") == ["Ardish Ministry of Trade"]


def test_that_clause_hung_on_the_statement_that_carried_it() -> None:
    text = (
        "The Ardish Foreign Ministry also confirmed the exchange, saying in a statement carried by local news "
        "agencies that the handover took place in Torvik and that Kell has been flown home.\n"
    )
    found = [q for q in run(text) if "handover took place" in q.text]
    assert [q.speaker for q in found] == ["Ardish Foreign Ministry"]


def test_name_glued_to_a_number_keeps_it_where_the_letter_is_tagged_a_noun() -> None:
    text = "The deal resolves all claims in the case, 5M said."
    doc = parse(text)
    letter = next(t for t in doc if t.text == "M")
    start, end = mention_bounds(letter)
    assert text[start:end] == "5M"


def test_share_quote_inside_a_company_name_is_no_speaker() -> None:
    text = (
        "Hackers took data from 9 million customers, according to Veltrix Mobile.\n\n"
        "Veltrix Mobile VTMX -0.52% US Inc. said hackers took data on 9 million customers. The company said it "
        "found the leak on Jan. 5.\n"
    )
    assert speakers(text, "took data on") == ["Veltrix Mobile"]
    assert speakers(text, "found the leak") == ["Veltrix Mobile"]


def test_administrator_is_a_role_not_a_name() -> None:
    text = "Acting Space Agency Administrator Tomas Reyk said the rock was old.\n"
    article, doc = Article(id="t", text=text), parse(text)
    people = {e.name: e.role for e in extract_entities(article, doc) if e.type == "PERSON"}
    assert list(people) == ["Tomas Reyk"]
    assert (people["Tomas Reyk"] or "").endswith("Administrator")
