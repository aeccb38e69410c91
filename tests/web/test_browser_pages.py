"""The served pages in headless Chromium: a real uvicorn server, the index, a story page, a citation clicked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from render.chromium import CHROMIUM, chromium_page

from .server import harbour_store, serving

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it)"),
]


@pytest.fixture(scope="module")
def browsing() -> Iterator[tuple[Any, str, list[str], list[str]]]:
    store = harbour_store()
    with serving(store) as base, chromium_page() as (page, errors, requests):
        yield page, base, errors, requests
    store.close()


def test_browser_pages_index_links_to_the_story_page(browsing: tuple[Any, str, list[str], list[str]]) -> None:
    page, base, errors, requests = browsing
    page.goto(base + "/")
    page.locator('a[href="/stories/s1"]').first.click()
    page.wait_for_load_state("load")
    assert page.url == base + "/stories/s1"
    assert page.locator("ul.summary li").count() >= 3
    assert errors == []
    assert all(u.startswith(base) for u in requests)  # nothing fetched from anywhere but the server


def test_browser_pages_citation_marks_the_passage(browsing: tuple[Any, str, list[str], list[str]]) -> None:
    page, base, _, _ = browsing
    page.goto(base + "/stories/s1")
    cite = page.locator("ul.summary a.cite").first
    target = cite.get_attribute("href")
    assert target
    assert target.startswith("#")
    cite.click()
    mark = page.locator(f"{target} ~ mark").first
    assert "stay shut until June" in mark.inner_text()
    assert mark.is_visible()
    assert "<script>alert" not in page.content()  # the hostile report text stays escaped in the live page
