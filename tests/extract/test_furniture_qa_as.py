"""Page furniture of blind review AS (#16, #7): a blog's sub-headings closed by a full stop ("The Verdict.",
"Harbour Grill Responds (sort of)."), a heading run into its paragraph ahead of the sentence that says it again
("Major setback for the port. The ruling is a major setback for the port ..."), a blogger's question put as a
heading in front of its answer ("What does this mean for anglers? Probably nothing ..."), and a statement's
signature line under it ("– Mara Quell, President, Harbour Affairs"), whose signer's name is given apart. A
report's own short sentences stay text.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture, signer
from storyline.model import Article


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


_BLOG = (
    "What the Velm Harbour Ruling Means for Anglers\n\n"
    "On Monday, June 3, 2024, Judge Orla Tamsby found that the Velm port authority broke the fishing code.\n\n"
    "What does this mean for anglers? Probably nothing, at least not for a few years.\n\n"
    "The Verdict.\n\n"
    "Judge Tamsby's decision states the authority kept its licences by breaking the code.\n\n"
    "Harbour Grill Responds (sort of).\n\n"
    "The authority answered with this statement:\n\n"
    "“This decision recognizes that our port is the best run on the coast. We plan to appeal.”\n\n"
    "– Mara Quell, President, Harbour Affairs\n"
)


@pytest.mark.parametrize("heading", ["The Verdict.", "Harbour Grill Responds (sort of)."])
def test_furniture_qa_as_a_title_case_line_closed_by_a_full_stop_is_a_heading(heading: str) -> None:
    assert ("heading", heading) in _kinds(_BLOG)


def test_furniture_qa_as_a_question_run_into_its_answer_is_a_heading() -> None:
    found = _kinds(_BLOG)
    assert ("heading", "What does this mean for anglers?") in found
    # the answer is the blogger's own words, left to the later stages
    assert not any("Probably nothing" in part for _, part in found)


@pytest.mark.parametrize("after", ["\n\nThe authority has thirty days to answer.\n", "\n"])
def test_furniture_qa_as_a_heading_run_into_the_sentence_that_repeats_it(after: str) -> None:
    text = ("Velm port loses its licence case\n\n"
            "A judge ruled Monday that the Velm port authority broke the fishing code.\n\n"
            "Major setback for the port. The ruling is a major setback for the port, which had argued that its "
            "licences were lawful." + after)
    found = _kinds(text)
    assert ("heading", "Major setback for the port.") in found
    assert not any(part.startswith("The ruling is") for _, part in found)


@pytest.mark.parametrize("paragraph", [
    # a short sentence whose words the next one does not take up again is the report's
    "Nobody was hurt. The ferry was towed back to the quay on Monday.",
    "Ruiz resigned. The council named Olek Varn in her place.",
    # a quoted question opening a paragraph is someone's words
    "“What does this mean for us?” Ruiz asked the council on Monday.",
])
def test_furniture_qa_as_a_paragraph_opening_on_a_short_sentence_stays_text(paragraph: str) -> None:
    text = ("Velm ferry runs aground\n\nThe Velm ferry ran aground on Sunday night.\n\n" + paragraph +
            "\n\nThe port reopened on Tuesday.\n")
    assert not any(kind == "heading" and part != "Velm ferry runs aground" for kind, part in _kinds(text))


@pytest.mark.parametrize("line", ["Nobody was hurt.", "The ferry sank.", "Ruiz resigned on Monday."])
def test_furniture_qa_as_a_short_sentence_alone_on_its_line_stays_text(line: str) -> None:
    text = "Velm ferry runs aground\n\nThe Velm ferry ran aground on Sunday night.\n\n" + line + \
           "\n\nThe port reopened on Tuesday.\n"
    assert not any(kind == "heading" and part == line for kind, part in _kinds(text))


def test_furniture_qa_as_a_statements_signature_line_names_its_signer() -> None:
    found = _kinds(_BLOG)
    assert ("signature", "– Mara Quell, President, Harbour Affairs") in found
    assert ("signer", "Mara Quell") in found
    line_start = _BLOG.index("– Mara")
    name = signer(_BLOG, line_start, len(_BLOG.rstrip()))
    assert name is not None
    assert _BLOG[name[0] : name[1]] == "Mara Quell"


@pytest.mark.parametrize("line", [
    "– Associated Press",  # an outlet signs the copy: a byline, no person's signature
    "– and the port stayed shut for a week, Ruiz said.",
    "— Mara Quell (@mquell) June 3, 2024",  # an embedded post's signature
])
def test_furniture_qa_as_a_dash_line_that_is_no_persons_signature(line: str) -> None:
    text = "Velm port loses its case\n\n“We will appeal,” the authority said.\n\n" + line + "\n"
    found = _kinds(text)
    assert not any(kind in ("signature", "signer") for kind, _ in found)
