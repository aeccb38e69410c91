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


def test_a_description_is_the_bare_name_that_speaks_right_after_it() -> None:
    text = (
        "Outage hits Korvel Resorts\n\n"
        "Korvel Resorts said its hotels remain open.\n\n"
        "An expert in network safety told the Ardel Tribune it is too early to say whether the resort chain was "
        "hit by a ransom attack, although several clues point that way. \u201cI am sure they are losing money "
        "every hour,\u201d Lena Ostrow said Tuesday.\n"
    )
    assert speakers(text, "too early to say") == ["Lena Ostrow"]


def test_a_description_is_not_a_person_named_before_it() -> None:
    text = (
        "Outage hits Korvel Resorts\n\n"
        "Lena Ostrow, who heads the resort chain's board, said the hotels remain open.\n\n"
        "An analyst told the Ardel Tribune it is too early to say whether the chain was hit by a ransom attack. "
        "\u201cWe are working around the clock,\u201d Lena Ostrow said Tuesday.\n"
    )
    assert speakers(text, "too early to say") != ["Lena Ostrow"]


def test_a_deal_that_calls_for_a_raise_inside_a_union_s_words_is_no_speaker() -> None:
    text = (
        "Dock union reaches deal with Harlow Shipping\n\n"
        "The Allied Dock Workers said the agreement calls for a 20% wage increase over three years.\n"
    )
    found = run(text)
    assert "agreement" not in {q.speaker for q in found}
    assert {q.speaker for q in found if "wage increase" in q.text} == {"Allied Dock Workers"}


def test_the_release_is_the_announcement_the_report_told_of() -> None:
    text = (
        "Peanut spread recalled in Kestria\n\n"
        "The Kestria Food Agency said in an announcement on Friday that it is investigating an outbreak of "
        "salmonella linked to a plant in Port Ardel.\n\n"
        "The release says an analysis of a 2010 sample has linked the current strain to the plant.\n"
    )
    assert speakers(text, "2010 sample") == ["Kestria Food Agency"]


def test_the_release_after_another_speaker_is_nobody_rather_than_the_release() -> None:
    text = (
        "Peanut spread recalled in Kestria\n\n"
        "The Kestria Food Agency said in an announcement on Friday that it is investigating an outbreak of "
        "salmonella linked to a plant in Port Ardel.\n\n"
        "\u201cWe are checking every jar,\u201d said Ilse Varga, a plant manager.\n\n"
        "The release says an analysis of a 2010 sample has linked the current strain to the plant.\n"
    )
    assert speakers(text, "2010 sample") == [None]


def test_the_bureau_is_the_agency_named_by_an_acronym_just_before() -> None:
    text = (
        "Inquiry opened into outage at Korvel Resorts\n\n"
        "The FIB is \u201caware of the incident,\u201d the bureau said in a statement from its national press "
        "office.\n"
    )
    assert set(speakers(text, "aware of the incident")) == {"FIB"}
