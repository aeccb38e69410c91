"""A clock time that opens its sentence as a phrase ("As of 8:30 p.m. Storm Velm was ...", blind review AT #5): the
"p.m." ends no sentence, as the phrase before it has no verb to be a sentence of its own; a clock time closing a
sentence with a verb still ends it ("... came ashore at 8:31 p.m. Rescuers went out ...").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.nlp.pipeline import parse


@pytest.mark.parametrize(
    "text",
    [
        "As of 8:30 p.m. Storm Velm was about 115 miles from Norport, where it is expected to bring heavy rain.",
        "The port closed early. At about 11 a.m. Harbour officials ordered every ferry back to its berth.",
        "By 6 p.m. Norport had lost power in most of its districts, the utility said.",
    ],
)
def test_pipeline_a_clock_phrase_opening_a_sentence_ends_no_sentence(text: str) -> None:
    opening = text.index("p.m." if "p.m." in text else "a.m.")
    sentences = [s for s in parse(text).sents if s.start_char <= opening < s.end_char]
    assert len(sentences) == 1
    assert sentences[0].text.rstrip().endswith(text.rstrip()[-12:])


def test_pipeline_a_clock_time_closing_a_sentence_still_ends_it() -> None:
    text = ("Storm Velm came ashore near Norport, Velm, at 8:31 p.m. Watch the coverage of the storm on the coast "
            "guard's site.")
    starts = {s.start_char for s in parse(text).sents}
    assert text.index("Watch") in starts
