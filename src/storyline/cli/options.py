"""Options shared by several commands (one definition, many commands), and the settings they fall back on.

The group's ``--config FILE`` (or ``$STORYLINE_CONFIG``) loads a TOML settings file over the defaults
(``storyline.settings``); an option given on the command line wins over both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from storyline.settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


def current_settings() -> Settings:
    """The settings of the running command (the group's ``--config`` file over the defaults)."""
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx is not None else None
    if root is not None and isinstance(root.obj, Settings):
        return root.obj
    return load_settings(None)


def cluster_threshold() -> float | None:
    """The story clustering threshold the settings ask for (setting ``cluster_threshold``; 0 means none, and
    ``storyline.stories.cluster`` keeps its tuned default)."""
    value = float(current_settings().cluster_threshold)
    return value if value > 0 else None


def _from_settings(name: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def resolve(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        return current_settings()[name] if value is None else value

    return resolve


def db_option(func: F) -> F:
    """``--db PATH``: the SQLite store (setting ``db``, default ./storyline.db; ``:memory:`` keeps nothing)."""
    return click.option(
        "--db",
        "db",
        default=None,
        envvar="STORYLINE_DB",
        callback=_from_settings("db"),
        help="SQLite store file (':memory:' keeps nothing)  [default: setting 'db', storyline.db]",
    )(func)


def output_option(func: F) -> F:
    """``-o FILE``: write there instead of standard output."""
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
                        help="Output file ('-' for standard output).")(func)


def setting_option(*decls: str, setting: str, **kwargs: Any) -> Callable[[F], F]:
    """An option whose default is the named setting."""
    return click.option(*decls, default=None, callback=_from_settings(setting), **kwargs)
