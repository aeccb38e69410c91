"""Speech read wrongly in blind QA round R, each case in invented text."""

from __future__ import annotations

from storyline.extract.entities import extract_entities
from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    article, doc = Article(id="t", text=text), parse(text)
    return extract_quotes(article, doc, extract_entities(article, doc))


def test_a_telephone_number_to_call_is_no_speech() -> None:
    text = "For non-emergency calls, the public should call 330-921-9254."
    assert [q.text for q in run(text)] == []


def test_a_meeting_that_bore_out_expectations_is_no_speaker() -> None:
    text = "The bank raised rates on Tuesday at a policy meeting that confirmed expectations of a shift."
    assert [q.text for q in run(text) if q.speaker == "policy meeting"] == []
    assert not any(q.text.startswith("expectations") for q in run(text))


def test_an_order_speaks_for_the_one_who_gave_it() -> None:
    text = (
        "The evacuation was ordered on Sunday.\n\n"
        "“Although teams are working to prevent an explosion, more than 500 people have declined to leave their"
        " homes,” Governor Karl Osten’s order states."
    )
    direct = [q for q in run(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Karl Osten"]


def test_the_subject_of_a_passive_warning_is_who_was_warned_not_who_spoke() -> None:
    text = "Residents were warned of a possible major explosion from the wreckage on Monday."
    assert [q.speaker for q in run(text) if "explosion" in q.text] == [None]


def test_a_noun_said_of_something_is_no_speaker_of_its_own() -> None:
    # "makes Kestria the last central bank to ...": a predicate about Kestria, not a referent the later
    # "the central bank said" could mean
    text = (
        "The shift makes Kestria the last central bank to exit negative rates.\n\n"
        "\"We judged that our price target came in sight,\" the central bank said in a statement."
    )
    assert [q.speaker for q in run(text) if q.kind == "direct"] == ["central bank"]


def test_a_statement_announced_below_speaks_for_who_released_it() -> None:
    text = (
        "Sheriff orders evacuation\n\n"
        "A statement was released by Sheriff Dana Holloway and can be seen below.\n\n"
        "\"The evacuation zone is in effect and will be enforced. Please remove your families from danger.\"\n\n"
        "For non-emergency calls, the public should call 555-0100."
    )
    assert [q.speaker for q in run(text) if q.kind == "direct"] == ["Dana Holloway"]


def test_an_outlet_quoting_someone_by_name_only_carries_the_words() -> None:
    # QA S #5: "... quoted Voss as saying" is Voss's quotation, carried by the outlet
    text = 'Karel Voss won the vote on Sunday.\n\n"Today is a very happy day," the Lindmark Post quoted Voss as saying.'
    assert [q.speaker for q in run(text) if q.kind == "direct"] == ["Karel Voss"]


def test_a_cue_after_the_quotation_before_its_speaker_description() -> None:
    # QA S #6: the parse takes "the American president" for the object of "tweeted"
    text = (
        "US President Karel Voss spoke to reporters on Thursday.\n\n"
        "“A few moments ago I spoke with Brittney Lund. She is on her way home,” tweeted the American president."
    )
    assert [q.speaker for q in run(text) if q.kind == "direct"] == ["Karel Voss"]


def test_a_body_told_apart_by_its_own_clause_is_no_earlier_organisation() -> None:
    # QA S #8: "the coalition backing Voss" is no other organisation of the report ("Al Jazeera")
    text = (
        "Ibrahim Solih conceded on Sunday, Al Jazeera reported. Al Jazeera said turnout was high.\n\n"
        "The coalition backing Voss has supported Chinese loans and investment projects in the past."
    )
    assert [q.speaker for q in run(text) if q.text.startswith("Chinese loans")] == ["coalition"]


def test_an_outlet_quoting_him_gives_the_words_to_the_person_the_report_was_about() -> None:
    # QA S #5: "him" is the president-elect the sentence before is about, not the prisoner named last in it
    text = (
        "After the win, the Lindmark president-elect gave a short speech at his party's offices, thanking all "
        "those who voted for him and calling on the government to free former President Tomas Arvid.\n\n"
        '"Today is a very happy day," the Lindmark Post quoted him as saying.'
    )
    quotes = run(text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Lindmark president-elect"]
    # the participle the parse hung on the relative clause ("who voted ... and calling on") is the winner's too
    assert [q.speaker for q in quotes if q.kind == "indirect"] == ["Lindmark president-elect"]


def test_an_outlet_quoting_him_with_no_person_before_keeps_the_words() -> None:
    # with no person as the subject of the sentence before, the outlet's credit is all the report gives
    text = 'Storms closed the Lindmark harbour.\n\n"We lost everything," the Lindmark Post quoted him as saying.'
    assert [q.speaker for q in run(text) if q.kind == "direct"] == ["Lindmark Post"]
