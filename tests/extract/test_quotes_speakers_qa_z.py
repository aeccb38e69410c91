"""Speakers of blind QA rounds Y and Z, each case in invented text: "he said" two sentences after the CEO, with
the spacecraft his company built named in the sentence between."""

from __future__ import annotations

from extract.entity_helpers import entities, holding
from extract.quote_helpers import speakers


def test_he_is_never_the_spacecraft_named_between() -> None:
    text = (
        "Telamon moon lander tipped over\n\n"
        "Tomas Verhoek, CEO of the Denver-based company Halvane Aerospace that built the lander, said the team first"
        " thought the four-legged lander had reached the surface upright. But data being sent from Telamon showed"
        " its sideways resting position.\n\n"
        'As the lander was descending, it likely "snagged a leg on the slope and the lander has tipped," he said'
        " during a news conference on Friday, holding a model of Telamon.\n\n"
        "The lander probably slid into a crater wall after catching on a boulder, he said."
    )
    assert speakers(text, "snagged a leg") == ["Tomas Verhoek", "Tomas Verhoek"]
    assert speakers(text, "slid into a crater wall") == ["Tomas Verhoek"]


def test_a_craft_named_so_is_no_person_but_its_maker_stays_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "How do we know the lunar lander Telamon is on its side? Telamon, the first privately built spacecraft"
        " to land there, stopped sending images. Elon Varga founded the company; the Varga rocket flew it."
        " Varga said the mission was a success."
    )
    ents = entities(nlp, text)
    assert holding(ents, text, "Telamon").type == "PRODUCT"
    assert holding(ents, text, "Elon Varga").type == "PERSON"


def test_he_after_a_titled_name_the_model_calls_a_body_is_that_person() -> None:
    text = (
        "Police chief Wirano said the league game had ended with Dorvik beating Selmar 3-2. He said Selmar"
        " supporters were unhappy with the outcome and entered the pitch.\n\n"
        "Kestrian President Joko Batur said in a televised speech he regretted the tragedy and had asked the"
        " minister of sports and the head of the football association to review security at matches. He also"
        " said he ordered a halt to matches until the review is done."
    )
    assert speakers(text, "review security at matches") == ["Joko Batur"]
    assert speakers(text, "ordered a halt to matches") == ["Joko Batur"]


def test_he_after_a_named_apposition_of_a_role_is_that_person() -> None:
    text = (
        "“We acted before the crowd began to attack the police,” said North Kestria police chief Aldo Wiranto at"
        " a press conference early on Sunday.\n\n"
        "North Kestria’s deputy governor, Emil Dorak, revised the death toll to 125 after earlier telling"
        " local media there were 174 deaths.\n\n"
        "He said more than 100 of those injured are being treated in eight hospitals without charge."
    )
    assert speakers(text, "more than 100 of those injured") == ["Emil Dorak"]


def test_the_fire_agency_is_no_news_agency_named_before() -> None:
    # a real news agency, as only the gazetteer's agencies have a kind; the rest is invented
    text = (
        "As many as 60 people died when a ferry sank off Palvos island on Sunday, the Kyodo news agency reported,"
        " citing rescue authorities.\n\n"
        "“Of the 60 dead, 25 have been identified,” the fire agency said of the sinking.\n\n"
        "The fire that broke out on the deck has been put out, the agency said.\n\n"
        "Ten minutes before the sinking, the captain sent a distress call, it added."
    )
    assert speakers(text, "25 have been identified") == ["fire agency"]
    assert speakers(text, "has been put out") == ["fire agency"]
    assert speakers(text, "sent a distress call") == ["fire agency"]


def test_a_hyphenated_given_name_is_whole() -> None:
    text = (
        "Acting President Baek Sang-mok declared Dalmun County a special disaster area on Sunday after a ferry"
        " sank off its coast.\n\n"
        "“I express my deepest condolences to the bereaved families,” said Baek."
    )
    assert speakers(text, "deepest condolences") == ["Baek Sang-mok"]


def test_a_hyphenated_title_word_is_whole_in_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    before = "Halvane Aerospace CEO and co-founder Tomas Verhoek said the lander was stable."
    after = "Tomas Verhoek, CEO and co-founder of Halvane Aerospace, said the lander was stable."
    assert holding(entities(nlp, before), before, "Tomas Verhoek").role == "Halvane Aerospace CEO and co-founder"
    assert holding(entities(nlp, after), after, "Tomas Verhoek").role == "CEO and co-founder of Halvane Aerospace"
