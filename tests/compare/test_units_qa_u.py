"""A report's statements from QA round U: a label of the page's furniture ("Details:") leads no statement, a
quoted phrase that finishes its clause ("..., but is \u201csubject to ...\u201d") is not cut out of it, and a
sentence that holds a show's title ending on "!" is one statement (the parse does not end it at the title)."""

from __future__ import annotations

from storyline.compare.units import report_units
from storyline.extract import analyze_doc
from storyline.model import Analysis, Article, Furniture, Span
from storyline.nlp.pipeline import parse


def _units(text: str, furniture: tuple[Furniture, ...] = ()) -> list[str]:
    analysis = Analysis(article="a", version="t", furniture=furniture)
    return [u.text for u in report_units(Article(id="a", text=text), analysis, 0, lambda span: [])]


def test_units_qa_u_a_label_of_the_furniture_leads_no_statement() -> None:
    text = "Why it matters: With a deal in hand, the port of Velm can turn to the pilots' union."
    label = Furniture(span=Span(article="a", start=0, end=15), kind="label")
    assert _units(text, (label,))[0].startswith("With a deal")


def test_units_qa_u_a_quoted_phrase_that_finishes_its_clause_stays_in_it() -> None:
    text = ("The union said a tentative agreement with the port of Velm has been reached, but is "
            "\u201csubject to drafting final contract language.\u201d")
    units = _units(text)
    assert not any(u.rstrip().endswith("but is") for u in units)
    assert any("but is \u201csubject to drafting" in u for u in units)


def test_units_qa_u_a_title_ending_on_an_exclamation_mark_does_not_end_the_sentence() -> None:
    text = ("As a result of the deal, nightly shows including Harbour TV\u2019s \u201cVelm Tonight Live!\u201d could "
            "return to the air within days.")
    article = Article(id="a", text=text)
    analysis = analyze_doc(article, parse(text), version="t")
    units = [u.text for u in report_units(article, analysis, 0, lambda span: [])]
    assert any(u.startswith("As a result") and u.endswith("within days") for u in units)
