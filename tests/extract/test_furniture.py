"""Page furniture: captions with credits, headings, bylines, boilerplate."""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers met on Friday.\n\n"
            "The minister with envoys in Oslo, on May 2, 2021. JANE ROE/AFP/Getty Images"
            "\n\nTalks went on.",
            [
                ("caption", "The minister with envoys in Oslo, on May 2, 2021. JANE ROE/AFP/Getty Images"),
                ("credit", "JANE ROE/AFP/Getty Images"),
            ],
        ),
        ("Talks began.\nTrade worries grow\nThe ministers met again.", [("heading", "Trade worries grow")]),
        ("By Ann Lee, Reuters\nTalks began on Monday.", [("byline", "By Ann Lee, Reuters")]),
        (
            "Talks began.\nRead more: the summit in pictures\nThey ended.",
            [("boilerplate", "Read more: the summit in pictures")],
        ),
        (
            "Talks began.\nSign up for our morning newsletter.\nThey ended.",
            [("boilerplate", "Sign up for our morning newsletter.")],
        ),
        ("Talks began on Monday.\nThe ministers said they would meet again.", []),
        (
            "The ferry sank.\n\nHere's a guide to what we know.\n\nThis post will be updated as news comes in.\n\n"
            "Divers went down.",
            [
                ("boilerplate", "Here's a guide to what we know."),
                ("boilerplate", "This post will be updated as news comes in."),
            ],
        ),
        (
            "The ferry sank.\n\nWhat do we know about the wreck?\n\nDivers found it at dawn.",
            [("heading", "What do we know about the wreck?")],
        ),
        (
            "The ferry sank.\n\nFerry down off the cape, all crew safe pic.twitter.com/ab12Cd\n"
            "— Harbour Radio (@harbourradio) March 3, 2024\n\nDivers went down.",
            [
                ("embed", "Ferry down off the cape, all crew safe pic.twitter.com/ab12Cd"),
                ("embed", "— Harbour Radio (@harbourradio) March 3, 2024"),
            ],
        ),
        # a question in the running text, with more around it, is no heading
        ("The ferry sank.\n\nWhy did the captain turn back, she asked, when the sea was calm?\n\nNo one knew.", []),
    ],
)
def test_furniture_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_furniture_heading_needs_text_after() -> None:
    # a short last line is a sign-off or a fragment, not a section heading
    assert _found("Talks began on Monday.\nMore soon") == []
