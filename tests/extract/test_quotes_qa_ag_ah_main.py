"""Speech read wrongly in blind QA rounds AG and AH (quote marks and their speakers), each case in invented text."""

from __future__ import annotations

from quote_helpers import run

# ---- a teller in the tag, an outlet that carried the words ----------------------------------------------------


def test_the_teller_in_the_tag_speaks_not_the_outlet_that_carried_the_words() -> None:
    text = (
        "Marlow Tools will cut 800 jobs. "
        '"This will mean parting with many colleagues," said Ilse Varga, according to Coast News. '
        '"I am deeply sorry."'
    )
    said = [(q.speaker, q.text) for q in run(text) if q.kind == "direct"]
    assert said == [
        ("Ilse Varga", "This will mean parting with many colleagues,"),
        ("Ilse Varga", "I am deeply sorry."),
    ]
