"""Quotation problems from QA round AF: titles quoted inside a quotation with the same marks, and an aim that
reports no speech (seeking to bolster)."""

from __future__ import annotations

from storyline.extract.quotes import extract_quotes
from storyline.extract.quotes_marks import find_marked
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    return extract_quotes(Article(id="t", text=text), parse(text), ())


def cued(text: str, cue: str) -> list[str]:
    """The texts of the items whose cue is ``cue``."""
    return [q.text for q in run(text) if q.cue_span is not None and text[q.cue_span.start : q.cue_span.end] == cue]


def test_titles_in_straight_marks_inside_a_straight_quotation_stay_inside_it() -> None:
    text = (
        'Pia Lund wrote on her blog: "I am sad to hear about Rosa Vey. She was one of the best. '
        '"Harbour Lights at Dawn" will always be my song. And nothing beats her take on "Blue Kettle." '
        'I loved her show too. Rest well."\n'
    )
    marked = find_marked(text)
    assert len(marked) == 1
    assert text[marked[0].start : marked[0].end].endswith("Rest well.")
    assert '"Harbour Lights at Dawn"' in text[marked[0].start : marked[0].end]


def test_a_title_in_the_same_marks_mid_sentence_stays_inside_the_quotation() -> None:
    text = 'Tomas Brek said: "We played "Green Valley Song" every night of the tour."\n'
    quotes = run(text)
    assert [q.text for q in quotes] == ['We played "Green Valley Song" every night of the tour.']


def test_two_separate_quotations_are_still_two() -> None:
    text = 'Tomas Brek called it "a mess" and "a Dull Affair" in his column.\n'
    assert [text[m.start : m.end] for m in find_marked(text)] == ["a mess", "a Dull Affair"]


def test_an_aim_whose_object_is_the_noun_described_reports_nothing() -> None:
    text = (
        "Mayor Ilse Varga will raise fees on ferries, and for small trades — like weaving and pottery — "
        "that she’s sought to protect since she took office.\n"
    )
    assert cued(text, "sought") == []


def test_an_aim_with_its_own_object_still_reports() -> None:
    text = "Mayor Ilse Varga has sought to protect small trades since she took office.\n"
    assert cued(text, "sought") == ["to protect small trades since she took office"]


def test_a_refusal_whose_object_is_the_noun_described_still_reports() -> None:
    text = "Holm insisted he has new questions for Osk, not the ones he refused to answer last year.\n"
    assert cued(text, "refused") != []


def test_a_second_that_clause_of_what_was_said_keeps_its_aim() -> None:
    text = "Rosa Vey said she valued Holm’s apology and that she wanted to move forward.\n"
    assert cued(text, "wanted") == ["to move forward"]
