"""Speakers of blind QA rounds AI and AJ: "the company" after an agency named only by its acronym is the company
the report is about; "Special Agent" is a rank, not part of a name; a description that tells something is the
person named as the speaker right after it; a document that "calls for" something inside what a teller says is
no speaker of its own; "the release says" is whoever made the announcement the report told of.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from quote_helpers import run, speakers

INQUIRY = (
    "Inquiry opened into outage at Korvel Resorts\n\n"
    "The FIB is looking into a \u201cnetwork incident\u201d at Korvel Resorts International that shut down "
    "computer systems at company hotels across the country. Korvel Resorts has said its hotels remain open.\n\n"
    "The FIB has classified the inquiry as ongoing, the Ardel Tribune reported, citing Special Agent Tomas Rell, "
    "spokesperson for the bureau in Port Ardel.\n\n"
    "The company disclosed that the incident began on Sunday, leading to the shutdown of \u201csome systems\u201d "
    "to protect data.\n"
)


def test_the_company_after_an_acronym_bureau_is_the_company_not_the_bureau() -> None:
    assert speakers(INQUIRY, "the incident began on Sunday") == ["Korvel Resorts"]


def test_special_agent_is_a_rank_not_part_of_the_name() -> None:
    assert speakers(INQUIRY, "classified the inquiry") == ["Tomas Rell"]
