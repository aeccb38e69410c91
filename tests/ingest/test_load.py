import io
import shutil
from pathlib import Path

import pytest

from storyline.errors import BinaryInputError, EmptyInputError, InputError, MalformedInputError, TooLargeError
from storyline.ingest import Loaded, content_id, load

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
REPORT = "The ferry service resumed on Monday after a two-week strike, the operator said.\n"


def _kinds(loaded: Loaded) -> list[str]:
    return sorted(type(p).__name__ for p in loaded.problems)


def test_load_mixed_folder_keeps_good_inputs_and_names_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    shutil.copy(FIXTURES / "cafe_cp1252.txt", tmp_path / "cafe.txt")
    (tmp_path / "lines.jsonl").write_text(
        '{"id": "a", "text": "First good line."}\nnot json\n{"id": "b", "text": "Second good line."}\n'
    )
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    loaded = load([tmp_path])
    ids = [a.id for a in loaded.articles]
    assert "a" in ids
    assert "b" in ids
    assert content_id(REPORT) in ids
    assert any("café" in a.text for a in loaded.articles)
    assert _kinds(loaded) == ["BinaryInputError", "EmptyInputError", "MalformedInputError"]
    messages = [str(p) for p in loaded.problems]
    assert any(m.startswith(str(tmp_path / "empty.txt")) for m in messages)
    assert any(m.startswith(str(tmp_path / "image.bin")) for m in messages)
    assert any(m.startswith(str(tmp_path / "lines.jsonl") + ":2") for m in messages)


def test_load_folder_recursion_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "one.txt").write_text("Report one, from folder b.")
    (tmp_path / "a" / "deeper" / "two.txt").write_text("Report two, from folder a.")
    (tmp_path / "a" / "three.txt").write_text("Report three, from folder a.")
    (tmp_path / ".git" / "config.txt").write_text("Hidden folder file.")
    (tmp_path / ".hidden.txt").write_text("Hidden file.")
    loaded = load([tmp_path])
    assert [Path(a.source).relative_to(tmp_path).as_posix() for a in loaded.articles] == [
        "a/three.txt",
        "a/deeper/two.txt",
        "b/one.txt",
    ]
    assert not loaded.problems


def test_load_file_article_id_source_and_exact_text(tmp_path: Path) -> None:
    raw = "\ufeffHeadline\r\n\r\nBody line with trailing spaces.   \r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    (article,) = load([str(path)]).articles
    assert article.text == raw[1:]  # only the byte-order mark is dropped
    assert article.id == content_id(raw[1:])
    assert len(article.id) == 16
    assert article.source == str(path)
    assert article.format == "text"


@pytest.mark.parametrize(
    ("data", "format_", "count"),
    [
        (REPORT.encode(), "text", 1),
        (b'{"id": "s1", "text": "From a pipe."}\n{"id": "s2", "text": "Also from a pipe."}\n', "jsonl", 2),
        ((FIXTURES / "harbor_gazette_bridge.html").read_bytes(), "html", 1),
        ((FIXTURES / "lakeside_wire.atom").read_bytes(), "feed", 2),
    ],
)
def test_load_stdin_sniffs_the_format(data: bytes, format_: str, count: int) -> None:
    loaded = load(["-"], stdin=io.BytesIO(data))
    assert not loaded.problems
    assert len(loaded.articles) == count
    assert {a.format for a in loaded.articles} == {format_}
    assert {a.source for a in loaded.articles} == {"<stdin>"}


def test_load_missing_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(REPORT)
    loaded = load([tmp_path / "nope.txt", tmp_path / "ok.txt"])
    assert len(loaded.articles) == 1
    assert len(loaded.problems) == 1
    assert type(loaded.problems[0]) is InputError
    assert "nope.txt" in str(loaded.problems[0])


def test_load_too_large_file_and_stdin(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    loaded = load([big], max_bytes=100)
    assert isinstance(loaded.problems[0], TooLargeError)
    assert "big.txt" in str(loaded.problems[0])
    piped = load(["-"], max_bytes=10, stdin=io.BytesIO(b"x" * 50))
    assert isinstance(piped.problems[0], TooLargeError)
    assert not piped.articles


def test_load_same_report_twice_is_kept_once(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(REPORT)
    (tmp_path / "copy.txt").write_text(REPORT)
    loaded = load([tmp_path / "one.txt", tmp_path / "copy.txt"])
    assert len(loaded.articles) == 1
    assert not loaded.problems


def test_load_conflicting_ids_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "One text."}\n')
    (tmp_path / "b.jsonl").write_text('{"id": "x", "text": "Another text."}\n')
    loaded = load([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])
    assert [a.text for a in loaded.articles] == ["One text."]
    assert isinstance(loaded.problems[0], MalformedInputError)
    assert "'x'" in str(loaded.problems[0])


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("broken.html", b"<html><body></body></html>", MalformedInputError),
        ("broken.xml", b"<rss><channel><item><title>cut", MalformedInputError),
        ("broken.warc", b"WARC/1.0\r\nnonsense", MalformedInputError),
        ("broken.json", b"[{", MalformedInputError),
        ("blank.md", b"\n\n   \n", EmptyInputError),
        ("zeros.txt", b"\x00" * 64, BinaryInputError),
    ],
)
def test_load_broken_inputs_become_problems(tmp_path: Path, name: str, data: bytes, error: type) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good.txt").write_text(REPORT)
    loaded = load([tmp_path])
    assert [a.text for a in loaded.articles] == [REPORT]
    assert len(loaded.problems) == 1
    assert isinstance(loaded.problems[0], error)
    assert name in str(loaded.problems[0])


def test_load_every_fixture_format_in_one_batch() -> None:
    loaded = load([FIXTURES])
    formats = {a.format for a in loaded.articles}
    assert formats == {"text", "jsonl", "html", "feed"}
    # Problems come only from the deliberately bad JSONL lines and the empty feed entry.
    assert {Path(p.source or "").name for p in loaded.problems} == {"articles.jsonl", "valley_courier.rss"}
