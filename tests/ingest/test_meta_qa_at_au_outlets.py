"""Outlets a report names of itself in ways the cues missed (blind reviews AT #16, AU #23/#24): its newsletter
("sign up for VELMWEEK's free daily newsletter"), a dateline whose outlet's name holds a figure ("VELM (Harbour
2nd) -"), a known outlet after a hyphen closing the text ("... the regulator said. - Guardian"), and a headline of
over 150 characters with no closing punctuation.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.ingest.meta import infer_outlet, infer_title
from storyline.model import Article

_BODY = ("The Norland harbour regulator approved the merger of the two Velm ferry lines on Tuesday.\n\n"
         "The merged line will run eight ships, the regulator said.\n\n")


def test_meta_qa_at_a_newsletter_sign_up_names_the_report_s_outlet() -> None:
    text = ("Velm ferry lines merge\n\n" + _BODY
            + "Never miss a story — sign up for VELMWEEK's free daily newsletter to stay up-to-date on the best of "
              "what VELMWEEK has to offer.\n")
    outlet = infer_outlet(Article(id="a", text=text)).outlet
    assert outlet.value == "VELMWEEK"
    assert outlet.method == "self-reference"
    assert outlet.evidence


def test_meta_qa_at_a_newsletter_of_a_cited_outlet_is_no_self_reference() -> None:
    text = ("Velm ferry lines merge\n\n" + _BODY
            + "The Harbour Gazette reported the deal first, according to the Harbour Gazette newsletter.\n")
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None


def test_meta_qa_au_a_dateline_outlet_with_a_figure_in_its_name() -> None:
    text = ("Velm ferry lines merge\n\nVELM (Harbour 2nd) - " + _BODY)
    outlet = infer_outlet(Article(id="a", text=text)).outlet
    assert outlet.value == "Harbour 2nd"
    assert outlet.method == "dateline"


def test_meta_qa_au_a_known_outlet_after_a_hyphen_closing_the_text_signs_it() -> None:
    text = ("Velm ferry lines merge\n\n" + _BODY
            + "“The line will run on time,” the regulator’s chair said. - Guardian\n")
    outlet = infer_outlet(Article(id="a", text=text)).outlet
    assert outlet.value == "The Guardian"
    assert outlet.method == "sign-off"


def test_meta_qa_au_a_hyphen_before_a_person_closing_the_text_names_no_outlet() -> None:
    text = ("Velm ferry lines merge\n\n" + _BODY + "The line will run on time, the chair said. - Mara Quell\n")
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None


def test_meta_qa_au_a_long_headline_without_closing_punctuation_is_the_title() -> None:
    head = ("Harbour birds are being harmed as 2,000 barrels’ worth of fuel leaked into the Velm estuary after a "
            "tanker breach 4 miles off the coast of the Norland harbour")
    assert 150 < len(head) <= 200
    titled = infer_title(Article(id="a", text=head + "\n\n" + _BODY)).title
    assert titled.value == head


def test_meta_qa_au_a_long_first_line_of_two_sentences_is_no_title() -> None:
    head = ("The Norland harbour regulator approved the merger of the two Velm ferry lines on Tuesday. The merged "
            "line will run eight ships from the spring, the regulator said in its ruling on the deal")
    assert 150 < len(head) <= 200
    assert infer_title(Article(id="a", text=head + "\n\n" + _BODY)).title.value is None
