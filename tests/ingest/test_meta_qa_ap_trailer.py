"""The wire trailer "(Reporting by ...; Editing by ...)" signs Reuters' copy (blind review AP, #23): a report with
no other outlet cue is that agency's; another outlet's dateline over it keeps the outlet open or its own.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.ingest.meta import infer_outlet
from storyline.model import Article

_BODY = ("Harbour regulator approves Velm ferry merger\n\n"
         "The Norland harbour regulator approved the merger of the two Velm ferry lines on Tuesday.\n\n"
         "The merged line will run eight ships, the regulator said.\n\n")


def test_meta_qa_ap_the_wire_trailer_names_reuters() -> None:
    text = _BODY + ("(Reporting By Nils Arden in Velm and Tam Berro in Norport; Editing by Catrin Oduya and "
                    "Piet Moss)\n")
    outlet = infer_outlet(Article(id="a", text=text)).outlet
    assert outlet.value == "Reuters"
    assert outlet.inferred
    assert outlet.method == "sign-off"


def test_meta_qa_ap_writers_alone_in_brackets_name_no_outlet() -> None:
    text = _BODY + "(Reporting by Nils Arden in Velm)\n"
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None


def test_meta_qa_ap_another_agency_s_dateline_is_not_overruled_by_the_trailer() -> None:
    text = ("VELM (Orrin Press) - The Norland harbour regulator approved the ferry merger on Tuesday.\n\n"
            "The merged line will run eight ships, the regulator said.\n\n"
            "(Reporting by Nils Arden; editing by Catrin Oduya)\n")
    assert infer_outlet(Article(id="a", text=text)).outlet.value != "Reuters"
