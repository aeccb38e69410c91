"""Speakers of the blind QA round AW (fictional texts): a person named in a quotation's own tag over the outlet
credited after it, a description taken up from its apposition, a place that is only part of a longer name, a
body or a pair named before "they", and readings that report no words at all."""

from __future__ import annotations

from dataclasses import replace

from quote_helpers import run, speakers

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article
from storyline.nlp.pipeline import parse


def test_speakers_a_local_named_in_the_tag_speaks_not_the_outlet_credited_after() -> None:
    text = (
        "Storm hits Velmora\n\n"
        "The storm came at night.\n\n"
        "“We lost everything in the water, because of the storm,” said a local named Tobi Okafor, according to "
        "Coastline Radio.\n"
    )
    # (the outlet's credit of the whole sentence stays a reading of its own, as PolNeAR has it)
    quoted = [q.speaker for q in run(text) if q.kind == "direct" and "We lost everything" in q.text]
    assert quoted == ["Tobi Okafor"]


def test_speakers_a_fisherman_called_by_name_is_that_person() -> None:
    text = "Storm hits Velmora\n\n“The sea rose in minutes,” said a fisherman called Tobi Okafor.\n"
    assert speakers(text, "The sea rose in minutes") == ["Tobi Okafor"]


def test_speakers_the_broadcaster_is_the_one_set_off_as_the_broadcaster_before() -> None:
    text = (
        "Flood in Tarvo\n\n"
        "The flood reached the Tarvo Harbour Board on Sunday. The Tarvo Harbour Board closed the port.\n\n"
        "Mayor Ana Kell, the town's leader, told KRV, the regional broadcaster, that ten homes were lost. "
        "Some roads were already closed, according to the broadcaster.\n"
    )
    assert speakers(text, "Some roads were already closed") == ["KRV"]


def test_speakers_a_description_of_a_persons_title_names_no_body() -> None:
    text = (
        "Flood in Tarvo\n\n"
        "Ben Oro, the company's founder, spoke on Monday. Ten roads were shut, the company said.\n"
    )
    assert speakers(text, "Ten roads were shut") != ["Ben Oro"]


def test_speakers_a_place_that_is_only_the_part_after_of_of_a_longer_name_speaks_as_itself() -> None:
    # the entity stage may put "Vellania" in the chain of "Island of Vellania"; the country is no island
    text = (
        "Ferry sinks off Vellania\n\n"
        "The ferry was going from Lumo to the Island of Vellania when it sank.\n\n"
        "Since May, Vellania has reported 900 confirmed cases and 12 deaths.\n"
    )
    article, doc = Article(id="t", text=text), parse(text)
    furniture = find_furniture(article, doc)
    ents = extract_entities(article, doc, furniture=furniture)
    slipped = tuple(replace(e, name="Island of Vellania") if e.name == "Vellania" else e for e in ents)
    quotes = extract_quotes(article, doc, slipped, furniture)
    assert [q.speaker for q in quotes if "900 confirmed cases" in q.text] == ["Vellania"]


def test_speakers_they_after_a_body_named_with_its_noun_is_that_body() -> None:
    text = (
        "Dean quits Orvale College\n\n"
        "The Orvale Corporation, in a statement, thanked Dean Ana Kell for her service. They acknowledged that "
        "she has taken responsibility for her errors.\n"
    )
    assert speakers(text, "she has taken responsibility") == ["Orvale Corporation"]


def test_speakers_they_after_two_people_named_as_the_subject_is_the_pair() -> None:
    text = (
        "Deans face anger\n\n"
        "During a hearing, Ana Kell and Ben Olsen were criticized for their answers about campus rules. They were "
        "accused of dodging the questions and later issued statements acknowledging their failure to condemn such "
        "speech clearly.\n"
    )
    assert speakers(text, "their failure to condemn") == ["Ana Kell and Ben Olsen"]


def test_no_speech_people_a_question_supposes_call_for_nothing() -> None:
    text = (
        "Deans face anger\n\n"
        "The deans appeared to dodge the question of whether pupils who called for the expulsion of teachers "
        "should be punished.\n"
    )
    assert not [q for q in run(text) if "expulsion of teachers" in q.text]


def test_no_speech_calls_rejected_are_a_decision_not_words() -> None:
    text = (
        "Deans face anger\n\n"
        "While the other dean resigned, Orvale College initially rejected calls for Kell’s removal. The board "
        "rejected the claim that Kell had lied.\n"
    )
    quotes = run(text)
    assert not [q for q in quotes if "removal" in q.text]
    assert [q.speaker for q in quotes if "Kell had lied" in q.text] == ["board"]


def test_no_speech_announcing_her_decision_tells_nothing_decided() -> None:
    text = (
        "Dean quits\n\n"
        "In a letter announcing her decision, Dean Ana Kell said that after talks with the board it was best to "
        "resign. Kell announced her resignation on Monday.\n"
    )
    quotes = run(text)
    assert not [q for q in quotes if q.text == "her decision"]
    assert [q.text for q in quotes if q.text == "her resignation"] == ["her resignation"]


def test_no_speech_a_storm_had_estimated_winds_is_no_estimate_it_made() -> None:
    text = (
        "Hurricane Marlo hits Tarvo\n\n"
        "Hurricane Marlo made landfall near Port Lenn on Wednesday as a Category 3 hurricane, the weather office "
        "said.\n\n"
        "Marlo had estimated winds of 120 mph at landfall – making it a major storm. The pressure was 954 mb.\n"
    )
    quotes = run(text)
    assert not [q for q in quotes if "120 mph" in q.text]
    assert [q.speaker for q in quotes if "made landfall" in q.text] == ["weather office"]


def test_speakers_a_local_named_in_the_tag_speaks_where_the_parse_heads_the_subject_on_named() -> None:
    text = (
        "Storm hits Velmora\n\n"
        "“We lost my brother’s boat, of my second uncle [step-uncle]. Because of this sinking of the boat there in "
        "Marsa, which was leaving Tolo, to come here, because of the storm,” said a local named Femi Bako, according "
        "to Coastal news.\n"
    )
    quoted = [q.speaker for q in run(text) if q.kind == "direct" and "We lost my brother" in q.text]
    assert quoted == ["Femi Bako"]


def test_speakers_a_name_that_called_someone_names_no_one_else() -> None:
    text = (
        "Mayor rebuts Voss\n\n"
        "Mayor Ana Kell rejected criticism from candidate Piet Voss that closing a unit made the city less safe.\n\n"
        "Kell, speaking on KRV, called Voss a “blowhard,” and said his remarks were priceless “propaganda” for "
        "gangs.\n"
    )
    assert speakers(text, "his remarks were priceless") == ["Ana Kell"]


def test_speakers_they_after_two_bodies_is_never_the_first_alone() -> None:
    text = (
        "Dock strike ends\n\n"
        "In a joint statement on Thursday, the Dock Workers Association and the Port Alliance, said they had "
        "“reached a deal on wages”.\n\n"
        "The two sides also agreed to extend their contract until May in order to talk again, they said.\n"
    )
    assert "Dock Workers Association" not in speakers(text, "extend their contract")
