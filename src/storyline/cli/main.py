"""The ``storyline`` command: a click group; each command group lives in its own module and registers here."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from storyline import __version__
from storyline.errors import StorylineError
from storyline.settings import load_settings

# modules that each add their commands to the group with ``register(group)``
COMMAND_MODULES = (
    "storyline.cli.brief_cmd",
    "storyline.cli.extract_cmd",
    "storyline.cli.eval_cmd",
    "storyline.cli.stories_cmd",
    "storyline.cli.serve_cmd",
    "storyline.cli.demo_cmd",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path), envvar="STORYLINE_CONFIG",
              default=None, help="TOML settings file over the defaults (see storyline.settings).")
@click.pass_context
def cli(ctx: click.Context, config: Path | None) -> None:
    """storyline: read many news reports of the same events; say what happened, who said what, which
    facts independent sources confirm and where they disagree, with a citation for every line."""
    try:
        ctx.obj = load_settings(config)
    except StorylineError as exc:
        raise click.UsageError(str(exc)) from exc


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(cli)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except BrokenPipeError:  # output piped into `head`: not an error
        sys.exit(0)
