"""Ingest: read files, folders, HTML, feeds, JSONL, WARC and stdin into ``Article`` values.

(First cut: plain text and JSONL only; the ingest work replaces this with the full reader set.)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import InputError, MalformedInputError
from storyline.model import Article, MetaValue


@dataclass(frozen=True, slots=True, kw_only=True)
class Loaded:
    """What a batch read gave: the good articles and the problems of the bad inputs (never raised)."""

    articles: tuple[Article, ...]
    problems: tuple[InputError, ...]


def content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def load(inputs: Sequence[str | Path]) -> Loaded:
    articles: list[Article] = []
    problems: list[InputError] = []
    for item in inputs:
        path = Path(item)
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    articles.append(
                        Article(
                            id=str(rec["id"]),
                            text=rec["text"],
                            source=str(path),
                            format="jsonl",
                            published=MetaValue(value=rec.get("published")) if rec.get("published") else MetaValue(),
                            outlet=MetaValue(value=rec.get("outlet")) if rec.get("outlet") else MetaValue(),
                        )
                    )
                except (ValueError, KeyError) as exc:
                    problems.append(MalformedInputError(str(exc), source=str(path), line=n))
        else:
            text = path.read_text(encoding="utf-8")
            articles.append(Article(id=content_id(text), text=text, source=str(path)))
    return Loaded(articles=tuple(articles), problems=tuple(problems))
