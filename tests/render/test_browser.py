"""The HTML brief in headless Chromium: no console errors, no requests but the file, not blank, citations work."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from typing import Any

import pytest

from brief.fixtures import brief
from storyline.render.html import render_html

from .chromium import CHROMIUM, chromium_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it)"),
]


@pytest.fixture(scope="module")
def page_of_brief(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, list[str], list[str]]]:
    path = tmp_path_factory.mktemp("brief") / "brief.html"
    path.write_text(render_html(brief()), encoding="utf-8")
    with chromium_page() as (page, errors, requests):
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        yield page, errors, [u for u in requests if u != path.as_uri()]


def _png_pixels(png: bytes) -> set[bytes]:
    """Distinct pixel values of an 8-bit RGB(A) PNG (enough of a decoder for Chromium's screenshots)."""
    pos, chunks, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", data[:8])
            channels = {2: 3, 6: 4}[data[9]]
        elif kind == b"IDAT":
            chunks += data
        pos += 12 + length
    raw = zlib.decompress(chunks)
    stride = width * channels
    # filters change bytes, not which colours exist; sampling unfiltered-ish rows is enough to see variety
    rows = [raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)] for y in range(0, height, 7)]
    return {row[x : x + channels] for row in rows for x in range(0, stride, channels * 5)}


def test_browser_no_console_errors_and_no_network(page_of_brief: tuple[Any, list[str], list[str]]) -> None:
    _, errors, requests = page_of_brief
    assert errors == []
    assert requests == []


def test_browser_screenshot_is_not_blank(page_of_brief: tuple[Any, list[str], list[str]]) -> None:
    page, _, _ = page_of_brief
    shot = page.screenshot(full_page=False)
    assert len(_png_pixels(shot)) > 20


def test_browser_cited_passages_are_present(page_of_brief: tuple[Any, list[str], list[str]]) -> None:
    page, _, _ = page_of_brief
    marks = page.locator("article.src mark").all_inner_texts()
    assert any("stay shut until June" in m for m in marks)
    assert page.locator("ul.summary li").count() >= 3
    assert page.locator("svg.timeline").is_visible()
    assert page.locator("svg.provenance").is_visible()


def test_browser_hover_and_click_show_the_passage(page_of_brief: tuple[Any, list[str], list[str]]) -> None:
    page, _, _ = page_of_brief
    cite = page.locator("ul.summary a.cite").first
    pop = cite.locator(".pop")
    assert not pop.is_visible()
    cite.hover()
    assert pop.is_visible()
    assert "stay shut until June" in pop.inner_text()
    target = cite.get_attribute("href")
    assert target
    assert target.startswith("#")
    cite.click()
    assert page.evaluate("location.hash") == target
    # the anchor sits just before the marked passage, which :target styling highlights
    mark = page.locator(f"{target} ~ mark").first
    assert "stay shut until June" in mark.inner_text()
    assert mark.is_visible()
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(255, 212, 92)"
