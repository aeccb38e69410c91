"""JSON Lines (and JSON) records to articles, as in CONTRACT.md: ``{"id", "text", "published", "outlet",
"title", "url"}``; only ``text`` is required here (a missing ``id`` becomes the content id).

A bad line (not JSON, not an object, no text, text not a string or empty, id of a wrong type) is reported
with its line number and skipped. A bad optional field (a ``published`` that is not ISO 8601, an ``outlet``
that is not a string) is reported too, but the article is kept without that field.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from storyline.errors import MalformedInputError
from storyline.ingest.base import Batch, content_id
from storyline.ingest.text import check_text
from storyline.model import Article, MetaValue

_META = ("outlet", "title", "url")


def valid_iso(value: str) -> bool:
    """True for an ISO 8601 date (``2023-05-10``) or datetime (``2023-05-10T08:00:00Z``)."""
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def record_to_article(record: Any, *, source: str, line: int, batch: Batch, fmt: str = "jsonl") -> None:
    """Add the article of one decoded record to ``batch``, or the reason it cannot be one."""

    # In a JSON list the position is a record number, not a line: say so rather than print "file:3".
    at: int | None = line if fmt == "jsonl" else None
    prefix = "" if fmt == "jsonl" else f"record {line}: "

    def bad(message: str) -> None:
        batch.problems.append(MalformedInputError(prefix + message, source=source, line=at))

    if not isinstance(record, dict):
        bad(f"a record must be a JSON object, not {type(record).__name__}")
        return
    text = record.get("text")
    if text is None:
        bad('no "text" field')
        return
    if not isinstance(text, str):
        bad(f'"text" must be a string, not {type(text).__name__}')
        return
    problem = check_text(text, source=source, line=at, what=prefix + '"text"')
    if problem is not None:
        batch.problems.append(problem)
        return
    raw_id = record.get("id")
    if raw_id is None:
        article_id = content_id(text)
    elif isinstance(raw_id, str) and raw_id.strip():
        article_id = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        bad(f'"id" must be a non-empty string or an integer, not {raw_id!r}')
        return
    meta: dict[str, MetaValue] = {}
    for key in (*_META, "published"):
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            bad(f'"{key}" must be a string, not {type(value).__name__}; kept the article without it')
            continue
        if key == "published" and not valid_iso(value.strip()):
            bad(f'"published" {value!r} is not an ISO 8601 date or datetime; kept the article without it')
            continue
        meta[key] = MetaValue(value=value.strip(), inferred=False, method="given")
    batch.articles.append(Article(id=article_id, text=text, source=source, format=fmt, **meta))


def read_jsonl(text: str, *, source: str) -> Batch:
    """Articles of a JSON Lines document; blank lines are skipped silently."""
    batch = Batch()
    # splitlines would also split on U+2028 inside a JSON string; JSON Lines is split on "\n" only.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            batch.problems.append(MalformedInputError(f"not JSON ({exc.args[0]})", source=source, line=number))
            continue
        record_to_article(record, source=source, line=number, batch=batch)
    if not batch.articles and not batch.problems:
        batch.problems.append(MalformedInputError("no records", source=source))
    return batch


def read_json(text: str, *, source: str) -> Batch:
    """Articles of a JSON document holding one record or a list of them.

    Problems name the record's position (1-based) in their message. A document that is really JSON Lines
    (several objects, one a line) is read as such.
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        if len([ln for ln in text.split("\n") if ln.strip()]) > 1:
            return read_jsonl(text, source=source)
        return Batch(problems=[MalformedInputError(f"not JSON ({exc.args[0]})", source=source)])
    records = data if isinstance(data, list) else [data]
    batch = Batch()
    for number, record in enumerate(records, 1):
        record_to_article(record, source=source, line=number, batch=batch, fmt="json")
    if not records:
        batch.problems.append(MalformedInputError("an empty list, no records", source=source))
    return batch
