import gzip

import pytest

from storyline.ingest.sniff import is_warc, sniff, sniff_content


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("report.txt", b"The council met on Monday.", "text"),
        ("report.md", b"# Heading\n\nBody.", "text"),
        ("report", b"The council met on Monday.", "text"),
        ("page.html", b"Just prose inside an .html file", "html"),
        ("page.HTM", b"<p>hi</p>", "html"),
        ("saved", b"  <!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("saved.txt", b"<!doctype html>\n<html><body>x</body></html>", "html"),
        ("saved.txt", b'{"id": "a", "text": "b"}', "text"),
        ("data.jsonl", b'{"id": "a"}\n', "jsonl"),
        ("data.ndjson", b'{"id": "a"}\n', "jsonl"),
        ("data.json", b'[{"id": "a"}]', "json"),
        ("-", b'{"id": "a", "text": "b"}\n{"id": "c", "text": "d"}\n', "jsonl"),
        ("-", b'{\n  "id": "a",\n  "text": "b"\n}\n', "json"),
        ("-", b'[{"id": "a", "text": "b"}]', "json"),
        ("feed.xml", b"<anything/>", "feed"),
        ("feed.rss", b"", "feed"),
        ("feed.atom", b"", "feed"),
        ("-", b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
        ("-", b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ("-", b"\xef\xbb\xbf<html><body>x</body></html>", "html"),
        ("crawl.warc", b"", "warc"),
        ("crawl.warc.gz", b"", "warc"),
        ("-", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
    ],
)
def test_sniff_format(name: str, data: bytes, expected: str) -> None:
    assert sniff(name, data) == expected


def test_sniff_gzipped_warc_by_content() -> None:
    data = gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n")
    assert is_warc(data)
    assert sniff_content(data) == "warc"


def test_sniff_gzip_of_other_data_is_not_warc() -> None:
    assert not is_warc(gzip.compress(b"hello world"))
    assert not is_warc(b"\x1f\x8bnot really gzip")
