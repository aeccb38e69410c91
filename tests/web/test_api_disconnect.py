"""A client that disconnects while its posted reports are processed stops the work, over a real uvicorn server and
a real socket: the reports finished are kept whole (stored, analysed, given their story), the rest are not stored,
the stop is logged, and the server answers the next request. Fictional reports, written for these tests."""

from __future__ import annotations

import json
import logging
import socket
import time
from urllib.parse import urlsplit

import httpx
import pytest

from storyline.model import Article
from storyline.pipeline import pipeline_version
from storyline.store import Store
from storyline.web import service

from .server import serving
from .test_api_guards import LIGHTHOUSE

POSTED = 40


def _mill_report(k: int) -> dict[str, str]:
    """A fictional report of one of many small-town events, long enough that parsing it takes a moment."""
    town = f"Brackwater {k}"
    text = (
        f"The old textile mill in {town} will become a library and a market hall, the town council said on "
        f"Tuesday after a vote of {k + 5} to 3.\n\n"
        f'"The mill kept this town alive for a century, and now it will again," mayor Odile Penhallow said. '
        f"Work on the roof starts in March and is expected to cost {k + 2}.4 million crowns, paid by the "
        "Harrowmere regional fund and a loan from the Kestle Savings Bank.\n\n"
        "Residents had argued for two years over whether to sell the building to a hotel group from Varne. "
        "A petition against the sale gathered 4,200 names. Council member Tobias Quarrie, who voted against "
        'the plan, said the town "cannot afford another unfinished building" and asked for a yearly audit.\n\n'
        "The library will hold the town archive, which has been kept in a school basement since the flood of "
        "1998. Archivist Maren Loveday said the records of the mill's workers would be shown on the ground "
        "floor. The market hall is to open on Saturdays from the autumn."
    )
    return {"id": f"mill-{k}", "text": text}


def _mill_article(k: int) -> Article:
    record = _mill_report(k)
    return Article(id=record["id"], text=record["text"])


def _post_then_hang_up(url: str, records: list[dict[str, str]], store: Store) -> None:
    """Send the whole request on a raw socket, wait until the server has stored a first report, then close."""
    body = json.dumps(records).encode()
    parts = urlsplit(url)
    head = (
        f"POST /api/articles HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    ids = {r["id"] for r in records}
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head + body)
        deadline = time.monotonic() + 120
        while not ids & set(store.article_ids()):
            assert time.monotonic() < deadline, "the server stored none of the posted reports"
            time.sleep(0.01)
    # the socket is closed here, with the rest of the reports still to do


def test_api_post_stops_when_the_client_disconnects(caplog: pytest.LogCaptureFixture) -> None:
    records = [_mill_report(k) for k in range(POSTED)]
    with Store(":memory:") as store, serving(store) as url, caplog.at_level(logging.WARNING, "storyline.web.api"):
        _post_then_hang_up(url, records, store)
        # the next request waits for the stopped one to let go of the store, then is served as usual
        light = json.dumps({"id": "light-1", "text": LIGHTHOUSE})
        after = httpx.post(url + "/api/articles", content=light, timeout=120)
        assert after.status_code == 200, after.text
        assert httpx.get(url + "/health").json() == {"status": "ok"}

        stored = [i for i in store.article_ids() if i.startswith("mill-")]
        assert 1 <= len(stored) < POSTED // 2  # stopped early, not after the whole batch
        assert stored == [f"mill-{k}" for k in range(len(stored))]  # the first ones, in order
        assigned = {a.article: a.story for a in store.load_assignments()}
        assert all(assigned.get(i) for i in stored)  # every stored report has its story
        assert set(store.load_analyses(stored, version=pipeline_version())) == set(stored)
        assert httpx.get(url + "/api/articles/light-1").json()["story"] is not None
    stops = [r.getMessage() for r in caplog.records if "disconnected" in r.getMessage()]
    assert len(stops) == 1
    assert f"of {POSTED} reports added" in stops[0]


def test_service_stop_keeps_the_reports_done_whole_and_leaves_the_rest_out() -> None:
    asked: list[int] = []

    def stop_at_second_report() -> bool:
        asked.append(1)
        return len(asked) > 1

    with Store(":memory:") as store:
        mills = [_mill_article(k) for k in range(3)]
        added = service.add_articles(store, mills, stop=stop_at_second_report)
        assert added.stopped
        assert added.not_reached == 2
        assert store.article_ids() == ["mill-0"]
        assert [a.article for a in added.assignments] == ["mill-0"]
        assert [a.article for a in store.load_assignments()] == ["mill-0"]
        story = added.assignments[0].story
        assert added.briefs_left == (story,)  # asked again before the brief: not built, built on request instead
        assert store.load_brief(story) is None
        assert service.brief_payload(store, story) is not None


def test_service_add_without_stop_builds_every_brief() -> None:
    with Store(":memory:") as store:
        added = service.add_articles(store, [_mill_article(0), Article(id="light-1", text=LIGHTHOUSE)])
        assert not added.stopped
        assert added.not_reached == 0
        assert added.briefs_left == ()
        assert set(added.stories) == {a.story for a in added.assignments}
        assert all(store.load_brief(s) is not None for s in added.stories)
