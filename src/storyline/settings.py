"""storyline's settings, declared once as a table of (name, default, help).

Help text, type checks and the list of valid keys all come from ``SETTINGS``. A user's TOML file overrides
only the keys it sets (after trafilatura's ``settings.py``); command-line options override both
(``load_settings(path, db="other.db")``). A key that is not in the table, or a value of the wrong type, is
refused with a message naming the valid keys or the expected type.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError

SettingValue = str | int | float | bool


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: SettingValue
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "storyline.db", "SQLite store file (':memory:' for a throwaway store)"),
    Setting("max_bytes", 20_000_000, "largest input file read, in bytes; larger ones are reported and skipped"),
    Setting("summary_sentences", 6, "sentences in each story's cited summary"),
    Setting(
        "cluster_threshold",
        0.0,
        "similarity above which two reports share a story (0-1); 0 keeps storyline.stories' tuned default",
    ),
    Setting("duplicate_threshold", 0.8, "MinHash Jaccard estimate above which a report is a near-copy (0-1)"),
    Setting("embed", False, "use sentence embeddings when the 'embed' extra is installed"),
    Setting("progress", True, "show progress bars on long work"),
    Setting("format", "md", "default output format of 'storyline brief': md, html or json"),
    Setting("host", "127.0.0.1", "address 'storyline serve' listens on"),
    Setting("port", 8000, "port 'storyline serve' listens on"),
    Setting("scheduler", "", "Dask scheduler address for scale-out runs ('' runs a local cluster)"),
)

_BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}
_CHOICES: dict[str, tuple[str, ...]] = {"format": ("md", "html", "json")}
_RANGES: dict[str, tuple[float, float]] = {"cluster_threshold": (0.0, 1.0), "duplicate_threshold": (0.0, 1.0)}


class SettingsError(StorylineError, ValueError):
    """A settings file or override names an unknown key or gives a value of the wrong type."""


def valid_keys() -> str:
    return ", ".join(s.name for s in SETTINGS)


def _check(name: str, value: Any, where: str) -> SettingValue:
    setting = _BY_NAME.get(name)
    if setting is None:
        raise SettingsError(f"unknown setting {name!r}; valid settings: {valid_keys()}", source=where)
    want = type(setting.default)
    # bool is an int in Python: refuse True for a count, and 1 for a flag.
    ok = isinstance(value, want) and not (want is not bool and isinstance(value, bool))
    if want is float and isinstance(value, int) and not isinstance(value, bool):
        value, ok = float(value), True
    if not ok:
        raise SettingsError(
            f"setting {name!r} must be {want.__name__} (like {setting.default!r}), not {value!r}", source=where
        )
    choices = _CHOICES.get(name)
    if choices and value not in choices:
        raise SettingsError(f"setting {name!r} must be one of {', '.join(choices)}, not {value!r}", source=where)
    bounds = _RANGES.get(name)
    if bounds and not bounds[0] <= float(value) <= bounds[1]:
        raise SettingsError(
            f"setting {name!r} must be between {bounds[0]} and {bounds[1]}, not {value!r}", source=where
        )
    return value


class Settings(Mapping[str, SettingValue]):
    """Resolved settings: read as ``settings.db`` or ``settings["db"]``; ``origin(name)`` tells where a
    value came from ("default", the settings file's path, or "override")."""

    __slots__ = ("_origins", "_values")

    def __init__(self, values: Mapping[str, SettingValue], origins: Mapping[str, str]) -> None:
        self._values = dict(values)
        self._origins = dict(origins)

    def __getitem__(self, name: str) -> SettingValue:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}; valid settings: {valid_keys()}") from None

    def __repr__(self) -> str:
        return f"Settings({self._values!r})"

    def origin(self, name: str) -> str:
        return self._origins[name]

    def replace(self, **overrides: Any) -> Settings:
        """New settings with ``overrides`` applied (``None`` values are ignored: an option not given)."""
        values, origins = dict(self._values), dict(self._origins)
        for name, value in overrides.items():
            if value is None:
                continue
            values[name] = _check(name, value, "override")
            origins[name] = "override"
        return Settings(values, origins)


def default(name: str) -> SettingValue:
    """The table's default for one setting (for function signatures that must agree with the table)."""
    try:
        return _BY_NAME[name].default
    except KeyError:
        raise SettingsError(f"unknown setting {name!r}; valid settings: {valid_keys()}") from None


def defaults() -> Settings:
    return Settings({s.name: s.default for s in SETTINGS}, {s.name: "default" for s in SETTINGS})


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """The defaults, overlaid by the TOML file at ``path`` (when given), overlaid by ``overrides``.

    The file holds top-level ``key = value`` lines, or the same under a ``[storyline]`` table. Raises
    ``SettingsError`` for a missing or unreadable file, a TOML syntax error, an unknown key or a bad value.
    """
    settings = defaults()
    if path is not None:
        where = str(path)
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except OSError as exc:
            raise SettingsError(f"cannot read the settings file ({exc.strerror or exc})", source=where) from exc
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"not valid TOML: {exc}", source=where) from exc
        if set(data) == {"storyline"} and isinstance(data["storyline"], dict):
            data = data["storyline"]
        values, origins = dict(settings), {name: settings.origin(name) for name in settings}
        for name, value in data.items():
            values[name] = _check(name, value, where)
            origins[name] = where
        settings = Settings(values, origins)
    return settings.replace(**overrides)


def help_table() -> str:
    """One line per setting: name, default and help, for ``--help`` texts and the README."""
    width = max(len(s.name) for s in SETTINGS)
    return "\n".join(f"{s.name:<{width}}  {s.default!r:<16} {s.help}" for s in SETTINGS)
