"""CLI: ``storyline brief``: read reports, compare the sources, write the cited brief."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from storyline.cli.common import load_inputs, open_store, progress, progress_counter, write_output
from storyline.cli.options import cluster_threshold, current_settings, db_option, output_option, setting_option
from storyline.model import Brief

if TYPE_CHECKING:
    from storyline.pipeline import Reading
    from storyline.store import Store

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


def make_brief(
    inputs: tuple[str, ...] | list[str], *, db: str, sentences: int, scheduler: str | None = None
) -> Brief:
    """Read the inputs (bad ones reported on stderr), run the flow, return the brief.

    With ``scheduler`` ("local" or a Dask scheduler address) the per-article work runs on a Dask cluster
    (the ``scale`` extra); the result is the same as the local run's.
    """
    from storyline.pipeline import brief_of, read
    from storyline.stories.stored import story_count

    articles = load_inputs(list(inputs))
    if not articles:
        raise click.ClickException("no readable reports in the inputs")
    with open_store(db) as store:
        known = story_count(store)
        if scheduler:
            from storyline.scale import read_distributed

            address = None if scheduler == "local" else scheduler
            with progress_counter("reading on dask", len(articles)) as bar:
                reading = read_distributed(articles, address=address, store=store, on_done=bar.update)
        else:
            reading = read(
                articles,
                store=store,
                progress=progress("reading"),
                embed=bool(current_settings().embed),
                threshold=cluster_threshold(),
            )
        if known:
            reading = _lasting_ids(store, reading)
        brief = brief_of(reading, sentences=sentences)
    return brief


def _lasting_ids(store: Store, reading: Reading) -> Reading:
    """``reading`` with its stories named by the store's lasting ids (``stored_story_ids``), so that briefs of
    different folders run over one store do not all open on "Story s1". Only once the store held stories before
    this run: a fresh store (``:memory:``, a first run) numbers the stories as the batch does."""
    from storyline.stories.stored import stored_story_ids

    ids = stored_story_ids(store, {s: [reading.assignments[i].article for i in idx]
                                   for s, idx in reading.stories().items()})
    assignments = tuple(replace(a, story=ids.get(a.story, a.story)) for a in reading.assignments)
    return replace(reading, assignments=assignments)


@click.command("brief")
@click.argument("inputs", nargs=-1, required=True)
@setting_option("--format", "fmt", setting="format", type=click.Choice(FORMATS),
                help="Output format  [default: setting 'format', md].")
@setting_option("--sentences", setting="summary_sentences", type=click.IntRange(1, 50),
                help="Summary length in sentences  [default: setting 'summary_sentences', 6].")
@setting_option("--scheduler", setting="scheduler",
                help="Run the per-article work on Dask: 'local' or a scheduler address (needs the 'scale' extra).")
@output_option
@db_option
def brief_cmd(
    inputs: tuple[str, ...], fmt: str, sentences: int, scheduler: str, output: str, db: str
) -> None:
    """Write a cited brief of the reports in INPUTS (files, folders, HTML, feeds, JSONL, WARC, '-').

    Every summary sentence, timeline entry, quote and fact points at the words of the reports that support it.
    """
    brief = make_brief(inputs, db=db, sentences=sentences, scheduler=scheduler or None)
    write_output(render(brief, fmt), output)
    if output != "-":
        click.echo(f"storyline: wrote {fmt} brief to {Path(output).resolve()}", err=True)


def register(group: click.Group) -> None:
    """Add this module's commands to the CLI group."""
    group.add_command(brief_cmd)
