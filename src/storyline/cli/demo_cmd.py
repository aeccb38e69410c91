"""CLI: ``storyline demo``: the whole flow on the bundled fictional example corpus."""

from __future__ import annotations

from pathlib import Path

import click

from storyline.cli.brief_cmd import make_brief, render
from storyline.cli.options import current_settings, db_option


def examples_dir() -> Path:
    """The bundled ``examples/`` folder (beside ``src/`` in a checkout, else in the working directory)."""
    for base in (Path(__file__).resolve().parents[3], Path.cwd()):
        if (base / "examples" / "corpus").is_dir():
            return base / "examples"
    raise click.ClickException("cannot find the examples/ folder: run from the project root")


@click.command("demo")
@db_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="out/demo", show_default=True,
              help="Where to write the brief in every format.")
def demo_cmd(db: str, out_dir: str) -> None:
    """Brief the bundled example corpus (a fictional event told by several fictional outlets).

    Prints the Markdown brief and writes Markdown, HTML and JSON to --out.
    """
    ex = examples_dir()
    inputs = [str(ex / "corpus")] + ([str(ex / "other")] if (ex / "other").is_dir() else [])
    brief = make_brief(inputs, db=db, sentences=int(current_settings().summary_sentences))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for fmt, name in (("md", "brief.md"), ("html", "brief.html"), ("json", "brief.json")):
        (out / name).write_text(render(brief, fmt), encoding="utf-8")
    click.echo(render(brief, "md"))
    click.echo(f"HTML brief: {(out / 'brief.html').resolve()}")
    click.echo(f"JSON brief: {(out / 'brief.json').resolve()}  store: {Path(db).resolve()}")


def register(group: click.Group) -> None:
    """Add this module's commands to the CLI group."""
    group.add_command(demo_cmd)
