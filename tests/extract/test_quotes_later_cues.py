"""Quoted words after an attribution that a newer verb of saying reports: they take that verb for their cue, not
the cue of the quotation before them ("“...,” Holt said, mentioning the tour is “nearly booked.”"), so the two
are not read as one run-on attribution; quoted words in a relative clause describing the speaker are no speech;
and a quotation that carries on a reported sentence ("Osk added that ... “...”") takes that sentence's cue."""

from __future__ import annotations

from quote_helpers import run

from storyline.model import Quote


def cue_of(text: str, quote: Quote) -> str | None:
    return text[quote.cue_span.start : quote.cue_span.end] if quote.cue_span is not None else None


def the_quote(text: str, words: str) -> Quote:
    return next(q for q in run(text) if q.kind != "indirect" and q.text.startswith(words))


def test_quoted_words_a_participle_reports_after_the_attribution_take_its_cue() -> None:
    text = (
        "The band has been recording in Valmora since spring.\n\n"
        "“We wrote twenty songs before the winter came,” Dana Holt said, mentioning the new record is "
        "“nearly finished.”\n"
    )
    quote = the_quote(text, "nearly finished")
    assert cue_of(text, quote) == "mentioning"
    assert quote.speaker == "Dana Holt"
    assert cue_of(text, the_quote(text, "We wrote")) == "said"


def test_quoted_words_a_relative_clause_on_the_speaker_reports_take_its_cue() -> None:
    text = (
        "The council met on Tuesday.\n\n"
        '"We think the vote sets the terms of the debate," said Piet Olsen, the council\'s chief strategist, '
        'who added that his group plans to focus on local roads "like people running for mayor."\n'
    )
    quote = the_quote(text, "like people")
    assert cue_of(text, quote) == "added"
    assert quote.speaker == "Piet Olsen"


def test_quoted_words_resumed_right_after_the_attribution_keep_its_cue() -> None:
    text = (
        "The council met on Tuesday.\n\n"
        '"Valmora has long been a quiet town," said Piet Olsen, who runs the harbour office, '
        '"but it is growing fast."\n'
    )
    assert cue_of(text, the_quote(text, "but it is")) == "said"


def test_a_quotation_after_a_reported_sentence_takes_that_sentence_cue() -> None:
    text = (
        "The board will meet in March.\n\n"
        "“She has two chances to set the tone before the vote,” said Ana Osk, chief economist at Harbour Bank. "
        "“And the members have been rushing to say they want calm.” Osk added that the board very much "
        "wants to act before the election. “They don’t like to talk about it, but I think they will move.”\n"
    )
    quote = the_quote(text, "They don’t like")
    assert cue_of(text, quote) == "added"
    assert quote.speaker == "Ana Osk"
    assert cue_of(text, the_quote(text, "And the members")) == "said"


def test_quoted_words_in_a_description_of_the_speaker_are_no_speech() -> None:
    text = (
        "The ferry fares rose again in May.\n\n"
        '"It was truly shameful," said Lena Marsh, 34, a teacher in Valmora who waited in an '
        '"extraordinarily long line snaking around the pier" on Monday.\n'
    )
    assert [q.text for q in run(text) if q.kind != "indirect"] == ["It was truly shameful,"]
