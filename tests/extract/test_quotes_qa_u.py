"""Speech read wrongly in blind QA round U, each case in invented text."""

from __future__ import annotations

from quote_helpers import run, speakers

# ---- the frame names the speaker, not a noun the quotation describes --------------------------------------


def test_a_passive_description_makes_no_speaker_of_what_is_described() -> None:
    text = "A four-year pact was described as “historic” in a memorandum to guild members on Sunday."
    speakers = [q.speaker for q in run(text)]
    assert speakers
    assert set(speakers) == {None}


def test_the_message_read_attributes_the_quotation_to_the_message() -> None:
    text = (
        "A four-year pact was described as “historic” in a memorandum to guild members on Sunday."
        " “We can say, with pride, that this deal is historic,” the message read."
        " “What remains now is for our staff to write it down.”"
    )
    assert speakers(text, "with pride") == ["message"]
    assert speakers(text, "What remains") == ["message"]


def test_a_sentence_opening_said_before_a_bare_noun_is_no_cue() -> None:
    text = "Said memo further explained the next steps, which include votes by the board of the Quarry Guild."
    assert not [q for q in run(text) if q.cue_span is not None and text[q.cue_span.start : q.cue_span.end] == "Said"]


# ---- continuations ---------------------------------------------------------------------------------------------


def test_it_after_a_body_that_spoke_is_that_body() -> None:
    text = (
        "Quake-hit Kestria declares mourning\n\n"
        "OSTBURG - Kestria declared three days of national mourning following the deadly 6.4 magnitude earthquake.\n\n"
        "The national flag will be flown at half staff throughout the country, the royal court said in a statement"
        " released on Sunday evening.\n\n"
        "Queen Adela ordered the army to urgently deploy rescue teams to provide affected areas with drinking water,"
        " it added."
    )
    assert speakers(text, "Queen Adela ordered") == ["royal court"]


def test_a_second_said_shares_the_first_ones_subject() -> None:
    text = (
        "Tomas Brenner, head of the town of Oskar Dal, said authorities are working to clear roads in Velden"
        " province, but said large distances between mountain villages mean it will take time to learn the extent"
        " of the damage."
    )
    items = [(q.text, q.speaker) for q in run(text) if q.kind == "indirect"]
    assert items == [
        ("authorities are working to clear roads in Velden province", "Tomas Brenner"),
        (
            "large distances between mountain villages mean it will take time to learn the extent of the damage",
            "Tomas Brenner",
        ),
    ]


def test_a_next_paragraph_quotation_continues_after_a_long_description_of_the_speaker() -> None:
    text = (
        "“I was nearly asleep when I heard the shutters banging,” said Lia Verhoek, a Dorvik resident in her"
        " 70s who was visiting Port Amsel when the storm hit.\n\n"
        "“I went outside in a panic. I thought the roof would go.”"
    )
    assert speakers(text, "I went outside") == ["Lia Verhoek"]


def test_the_first_to_report_is_the_one_reporting() -> None:
    text = (
        "The Valley Courier was the first to report on the letter sent from the guild to strike captains"
        " announcing “gains for writers” in the deal."
    )
    assert speakers(text, "the letter sent") == ["Valley Courier"]


def test_a_second_said_after_a_parallel_act_stays_with_that_act() -> None:
    text = (
        "Aides said Mayor Dana Holt expressed concern about the letter and said it could hurt the city's plan to"
        " rebuild the bridge."
    )
    assert [q.speaker for q in run(text) if q.text.startswith("it could hurt")] == ["Dana Holt"]
