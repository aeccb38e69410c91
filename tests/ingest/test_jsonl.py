from pathlib import Path

import pytest

from storyline.errors import EmptyInputError, MalformedInputError
from storyline.ingest.base import content_id
from storyline.ingest.jsonl import read_json, read_jsonl, valid_iso

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def test_jsonl_reads_good_lines_and_reports_bad_ones_with_line_numbers() -> None:
    batch = read_jsonl((FIXTURES / "articles.jsonl").read_text(encoding="utf-8"), source="articles.jsonl")
    assert [a.id for a in batch.articles] == ["r1", "r2", content_id("A record with no id gets its id from its text.")]
    lines = sorted(p.line for p in batch.problems if p.line is not None)
    assert lines == [3, 4, 5, 6, 7, 8]
    by_line = {p.line: p for p in batch.problems}
    assert isinstance(by_line[7], EmptyInputError)
    assert all(isinstance(by_line[n], MalformedInputError) for n in (3, 4, 5, 6, 8))
    assert "articles.jsonl:3" in str(by_line[3])
    assert "published" in str(by_line[8])


def test_jsonl_metadata_given_is_marked_given() -> None:
    batch = read_jsonl((FIXTURES / "articles.jsonl").read_text(encoding="utf-8"), source="a.jsonl")
    first = batch.articles[0]
    assert first.outlet.value == "Coastline Herald"
    assert first.outlet.inferred is False
    assert first.outlet.method == "given"
    assert first.published.value == "2024-02-16"
    assert first.title.value == "Pier closed"
    assert first.url.value == "https://coastline.example/pier"
    assert first.format == "jsonl"
    assert first.source == "a.jsonl"
    assert not batch.articles[1].outlet.known


def test_jsonl_keeps_article_with_bad_published_but_drops_the_date() -> None:
    batch = read_jsonl('{"id": "x", "text": "Body.", "published": "May the 4th"}', source="s")
    assert [a.id for a in batch.articles] == ["x"]
    assert not batch.articles[0].published.known
    assert len(batch.problems) == 1


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ('{"id": ["a"], "text": "Body."}', '"id" must be'),
        ('{"id": "", "text": "Body."}', '"id" must be'),
        ('{"id": "a", "text": "Body.", "outlet": 5}', '"outlet" must be a string'),
        ("{broken", "not JSON"),
    ],
)
def test_jsonl_line_problems(line: str, fragment: str) -> None:
    batch = read_jsonl(line, source="s")
    assert len(batch.problems) == 1
    assert fragment in batch.problems[0].message


def test_jsonl_integer_id_becomes_string_and_text_is_kept_exactly() -> None:
    text = "  Leading spaces,\r\ncarriage returns and a trailing newline\n"
    batch = read_jsonl('{"id": 7, "text": ' + __import__("json").dumps(text) + "}", source="s")
    assert batch.articles[0].id == "7"
    assert batch.articles[0].text == text


def test_jsonl_unicode_line_separator_inside_text_does_not_split_records() -> None:
    batch = read_jsonl('{"id": "a", "text": "one\u2028two"}\n{"id": "b", "text": "three"}\n', source="s")
    assert [a.text for a in batch.articles] == ["one\u2028two", "three"]
    assert not batch.problems


def test_json_list_and_single_record() -> None:
    batch = read_json('[{"id": "a", "text": "One."}, {"id": "b"}, {"id": "c", "text": "Three."}]', source="l.json")
    assert [a.id for a in batch.articles] == ["a", "c"]
    assert len(batch.problems) == 1
    assert "record 2" in str(batch.problems[0])
    single = read_json('{"id": "z", "text": "Only one."}', source="one.json")
    assert [a.id for a in single.articles] == ["z"]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2023-05-10", True),
        ("2023-05-10T08:30:00", True),
        ("2023-05-10T08:30:00Z", True),
        ("2023-05-10T08:30:00+09:00", True),
        ("2023-13-01", False),
        ("10 May 2023", False),
        ("", False),
    ],
)
def test_jsonl_valid_iso(value: str, ok: bool) -> None:
    assert valid_iso(value) is ok
