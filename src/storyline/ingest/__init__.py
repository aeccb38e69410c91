"""Ingest: read files, folders, HTML, RSS/Atom, JSONL, WARC and stdin into ``Article`` values.

``load`` is the one entry point for a batch. It never raises for a bad input: each unreadable file, broken
JSON line, empty feed entry or broken WARC record becomes one ``InputError`` in ``Loaded.problems``, whose
message names the input (and line) and the problem, and every good item is kept. The format of each input
is told by ``sniff``; the readers live in ``text``, ``html``, ``jsonl``, ``feeds`` and ``warc``.

Article ids: the id a JSONL record gives, else ``content_id`` of the text. Text is kept exactly as decoded.
Metadata given by the input is marked ``inferred=False``; ``meta.infer_outlet`` fills in a missing outlet
later (the pipeline's ``prepare`` step), not here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from storyline.errors import InputError, MalformedInputError, TooLargeError
from storyline.ingest.base import Batch, content_id
from storyline.ingest.sniff import Format, own_output, sniff
from storyline.model import Article
from storyline.settings import default

__all__ = ["STDIN", "Loaded", "content_id", "load", "read_bytes"]

STDIN = "-"
STDIN_NAME = "<stdin>"
DEFAULT_MAX_BYTES = int(default("max_bytes"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Loaded:
    """What a batch read gave: the good articles and the problems of the bad inputs (never raised)."""

    articles: tuple[Article, ...]
    problems: tuple[InputError, ...]


def read_bytes(name: str, data: bytes, *, fmt: Format | None = None) -> Batch:
    """Articles in one input's bytes; ``name`` is how problems and ``Article.source`` name it.

    The format is sniffed from ``name`` and ``data`` unless ``fmt`` is given. A file storyline wrote (a brief,
    ``extract`` lines, the ``stories`` table: ``sniff.own_output``) is reported and skipped, not read as a
    report. Never raises ``InputError``.
    """
    from storyline.ingest import feeds, html, jsonl, text, warc

    kind = fmt or sniff(name, data)
    own = own_output(data)
    if own is not None:
        # an earlier run's brief in the folder of reports: reading it would make its summary a report
        return Batch(problems=[InputError(f"storyline's own output ({own}), not a report", source=name)])
    try:
        if kind == "warc":
            return warc.read_warc(data, source=name)
        if kind == "feed":
            return feeds.read_feed(data, source=name)
        if kind == "html":
            return Batch(articles=[html.read_html(html.decode_html(data, source=name), source=name)])
        decoded, _ = text.decode(data, source=name)
        if kind == "jsonl":
            return jsonl.read_jsonl(decoded, source=name)
        if kind == "json":
            return jsonl.read_json(decoded, source=name)
        return Batch(articles=[Article(id=content_id(decoded), text=decoded, source=name, format="text")])
    except InputError as exc:
        return Batch(problems=[exc])


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, in sorted order; hidden files and folders are skipped."""
    for root, dirs, files in os.walk(folder):  # symlinked folders are not followed: no loops
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _read_file(path: Path, max_bytes: int) -> Batch:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Batch(problems=[TooLargeError(f"{size:,} bytes, over the limit of {max_bytes:,}", source=name)])
        data = path.read_bytes()
    except OSError as exc:
        return Batch(problems=[InputError(f"cannot read ({exc.strerror or exc})", source=name)])
    return read_bytes(name, data)


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Batch:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Batch(problems=[TooLargeError(f"over the limit of {max_bytes:,} bytes", source=STDIN_NAME)])
    return read_bytes(STDIN_NAME, data)


def _expand(item: str | Path, max_bytes: int, stdin: BinaryIO | None) -> Batch:
    if str(item) == STDIN:
        return _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
    path = Path(item)
    if path.is_dir():
        batch = Batch()
        for file in _walk(path):
            batch.extend(_read_file(file, max_bytes))
        return batch
    if not path.exists():
        return Batch(problems=[InputError("no such file or folder", source=str(item))])
    return _read_file(path, max_bytes)


def load(
    inputs: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Loaded:
    """Read every input (files, folders recursively, "-" for stdin) into articles, in input order.

    A second article with an id already read is dropped when its text is the same (the same report given
    twice) and reported when its text differs (two JSONL records sharing an id). ``stdin`` replaces
    ``sys.stdin`` (tests, the web upload).
    """
    articles: list[Article] = []
    problems: list[InputError] = []
    seen: dict[str, Article] = {}
    for item in inputs:
        batch = _expand(item, max_bytes, stdin)
        problems.extend(batch.problems)
        for article in batch.articles:
            first = seen.get(article.id)
            if first is None:
                seen[article.id] = article
                articles.append(article)
            elif first.text != article.text:
                problems.append(
                    MalformedInputError(
                        f"id {article.id!r} already used by another article from {first.source}; skipped",
                        source=article.source,
                    )
                )
    return Loaded(articles=tuple(articles), problems=tuple(problems))
