"""The API's guards, over a real store and a real uvicorn server: a stored report is never replaced by
another text under its id, oversized bodies are refused before they are read, briefs come in every format,
stories are named from the start, and a page address answers its errors with a page."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from brief.fixtures import COAST, HARBOUR, brief
from storyline.model import Article, Assignment, MetaValue
from storyline.pipeline import brief_version
from storyline.render.json import render_json
from storyline.store import Store

from .server import harbour_store, serving

# a fictional report of another event, short enough for the whole pipeline to run in a test
LIGHTHOUSE = (
    "The Kestrel Point lighthouse will reopen to visitors on Saturday after a year of repairs, "
    "the Vantley county council said on Thursday.\n\n"
    "\"The lamp room is finished and the stairs are safe again,\" council engineer Ines Farrow said."
)


@pytest.fixture
def served() -> Iterator[tuple[Store, str]]:
    """A fresh store holding the fictional harbour story with its brief built, and a server over it."""
    store = harbour_store()
    with serving(store) as url:
        yield store, url
    store.close()


def _post(url: str, records: object) -> httpx.Response:
    return httpx.post(url + "/api/articles", content=json.dumps(records).encode(), timeout=120)


def test_api_post_other_text_under_a_stored_id_is_a_conflict(served: tuple[Store, str]) -> None:
    store, url = served
    r = _post(url, {"id": "coast-1", "text": "A rewritten text that is not the Coast Daily report."})
    assert r.status_code == 409
    assert "'coast-1'" in json.dumps(r.json())
    assert httpx.get(url + "/api/articles/coast-1").json()["text"] == COAST
    assert store.load_brief("s1") == json.loads(json.dumps(render_json(brief())))  # the brief was not rebuilt


def test_api_post_batch_keeps_its_good_records_beside_a_conflict(served: tuple[Store, str]) -> None:
    _, url = served
    r = _post(url, [{"id": "herald-1", "text": "Not the Herald's text."}, {"id": "light-1", "text": LIGHTHOUSE}])
    assert r.status_code == 200, r.text
    added = r.json()
    assert added["articles"] == ["light-1"]
    assert any("'herald-1'" in p and "different text" in p for p in added["problems"])
    assert httpx.get(url + "/api/articles/herald-1").json()["text"] == HARBOUR
    assert httpx.get(url + "/api/articles/light-1").json()["text"] == LIGHTHOUSE


def test_api_post_one_id_twice_in_a_batch_keeps_the_first_text(served: tuple[Store, str]) -> None:
    _, url = served
    r = _post(url, [{"id": "light-1", "text": LIGHTHOUSE}, {"id": "light-1", "text": "A second, other text."}])
    assert r.status_code == 200, r.text
    assert any("'light-1'" in p for p in r.json()["problems"])
    assert httpx.get(url + "/api/articles/light-1").json()["text"] == LIGHTHOUSE


def test_api_post_same_report_again_is_accepted(served: tuple[Store, str]) -> None:
    _, url = served
    first = _post(url, {"id": "light-1", "text": LIGHTHOUSE})
    again = _post(url, {"id": "light-1", "text": LIGHTHOUSE})
    assert first.status_code == again.status_code == 200
    assert again.json()["problems"] == []
    assert again.json()["assignments"] == first.json()["assignments"]


def test_api_post_declared_oversized_body_is_refused_unread(served: tuple[Store, str]) -> None:
    _, url = served
    where = urlsplit(url)
    # the headers promise 50 MB and no byte of it is sent: a server that reads the body first never answers
    head = (
        "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        "Content-Length: 50000000\r\n\r\n"
    )
    with socket.create_connection((where.hostname, where.port), timeout=5) as conn:
        conn.sendall(head.encode())
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            chunk = conn.recv(4096)
            if not chunk:
                break
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413")
    assert b"20,000,000 bytes" in answer


def test_api_post_streamed_body_is_refused_once_past_the_limit() -> None:
    def chunks() -> Iterator[bytes]:
        yield b'[{"id": "big", "text": "'
        for _ in range(20):
            yield b"The Kestrel Point lamp was lit again. " * 10
        yield b'"}]'

    with Store(":memory:") as store, serving(store, max_body=1000) as url:
        r = httpx.post(url + "/api/articles", content=chunks(), timeout=30)  # no length: sent chunked
        assert r.status_code == 413
        assert "1,000 bytes" in r.json()["detail"]
        assert store.article_ids() == []


def test_api_brief_in_markdown_and_html(served: tuple[Store, str]) -> None:
    _, url = served
    md = httpx.get(url + "/api/stories/s1/brief", params={"format": "md"})
    assert md.status_code == 200
    assert md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# The Port Alder harbour bridge")
    page = httpx.get(url + "/api/stories/s1/brief", params={"format": "html"})
    assert page.headers["content-type"].startswith("text/html")
    assert page.text.startswith("<!DOCTYPE html>")
    assert "default-src 'none'" in page.text  # the self-contained file, not the served page
    assert httpx.get(url + "/api/stories/s1/brief", params={"format": "json"}).json()["schema"] == "storyline.brief/1"


def test_api_brief_unknown_format_names_the_allowed_ones(served: tuple[Store, str]) -> None:
    _, url = served
    r = httpx.get(url + "/api/stories/s1/brief", params={"format": "pdf"})
    assert r.status_code == 400
    assert r.json()["detail"] == "unknown format 'pdf'; allowed: json, md, html"
    assert httpx.get(url + "/api/stories/s9/brief", params={"format": "md"}).status_code == 404


def test_api_stories_are_named_before_their_brief_is_built() -> None:
    titled = Article(id="t1", text=HARBOUR, title=MetaValue(value="Harbour bridge shut until June", inferred=True))
    untitled = Article(id="u1", text=LIGHTHOUSE)
    with Store(":memory:") as store:
        store.save_articles([titled, untitled])
        store.save_assignments([Assignment(article="t1", story="s1"), Assignment(article="u1", story="s2")])
        with serving(store) as url:
            titles = {r["id"]: r["title"] for r in httpx.get(url + "/api/stories").json()}
            index = httpx.get(url + "/").text
    assert titles["s1"] == "Harbour bridge shut until June"
    # no title anywhere: the opening words of its report, cut at a word
    assert titles["s2"].startswith("The Kestrel Point lighthouse will reopen")
    assert titles["s2"].endswith(" …")
    assert ">Harbour bridge shut until June</a>" in index
    assert ">The Kestrel Point lighthouse will reopen" in index


def test_api_page_errors_are_pages_and_api_errors_json(served: tuple[Store, str]) -> None:
    _, url = served
    for path in ("/stories/s99", "/no/such/page"):
        r = httpx.get(url + path, headers={"Accept": "text/html"})
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("text/html")
        assert '<a class="home" href="/">storyline</a>' in r.text  # the site header
        assert 'href="/">Back to the list of stories' in r.text
    assert "no story &#39;s99&#39;" in httpx.get(url + "/stories/s99").text
    api = httpx.get(url + "/api/stories/s99/brief", headers={"Accept": "text/html"})
    assert api.status_code == 404
    assert api.json() == {"detail": "no story 's99'"}


def test_api_story_page_has_one_h1_the_story_title(served: tuple[Store, str]) -> None:
    _, url = served
    page = httpx.get(url + "/stories/s1").text
    assert page.count("<h1") == 1
    assert '<h1 class="title">The Port Alder harbour bridge' in page


def test_api_rebuilds_a_brief_that_older_code_built() -> None:
    # a brief stored by another version of storyline (an upgrade) is stale: the API builds it again
    store = harbour_store()
    store.save_brief("s1", {"schema": "storyline.brief/1", "stories": [{"id": "s1", "title": "Stale"}]},
                     version="storyline-0.0+old")
    with serving(store) as url:
        brief_json = httpx.get(url + "/api/stories/s1/brief", timeout=120).json()
    assert brief_json["stories"][0]["title"] != "Stale"
    assert store.load_brief("s1", version=brief_version()) == brief_json
    store.close()
