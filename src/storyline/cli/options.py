"""Options shared by several commands (one definition, many commands)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = "storyline.db"


def db_option(func: F) -> F:
    """``--db PATH``: the SQLite store (default ./storyline.db; ``:memory:`` for none on disk)."""
    return click.option(
        "--db",
        "db",
        default=DEFAULT_DB,
        show_default=True,
        envvar="STORYLINE_DB",
        help="SQLite store file (':memory:' keeps nothing).",
    )(func)


def output_option(func: F) -> F:
    """``-o FILE``: write there instead of standard output."""
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
                        help="Output file ('-' for standard output).")(func)
