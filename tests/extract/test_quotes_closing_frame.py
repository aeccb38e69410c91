"""A stance verb inside the clause that a closing attribution reports ("..., the council said"): the clause is
the closing speaker's words, and the stance verb's subject is no speaker of its own."""

from __future__ import annotations

import pytest
from quote_helpers import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland offered a rescue team of 40 people, while Vessary is sending two cargo planes, the council said.",
        "Norland offered a rescue team of 40 people and Vessary is sending two cargo planes, the council announced.",
    ],
)
def test_a_stance_verb_inside_a_closing_attribution_makes_no_speaker(sentence: str) -> None:
    text = "The Tarsen Relief Council met on Monday in Port Averly.\n\n" + sentence
    quotes = run(text)
    assert [q.speaker for q in quotes if q.text.startswith("Norland offered")] == ["Tarsen Relief Council"]
    assert not any(q.speaker == "Norland" for q in quotes)


def test_a_stance_verb_of_its_own_sentence_still_gives_its_speaker() -> None:
    text = "Mayor Ilsa Brandt of Port Averly welcomed the new harbor plan at a meeting on Monday."
    assert [q.speaker for q in run(text)] == ["Ilsa Brandt"]
