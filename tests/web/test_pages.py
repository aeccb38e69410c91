"""The served pages: stories list, a story's brief beside its reports, search; all escaped."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from .server import harbour_store, serving


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    store = harbour_store()
    with serving(store) as base:
        yield base
    store.close()


def test_pages_index_lists_the_story(url: str) -> None:
    page = httpx.get(url + "/")
    assert page.status_code == 200
    assert 'href="/stories/s1"' in page.text
    assert "Harbour Herald" in page.text


def test_pages_story_shows_brief_and_marked_reports(url: str) -> None:
    page = httpx.get(url + "/stories/s1").text
    assert "<h3>Summary</h3>" in page
    assert '<section class="story"' in page
    assert "<mark>The Port Alder harbour bridge will stay shut until June" in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
    assert httpx.get(url + "/stories/none").status_code == 404


def test_pages_search_escapes_snippets(url: str) -> None:
    page = httpx.get(url + "/search", params={"q": "alert"}).text
    assert "<script>" not in page
    assert "<mark>alert</mark>" in page
    assert 'href="/stories/s1"' in page
    assert "No report" in httpx.get(url + "/search", params={"q": "zeppelin"}).text


def test_pages_search_names_each_hit_by_its_outlet_not_its_id(url: str) -> None:
    page = httpx.get(url + "/search", params={"q": "bridge"}).text
    assert ">Harbour Herald</a>" in page
    assert ">herald-1</a>" not in page
