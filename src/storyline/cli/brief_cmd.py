"""CLI: ``storyline brief``: read reports, compare the sources, write the cited brief."""

from __future__ import annotations

from pathlib import Path

import click

from storyline.cli.common import load_inputs, open_store, progress, write_output
from storyline.cli.options import db_option, output_option
from storyline.model import Brief

FORMATS = ("md", "html", "json")


def render(brief: Brief, fmt: str) -> str:
    """The brief in one of FORMATS; all three come from the same Brief value."""
    if fmt == "json":
        from storyline.render.json import dumps

        return dumps(brief)
    if fmt == "html":
        from storyline.render.html import render_html

        return render_html(brief)
    from storyline.render.markdown import render_markdown

    return render_markdown(brief)


def make_brief(inputs: tuple[str, ...] | list[str], *, db: str, sentences: int) -> Brief:
    """Read the inputs (bad ones reported on stderr), run the flow, return the brief."""
    from storyline.pipeline import brief_of, read

    articles = load_inputs(list(inputs))
    if not articles:
        raise click.ClickException("no readable reports in the inputs")
    with open_store(db) as store:
        reading = read(articles, store=store, progress=progress("reading"))
        brief = brief_of(reading, sentences=sentences)
    return brief


@click.command("brief")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True, help="Output format.")
@click.option("--sentences", type=click.IntRange(1, 50), default=6, show_default=True, help="Summary length.")
@output_option
@db_option
def brief_cmd(inputs: tuple[str, ...], fmt: str, sentences: int, output: str, db: str) -> None:
    """Write a cited brief of the reports in INPUTS (files, folders, HTML, feeds, JSONL, WARC, '-').

    Every summary sentence, timeline entry, quote and fact points at the words of the reports that support it.
    """
    brief = make_brief(inputs, db=db, sentences=sentences)
    write_output(render(brief, fmt), output)
    if output != "-":
        click.echo(f"storyline: wrote {fmt} brief to {Path(output).resolve()}", err=True)


def register(group: click.Group) -> None:
    """Add this module's commands to the CLI group."""
    group.add_command(brief_cmd)
