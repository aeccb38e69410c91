"""Quoted words that a verb casts its object as ("heralded the accord as a “breakthrough.”") are the subject's
words, whatever the verb; "words such as “...”" and quoted words the clause goes on past are left as before."""

from __future__ import annotations

from quote_helpers import run


def _quoted(text: str, words: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(text) if words in q.text]


def test_a_verb_casting_its_object_as_quoted_words_reports_them() -> None:
    text = (
        "Harbour Council leader Mirela Vostrikova heralded the new ferry accord as a “breakthrough.” "
        "The accord takes effect in May."
    )
    assert ("the new ferry accord as a “breakthrough.”", "Mirela Vostrikova") in _quoted(text, "breakthrough")


def test_a_reflexive_object_cast_as_quoted_words() -> None:
    text = "At the rally in Lunden, Tobias Arkwright again styled himself as the “harbour candidate,” to loud cheers."
    assert ("himself as the “harbour candidate,”", "Tobias Arkwright") in _quoted(text, "harbour candidate")


def test_words_such_as_quoted_examples_are_no_casting() -> None:
    text = 'The clerks flagged terms such as "levy," "dredging" and "toll" in the harbour files.'
    assert not any("levy" in q.text for q in run(text))
