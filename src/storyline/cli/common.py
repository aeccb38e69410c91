"""Helpers the commands share: reading inputs with problems reported, the store, progress, output."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store

T = TypeVar("T")


def load_inputs(paths: Sequence[str]) -> list[Article]:
    """Read every input; report each bad one on stderr (name, problem, line) and keep the good ones."""
    from storyline.cli.options import current_settings
    from storyline.ingest import load

    loaded = load(list(paths), max_bytes=int(current_settings().max_bytes))
    for problem in loaded.problems:
        click.echo(f"storyline: skipped {problem}", err=True)
    return list(loaded.articles)


@contextmanager
def open_store(db: str) -> Iterator[Store]:
    from storyline.store import Store

    store = Store(db)
    try:
        yield store
    finally:
        store.close()


def progress(label: str) -> Any:
    """A progress function for long loops: a bar on stderr when it is a terminal, silent otherwise."""
    from tqdm import tqdm

    from storyline.cli.options import current_settings

    enabled = bool(current_settings().progress)

    def wrap(items: Iterable[T]) -> Iterable[T]:
        seq = list(items)
        # disable=None: a bar only when stderr is a terminal
        return tqdm(seq, desc=label, unit="report", file=sys.stderr, disable=None if enabled else True, leave=False)

    return wrap


def progress_counter(label: str, total: int) -> Any:
    """A bar counting ``total`` reports as parts of the work finish (the Dask run): the bar's ``update``,
    shown on a terminal only; call ``.close()`` on the returned bar when done."""
    from tqdm import tqdm

    from storyline.cli.options import current_settings

    enabled = bool(current_settings().progress)
    return tqdm(total=total, desc=label, unit="report", file=sys.stderr, disable=None if enabled else True,
                leave=False)


def write_output(text: str, output: str) -> None:
    """Write to a file, or to standard output for '-'."""
    if output == "-":
        click.echo(text, nl=not text.endswith("\n"))
    else:
        Path(output).write_text(text, encoding="utf-8")
