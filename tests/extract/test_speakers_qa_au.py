"""Speakers of the blind QA round AU (fictional texts): two people of one surname, a father and the son he
pardons; whose words are whose, and what is no speech at all."""

from __future__ import annotations

from entity_helpers import entities, holding
from quote_helpers import run, speakers

_HEADLINE = (
    "Premier Voss pardons his son Tem Voss\n\n"
    "CALDERA (Valmora Wire) - Premier Joe Voss announced Sunday that he has pardoned his son Tem Voss, who faced "
    "sentencing this month for tax convictions.\n\n"
    "“Today, I signed a pardon for my son Tem,” the premier said in a statement.\n"
)


def test_entities_a_titled_surname_in_a_headline_is_the_one_so_titled_not_his_son(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, _HEADLINE)
    father = holding(ents, _HEADLINE, "Joe Voss")
    assert _HEADLINE.index("Voss") in [m.start for m in father.mentions]
    assert "the premier" in [_HEADLINE[m.start : m.end] for m in father.mentions]


def test_speakers_the_premier_of_the_headline_speaks_not_his_son() -> None:
    assert speakers(_HEADLINE, "I signed a pardon") == ["Joe Voss"]


def test_entities_a_bare_surname_is_the_father_not_the_son_named_first_as_his_son(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Premier Voss pardoned his son Tem Voss\n\n"
        "Ostrian Premier Joe Voss said on Sunday he had pardoned his son, Tem Voss, who had been convicted of lying "
        "on a loan form, the Valmora Wire reports.\n\n"
        "The palace had said repeatedly that Voss would not pardon his son.\n\n"
        "Voss said he had made his decision over the weekend.\n"
    )
    father = holding(entities(nlp, text), text, "Joe Voss")
    assert text.rindex("Voss said") in [m.start for m in father.mentions]
    assert speakers(text, "he had made his decision") == ["Joe Voss"]


def test_entities_the_premier_who_explains_is_the_father_named_before_his_son(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Joe Voss issues pardon to his son\n\n"
        "Joe Voss has issued a full pardon to son Tem Voss covering his son’s tax conviction, the Ostrian premier "
        "explained in a statement released on Sunday.\n\n"
        "The decision marks a reversal for Voss, who had said he would not pardon his son.\n"
    )
    ents = entities(nlp, text)
    father = holding(ents, text, "Joe Voss")
    assert "the Ostrian premier" in [text[m.start : m.end] for m in father.mentions]
    quotes = [q for q in run(text) if q.text.startswith("Joe Voss has issued")]
    assert [q.speaker for q in quotes] == ["Joe Voss"]


def test_speakers_a_quotation_paragraph_goes_on_with_the_attribution_that_closed_the_paragraph_before() -> None:
    text = (
        "Oil reaches the Merrow wetlands\n\n"
        "A pipeline breach occurred about 5 miles off the coast of Calder Beach, Harbour Supervisor Ana Roe said "
        "Sunday.\n\n"
        "“These are wetlands that we’ve been restoring with the Land Trust for decades. And now in just a day, "
        "it’s completely destroyed.”\n\n"
        "An oil sheen was first reported on Saturday morning, the Coast Guard said.\n"
    )
    assert speakers(text, "These are wetlands") == ["Ana Roe"]


def test_speakers_a_quotation_paragraph_after_two_sentences_of_attribution_stays_unattributed() -> None:
    text = (
        "Oil reaches the Merrow wetlands\n\n"
        "A pipeline breach occurred about 5 miles off the coast of Calder Beach, Ana Roe said Sunday. Crews worked "
        "through the night.\n\n"
        "“These are wetlands that we’ve been restoring with the Land Trust for decades.”\n"
    )
    assert speakers(text, "These are wetlands") == [None]


def test_speakers_an_act_is_no_speaker_of_the_participle_hung_on_its_verb() -> None:
    text = (
        "Premier Joe Voss pardoned his son Tem Voss on Sunday.\n\n"
        "The pardon was a reversal after pledging to stay out of legal proceedings against the younger Voss.\n"
    )
    assert "pardon" not in {q.speaker for q in run(text)}
    assert all(q.speaker is None for q in run(text) if "stay out" in q.text)


def test_speakers_information_from_a_body_is_told_by_that_body() -> None:
    text = (
        "Oil reaches the Merrow wetlands\n\n"
        "The Calder Harbour Authority said on Saturday that a sheen was seen off the pier.\n\n"
        "Mayor Ana Roe said information from the Calder Harbour Authority indicates the spill may have stemmed from "
        "an offshore platform.\n"
    )
    inner = [q.speaker for q in run(text) if q.text.startswith("the spill may have stemmed")]
    assert inner == ["Calder Harbour Authority"]


def test_speakers_a_fronted_participle_speaks_with_the_subject_of_the_verb_after_it() -> None:
    text = (
        "Premier Voss pardons his son\n\n"
        "After previously saying he would not pardon his son following his tax convictions, Premier Joe Voss on "
        "Sunday did that very thing, the Valmora Post reports.\n"
    )
    said = [q.speaker for q in run(text) if q.text.startswith("he would not pardon")]
    assert said == ["Joe Voss"]


def test_speakers_words_one_speaker_relays_of_another_are_the_relayer_s() -> None:
    text = (
        "Oil reaches the Merrow wetlands\n\n"
        "Supervisor Ana Roe said Calder Mayor Ben Avery told her that \"he hit the oil slick in his boat heading back "
        "from the island. He saw dolphins swimming through the oil.\"\n"
    )
    said = [q.speaker or "" for q in run(text) if q.text.startswith("he hit the oil slick")]
    assert len(said) == 1
    assert said[0].endswith("Ana Roe")  # (the small model may keep her title in her name)


def test_speakers_an_owned_act_keeps_its_owner_as_the_speaker() -> None:
    text = (
        "Ben Avery debated Ana Roe on Monday.\n\n"
        "When pressed about how he would bring jobs back to Calder, his best response was to say he would prevent "
        "more from leaving.\n"
    )
    said = [q.speaker for q in run(text) if q.text.startswith("he would prevent")]
    assert said == ["Ben Avery"]


def test_speakers_a_verb_joined_to_a_reported_clause_about_things_is_the_teller_s() -> None:
    text = (
        "Premier Voss defends his son\n\n"
        "Premier Joe Voss defended his son, stating that similar cases often result in civil resolutions and accused "
        "his opponents of using Tem’s struggles for political gain.\n"
    )
    said = {q.speaker for q in run(text) if "his opponents" in q.text}
    assert said == {"Joe Voss"}
