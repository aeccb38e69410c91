"""What every reader returns, and the article id of a text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from storyline.errors import InputError
from storyline.model import Article


def content_id(text: str) -> str:
    """A stable article id: the first 16 hex digits of the SHA-1 of the UTF-8 text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Batch:
    """Articles read from one input so far, and the problems met on the way (reported, never raised)."""

    articles: list[Article] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)

    def extend(self, other: Batch) -> None:
        self.articles.extend(other.articles)
        self.problems.extend(other.problems)
