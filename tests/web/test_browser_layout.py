"""The served story page in headless Chromium at a phone's width, and the clicked citation's mark."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from render.chromium import CHROMIUM, chromium_page
from render.wide import brief_with_a_long_conflict
from storyline.model import Assignment
from storyline.pipeline import brief_version
from storyline.render.json import render_json
from storyline.store import Store

from .server import serving

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it)"),
]


@pytest.fixture(scope="module")
def browsing() -> Iterator[tuple[Any, str]]:
    store = Store(":memory:")
    b = brief_with_a_long_conflict()
    store.save_articles(list(b.articles))
    store.save_assignments([Assignment(article=a.id, story="s1") for a in b.articles])
    store.save_brief("s1", render_json(b), version=brief_version())
    with serving(store) as base, chromium_page() as (page, _, _):
        yield page, base
    store.close()


def test_browser_layout_story_page_fits_a_phone(browsing: tuple[Any, str]) -> None:
    page, base = browsing
    page.set_viewport_size({"width": 400, "height": 800})
    try:
        page.goto(base + "/stories/s1")
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        # the Facts table keeps its columns and scrolls inside its own box instead
        box = page.locator("table.facts").evaluate("t => t.parentElement.getBoundingClientRect().right")
        assert box <= 400
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def test_browser_layout_clicked_citation_stands_out(browsing: tuple[Any, str]) -> None:
    page, base = browsing
    page.goto(base + "/stories/s1")
    cite = page.locator("ul.summary a.cite").first
    target = cite.get_attribute("href")
    assert target
    cite.click()
    style = "m => { const s = getComputedStyle(m); return [s.outlineColor, s.backgroundColor, s.textDecorationLine] }"
    clicked = page.locator(f"{target} ~ mark").first.evaluate(style)
    others = [m for m in page.locator("article.src mark").evaluate_all(f"ms => ms.map({style})") if m != clicked]
    outline, background, decoration = clicked
    assert outline != background  # a frame of another colour than the fill (not a deeper yellow alone)
    assert "underline" in decoration
    assert others
    assert all("underline" not in m[2] for m in others)
    # scrolled to with room above it: its top is not at the very edge of the reports' pane
    gap = page.locator(f"{target} ~ mark").first.evaluate(
        "m => m.getBoundingClientRect().top - document.querySelector('.sources').getBoundingClientRect().top"
    )
    assert gap >= 24
