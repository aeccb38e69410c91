"""Speakers of blind QA round X, each case in invented text: "he" after "The Prime Minister ..." of a report that
titles one person so, a thing the parse made the subject beside the official who speaks, a vessel, "it" inside a
body's own words, and "according to an announcement" after the sentence that tells who announced."""

from __future__ import annotations

from extract.quote_helpers import speakers


def test_he_after_the_prime_minister_is_the_person_titled_so() -> None:
    text = (
        "Valmora celebrates rescue of 12 miners\n\n"
        "KELL: After a nine-day ordeal, all 12 miners trapped in the Korvel shaft were brought out on Friday."
        " Union minister Oskar Brandt and Ostra chief minister Anton Lenk welcomed the miners as rescue teams"
        " brought them out through a steel chute.\n\n"
        "There was cheering as the ordeal ended. Outside the shaft, some sang in praise of Prime Minister Ilya"
        " Varos and Mr Lenk.\n\n"
        'The Prime Minister lauded the rescue teams. "Everyone involved has shown rare courage," he posted online,'
        ' adding, "Their families can finally breathe."\n\n'
        'Announcing the end of the operation, Mr Lenk said, "We will now follow the doctors\' advice."'
    )
    assert speakers(text, "Everyone involved has shown rare courage") == ["Ilya Varos"]
    assert speakers(text, "Their families can finally breathe") == ["Ilya Varos"]
    assert speakers(text, "follow the doctors") == ["Anton Lenk"]


def test_the_official_joined_to_a_thing_by_the_parse_speaks() -> None:
    text = (
        "By noon, 80 people had been rescued. A media report said the boat left from Libya, and a shipping ministry"
        " official who spoke on condition of anonymity said most of those on board were from Sudan, Chad and Niger."
    )
    # the media report's clause still runs on over the official's words (quote detection); its own item is his
    assert speakers(text, "most of those on board were from")[-1] == "shipping ministry official"


def test_a_vessel_is_no_speaker() -> None:
    text = (
        "Nine held over shipwreck off Kestria\n\n"
        "The Kestrian Coast Guard was alerted by the Ostran authorities and located an overloaded boat which"
        " rejected any aid, Nikolas Varga, spokesperson of the Maritime Affairs and Island Policy Ministry, told"
        " local VTK television on Thursday."
    )
    assert all(s is None or "boat" not in s for s in speakers(text, "any aid"))


def test_it_in_a_bodys_own_words_is_that_body() -> None:
    text = (
        "As a search for survivors continued, a regional rescue charity said it believed around 600 people were on"
        " board the vessel. Kestria declined to speculate on the number."
    )
    assert speakers(text, "around 600 people were on board") == ["regional rescue charity"] * 2


def test_according_to_an_announcement_is_who_announced_it() -> None:
    text = (
        "The Kell Coast Guard on Thursday announced the launch of an inquiry into the sinking.\n\n"
        "According to an announcement “there is no set number of arrests so far.”"
    )
    assert speakers(text, "there is no set number of arrests") == ["Kell Coast Guard"]


def test_a_statement_no_sentence_before_tells_of_stays_the_speaker() -> None:
    text = "The Kell Coast Guard began an inquiry.\n\nAccording to an announcement “no arrests have been made.”"
    assert speakers(text, "no arrests have been made") == ["announcement"]
