"""Page furniture as it stands in the text of a saved web page: disclaimers, credits, stamps, promotions, posts."""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture, line_kind
from storyline.model import Article

BODY = "The harbour ferry ran aground off Velm Point on Tuesday, the port authority said."
MORE = "Divers checked the hull on Wednesday and found a long crack below the waterline."


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="t", text=text))]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This is AI generated summarization, which may have errors. For context, always refer to the full article.",
         "boilerplate"),
        ("This summary was automatically generated and may contain mistakes.", "boilerplate"),
        ("Editor's note: This story has been changed to add the mayor's reply.", "boilerplate"),
        ("Watch more News on HarbourTV", "boilerplate"),
        ("Published: Mar. 4, 2024 at 9:12 AM CST|Updated: 12 minutes ago", "stamp"),
        ("Updated 10:31 a.m. EDT, Wed March 6, 2024", "stamp"),
        ("Ferry aground at Velm Point, all crew safe #Velm pic.twitter.com/Ab12Cd34", "embed"),
        ("O ferry encalhou esta manhã.— Port Radio (@portradio) March 5, 2024", "embed"),
        (
            "The ferry lies on its side at Velm Point, on Tuesday, March 5, 2024, as tugs wait for the tide. "
            "Velm Post/ Ana Ruiz",
            "caption",
        ),
        (
            "Tugs wait off Velm Point on March 5, 2024. The ferry grounded at dawn in fog.( The Velm Ledger )",
            "caption",
        ),
        # report sentences that name the same things are no furniture
        ("The mayor said AI-generated pictures of the wreck spread quickly on social media.", None),
        ("Watch officials explain the rescue plan, the port said in a post on Monday.", None),
        ("Published in 2019, the port's own report warned that the channel was too shallow.", None),
        (BODY, None),
    ],
)
def test_furniture_line_kind_on_web_copies(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


def test_furniture_caption_with_a_spaced_credit_is_a_caption() -> None:
    caption = "Crews work beside the grounded ferry at Velm Point on March 5, 2024. Velm Post/ Ana Ruiz"
    found = _found(f"{BODY}\n\n{caption}\n\n{MORE}")
    assert found == [("caption", caption), ("credit", "Velm Post/ Ana Ruiz")]


def test_furniture_bracketed_source_after_a_caption() -> None:
    caption = "The ferry leans at Velm Point on March 5, 2024. Tugs wait for the tide.( The Velm Ledger )"
    found = _found(f"{BODY}\n\n{caption}\n\n{MORE}")
    assert found == [("caption", caption), ("credit", "( The Velm Ledger )")]


def test_furniture_a_long_headline_under_a_section_name_is_a_heading() -> None:
    """The first line below the page's furniture is the headline, even a long one that opens with a figure: it
    is not the report's content (a numeral opening it must not become a fact of its own)."""
    headline = "7 crew rescued from ferry aground off Velm Point after night in fog, port authority says"
    text = f"Travel & Leisure\n{headline}\n\n{BODY}\n\n{MORE}"
    assert _found(text) == [("heading", "Travel & Leisure"), ("heading", headline)]


def test_furniture_a_long_line_in_the_running_text_is_no_heading() -> None:
    line = "Seven crew were rescued from the ferry after a night in fog off the point in the harbour mouth"
    assert _found(f"{BODY}\n\n{line}\n\n{MORE}") == []


def test_furniture_stamp_and_disclaimer_lines_in_a_page() -> None:
    stamp = "Published: Mar. 4, 2024 at 9:12 AM CST|Updated: 12 minutes ago"
    note = "This is AI generated summarization, which may have errors."
    found = _found(f"{note}\n\n{BODY}\n{stamp}\n{MORE}")
    assert ("boilerplate", note) in found
    assert ("stamp", stamp) in found
