"""QA round AJ problem 25: a summary line does not open on a bare pronoun that does something ("It did not call
it a cyberattack", "This comes after ..."): the reader cannot tell who or what. An expletive or a state ("It was
not clear how many ...") still reads. Fictional texts."""

from __future__ import annotations

from brief.fixtures import summary_lines

_TEXT = (
    "A computer fault shut down ticket machines at Orvale Ferries terminals on Monday, the company said.\n"
    "It did not call it an attack or say which systems were hit by the fault.\n"
    "This comes after a week of delays on the crossings to Kessby and Tarn.\n"
    "It was not clear how many passengers were stranded at the piers overnight.\n"
)


def test_lines_opening_on_a_bare_pronoun_that_acts_are_left_out() -> None:
    lines = summary_lines(_TEXT)
    assert lines[0].startswith("A computer fault")
    assert not any(line.startswith(("It did not", "This comes")) for line in lines)
    assert any(line.startswith("It was not clear") for line in lines)
