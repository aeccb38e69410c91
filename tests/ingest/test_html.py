from pathlib import Path

import pytest

from storyline.errors import MalformedInputError
from storyline.ingest.html import decode_html, html_to_text, read_html

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
PAGE = FIXTURES / "harbor_gazette_bridge.html"


def test_html_main_text_present_and_boilerplate_absent() -> None:
    article = read_html(PAGE.read_text(encoding="utf-8"), source="page.html")
    assert "The old harbor bridge reopened to traffic on Tuesday morning" in article.text
    assert "“We replaced every cable on the north span" in article.text
    for boilerplate in ("Subscribe today", "Most read", "All rights reserved", "Cookie settings", "analytics"):
        assert boilerplate not in article.text
    assert article.format == "html"
    assert article.source == "page.html"


def test_html_metadata_from_markup() -> None:
    article = read_html(PAGE.read_text(encoding="utf-8"), source="page.html")
    assert article.title.value == "Harbor bridge reopens after eight months"
    assert article.published.value == "2024-03-05"
    assert article.published.inferred is False
    assert article.url.value == "https://harborgazette.example/news/2024/harbor-bridge-reopens"
    assert article.outlet.value == "Harbor Gazette"


def test_html_known_site_name_is_canonicalized() -> None:
    markup = PAGE.read_text(encoding="utf-8").replace('content="Harbor Gazette"', 'content="The Associated Press"')
    assert read_html(markup, source="p").outlet.value == "AP"


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head><body>   </body></html>",
        "<html><body><script>var x = 1;</script><nav>Home</nav></body></html>",
    ],
)
def test_html_without_main_text_is_malformed(markup: str) -> None:
    with pytest.raises(MalformedInputError) as info:
        read_html(markup, source="broken.html")
    assert "broken.html" in str(info.value)


def test_html_declared_charset_is_used() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Señor Núñez</p></body></html>'
    assert "Señor Núñez" in decode_html(page.encode("latin-1"), source="p")


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>One <b>bold</b> word.</p><p>Second   paragraph.</p>", "One bold word.\nSecond paragraph."),
        ("Plain text, no tags.", "Plain text, no tags."),
        ("<div>Kept<script>dropped()</script></div><style>p{}</style>", "Kept"),
        ("<ul><li>first</li><li>second</li></ul>", "first\nsecond"),
    ],
)
def test_html_fragment_to_text(fragment: str, expected: str) -> None:
    assert html_to_text(fragment) == expected
