"""Wire credits and a blog's comment form are page furniture, not report text.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _furniture(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


def test_furniture_a_piped_wire_credit_and_a_line_of_wire_names() -> None:
    text = (
        "• Divers search the harbour of Velm on Friday. | REUTERS\n  AFP-JIJI\n\n"
        "Velm – Divers searched the harbour on Friday after a ferry sank with 40 people on board.\n"
    )
    found = _furniture(text)
    assert ("credit", "| REUTERS") in found
    assert ("credit", "AFP-JIJI") in found


def test_furniture_a_blogs_comment_form_and_a_bare_source_line() -> None:
    text = (
        "Divers searched the harbour on Friday after a ferry sank with 40 people on board.\n\n"
        "Source\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
    )
    kinds = {line: kind for kind, line in _furniture(text)}
    assert kinds.get("Source") == "boilerplate"
    assert kinds.get("Leave a Reply") == "boilerplate"
    assert any(line.startswith("Your email address") for line in kinds)
