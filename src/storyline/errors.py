"""storyline's exceptions, one tree:

    StorylineError                  base; carries ``source`` (input name), ``article`` (id), ``stage``
    ├── InputError                  an input cannot be read as what it claims to be
    │   ├── EmptyInputError         nothing but whitespace
    │   ├── BinaryInputError        not text (NUL bytes, undecodable)
    │   ├── EncodingError           text whose encoding cannot be told
    │   ├── TooLargeError           over the configured size limit
    │   └── MalformedInputError     broken JSON line, feed, HTML or WARC record (``line`` when known)
    ├── ModelError                  the spaCy model is missing or is not the pinned one
    ├── MissingExtraError           an optional capability's packages are not installed
    ├── StoreError                  the SQLite store cannot be opened or migrated
    ├── StageError                  a pipeline stage failed on one article
    ├── EvalError                   an evaluation data set is missing or malformed
    └── SettingsError               (storyline.settings) an unknown setting or a value of the wrong type

Batches never stop on an ``InputError``: they report it (see ``storyline.ingest.load``) and go on.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every storyline error; the message names the input, article or stage concerned."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        article: str | None = None,
        stage: str | None = None,
        line: int | None = None,
    ) -> None:
        self.source = source
        self.article = article
        self.stage = stage
        self.line = line
        self.message = message
        super().__init__(self._render())

    def _render(self) -> str:
        where = []
        if self.source:
            where.append(self.source + (f":{self.line}" if self.line is not None else ""))
        if self.article:
            where.append(f"article {self.article}")
        if self.stage:
            where.append(f"stage {self.stage}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class InputError(StorylineError):
    """An input cannot be read."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary, not text."""


class EncodingError(InputError):
    """The input's character encoding cannot be determined."""


class TooLargeError(InputError):
    """The input is larger than the configured limit."""


class MalformedInputError(InputError):
    """A JSON line, feed, HTML page or WARC record is broken."""


class ModelError(StorylineError):
    """The spaCy model is missing or is not the pinned version."""


class MissingExtraError(StorylineError):
    """An optional capability was asked for but its extra is not installed."""

    def __init__(self, extra: str, package: str) -> None:
        super().__init__(
            f"this needs the '{extra}' extra ({package} is not installed): pip install 'storyline[{extra}]'"
        )


class StoreError(StorylineError):
    """The store cannot be opened, read or migrated."""


class StageError(StorylineError):
    """A pipeline stage failed on one article."""


class EvalError(StorylineError):
    """An evaluation data set is missing or malformed."""
