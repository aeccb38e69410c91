from pathlib import Path

import pytest

from storyline.errors import EmptyInputError, MalformedInputError
from storyline.ingest.feeds import read_feed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def test_feeds_rss_entries_become_articles() -> None:
    batch = read_feed((FIXTURES / "valley_courier.rss").read_bytes(), source="valley.rss")
    assert len(batch.articles) == 2
    dam, bus = batch.articles
    # Full content wins over the teaser; HTML and scripts are stripped.
    assert dam.text.startswith("Inspectors found no new cracks in the Millbrook dam")
    assert "Short teaser" not in dam.text
    assert "track()" not in dam.text
    assert "<b>" not in bus.text
    assert "three new bus routes" in bus.text
    assert dam.title.value == "Dam inspection finds no cracks"
    assert dam.url.value == "https://valleycourier.example/2024/03/dam-inspection"
    # 23:30 at -05:00 is still 5 March where the outlet printed it, though 6 March in UTC.
    assert dam.published.value == "2024-03-05"
    assert dam.outlet.value == "Valley Courier"
    assert dam.format == "feed"
    assert {a.source for a in batch.articles} == {"valley.rss"}


def test_feeds_rss_entry_without_text_is_reported_and_others_kept() -> None:
    batch = read_feed((FIXTURES / "valley_courier.rss").read_bytes(), source="valley.rss")
    assert len(batch.problems) == 1
    assert isinstance(batch.problems[0], EmptyInputError)
    assert "entry 3" in str(batch.problems[0])


def test_feeds_atom_content_summary_and_dates() -> None:
    batch = read_feed((FIXTURES / "lakeside_wire.atom").read_bytes(), source="lake.atom")
    assert not batch.problems
    fares, library = batch.articles
    assert fares.text == "Ferry fares across the lake will rise by twelve cents in May, the operator announced."
    assert fares.published.value == "2024-03-07"
    assert library.published.value == "2024-03-06"  # no <published>: falls back on <updated>
    assert library.text.startswith("The central library")
    assert fares.outlet.value == "Lakeside Wire"


def test_feeds_known_outlet_in_feed_title_is_canonicalized() -> None:
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>CNN.com - Top Stories</title>'
        b"<item><title>T</title><description>Some body text for the entry.</description></item></channel></rss>"
    )
    assert read_feed(rss, source="cnn.rss").articles[0].outlet.value == "CNN"


@pytest.mark.parametrize(
    "data",
    [
        b"<rss><channel><item><title>cut off",
        b"this is not xml at all",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
    ],
)
def test_feeds_broken_or_empty_feed_is_malformed(data: bytes) -> None:
    batch = read_feed(data, source="bad.xml")
    assert not batch.articles
    assert len(batch.problems) == 1
    assert isinstance(batch.problems[0], MalformedInputError)
    assert "bad.xml" in str(batch.problems[0])
