"""Outlets and titles the blind review BB (#16, #17, #25) found missing: a copyright line naming the outlet's
company ("© 2021 The Velm Gazette Company"), a live blog inviting its reader to follow its own coverage ("Follow
Velm Gazette's live coverage of budget day below ..."), and a headline put as a question after its topic ("Velm
Harbour Budget: Fixing the Ferries?").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.ingest.meta import infer_outlet, infer_title
from storyline.model import Article

_BODY = ("The Norland harbour board approved a new ferry levy on Tuesday.\n\n"
         "The levy will raise 40 million crowns a year, the board said.\n\n")


def test_a_copyright_line_naming_the_outlet_s_company_is_a_self_reference() -> None:
    text = ("Velm harbour approves ferry levy\n\nVelm. Written By: Mara Quell and Jon Marr © 2021 The Velm Gazette "
            "Company. Updated: Mar 3, 2021, 09:23 PM\n\n" + _BODY)
    outlet = infer_outlet(Article(id="a", text=text)).outlet
    assert outlet.value == "Velm Gazette"
    assert outlet.evidence


def test_a_copyright_sign_without_a_year_names_no_outlet() -> None:
    # a picture's credit after the sign names who owns the picture, not the page
    text = ("Velm harbour approves ferry levy\n\nThe board meets in Velm. © Harbour Gazette\n\n" + _BODY)
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None


def test_a_picture_s_copyright_with_its_year_names_no_outlet() -> None:
    text = ("Velm harbour approves ferry levy\n\nThe board meets at the quay. © 2023 Harbour Images\n\n" + _BODY)
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None


def test_a_live_blog_inviting_its_reader_to_follow_its_coverage_names_its_outlet() -> None:
    text = ("Velm budget day: live updates\n\nFollow Velm Gazette’s live coverage of budget day below and join in "
            "the conversation in our comments section\n\n" + _BODY)
    outlet = infer_outlet(Article(id="a", text=text)).outlet
    assert outlet.value == "Velm Gazette"
    assert outlet.method == "self-reference"


def test_a_headline_put_as_a_question_after_its_topic_is_the_title() -> None:
    line = "Velm Harbour Budget Statement: Fixing the Ferries?"
    text = f"{line}\n\n£40 million in levies and a new plan for the harbour.\n\n" + _BODY
    title = infer_title(Article(id="a", text=text)).title
    assert title.value == line


def test_a_lede_s_question_is_no_title() -> None:
    text = "Who will pay for the new ferries in the harbour?\n\n" + _BODY
    assert infer_title(Article(id="a", text=text)).title.value is None
