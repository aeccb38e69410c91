"""Speech read wrongly in blind QA rounds AG and AH (quote marks and their speakers), each case in invented text."""

from __future__ import annotations

from quote_helpers import run
from test_quotes_qa_v import run_titled

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


# ---- a headline's second verb, and a closing credit after a partial quotation --------------------------------


def test_a_headline_s_second_verb_gives_its_words_to_the_subject_not_the_object() -> None:
    text = (
        "Quillon backs detained founder Arno Tisch, says 'it is wrong to blame us'....\n\n"
        "Quillon, a ferry booking app, has responded to the detention of its founder Arno Tisch."
    )
    said = [(q.speaker, q.text) for q in run_titled(text) if q.kind == "partial"]
    assert said == [("Quillon", "it is wrong to blame us")]


def test_a_partial_quotation_goes_with_the_said_that_holds_it_not_the_closing_credit() -> None:
    text = (
        "Velmar’s consulate in Kestow asked to see the detained sailor, but said local officials were"
        " “refusing to answer” its letters, Velmari state radio reported."
    )
    said = [(q.speaker, q.text) for q in run(text) if q.kind == "partial"]
    assert said == [("Velmar’s consulate in Kestow", "refusing to answer")]
