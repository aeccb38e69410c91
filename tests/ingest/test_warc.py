import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest.warc import read_warc

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
PAGE = (FIXTURES / "harbor_gazette_bridge.html").read_bytes()
UNDATED = (
    b"<html><head><title>Ferry strike ends</title></head><body><article>"
    b"<p>Ferry crews returned to work on Thursday after the union accepted a new pay offer from the operator.</p>"
    b"<p>Services across the bay will run to the normal timetable from Friday morning, the operator said.</p>"
    b"</article></body></html>"
)


def _warc(records: list[tuple[str, str, bytes, str]], *, gzip: bool) -> bytes:
    """A WARC file with one response record per (uri, content type, body, WARC-Date)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for uri, ctype, body, when in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": when}
        )
        writer.write_record(record)
    return out.getvalue()


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_html_responses_become_articles(gzip: bool) -> None:
    data = _warc(
        [
            ("https://harborgazette.example/bridge", "text/html; charset=utf-8", PAGE, "2024-03-09T10:00:00Z"),
            ("https://harborgazette.example/logo.png", "image/png", b"\x89PNG\r\n", "2024-03-09T10:00:01Z"),
            ("https://bay.example/ferry", "text/html", UNDATED, "2024-03-09T11:00:00Z"),
        ],
        gzip=gzip,
    )
    batch = read_warc(data, source="crawl.warc")
    assert not batch.problems
    assert len(batch.articles) == 2
    bridge, ferry = batch.articles
    assert "The old harbor bridge reopened" in bridge.text
    assert bridge.format == "warc"
    # The page's own date wins over the crawl date.
    assert bridge.published.value == "2024-03-05"
    assert bridge.published.inferred is False
    # Without one, the crawl date is used, marked inferred.
    assert ferry.url.value == "https://bay.example/ferry"
    assert ferry.published.value == "2024-03-09"
    assert ferry.published.inferred is True
    assert ferry.published.method == "warc-date"


def test_warc_record_without_main_text_is_reported_and_others_kept() -> None:
    data = _warc(
        [
            ("https://a.example/empty", "text/html", b"<html><body></body></html>", "2024-03-09T10:00:00Z"),
            ("https://bay.example/ferry", "text/html", UNDATED, "2024-03-09T11:00:00Z"),
        ],
        gzip=False,
    )
    batch = read_warc(data, source="crawl.warc")
    assert [a.url.value for a in batch.articles] == ["https://bay.example/ferry"]
    assert len(batch.problems) == 1
    assert "https://a.example/empty" in str(batch.problems[0])


def test_warc_truncated_archive_keeps_records_before_the_break() -> None:
    good = _warc([("https://bay.example/ferry", "text/html", UNDATED, "2024-03-09T11:00:00Z")], gzip=False)
    broken = good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\nthis header block never ends"
    batch = read_warc(broken, source="cut.warc")
    assert [a.url.value for a in batch.articles] == ["https://bay.example/ferry"]
    assert len(batch.problems) == 1
    assert "cut.warc" in str(batch.problems[0])
