"""CLI: ``storyline ingest`` (add reports to the store, one story decision each) and ``storyline stories``.

``ingest`` adds reports to the store's incremental story index (``storyline.stories.stored``), so story ids
stay stable across runs and a report ingested twice keeps its first assignment. The ``cluster`` command
(batch, JSONL in and out) lives elsewhere.
"""

from __future__ import annotations

import json

import click

from storyline.cli.common import load_inputs, open_store, progress
from storyline.cli.options import db_option


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line, not one line per report.")
def ingest_cmd(inputs: tuple[str, ...], db: str, quiet: bool) -> None:
    """Add the reports in INPUTS (files, folders, JSONL, '-') to the store and assign each to a story.

    Each report joins the story it best matches or opens a new one; a near-copy of a stored report is marked
    as its duplicate. Story ids never change once given. Bad inputs are named on stderr and skipped.
    """
    from storyline.pipeline import prepare
    from storyline.stories.stored import assign_stored, story_count

    articles = load_inputs(list(inputs))
    if not articles:
        raise click.ClickException("no readable reports in the inputs")
    with open_store(db) as store:
        before = story_count(store)
        prepared = [prepare(a) for a in progress("preparing")(articles)]
        # ingest is the update path: a stored id given a new text is replaced (its analyses and its story's
        # brief are made again), and said so, since the API refuses the same (409)
        stored = store.texts([a.id for a in prepared])
        replaced = {a.id for a in prepared if a.id in stored and stored[a.id] != a.text}
        store.save_articles(prepared)
        assignments = assign_stored(store, prepared)
        after = story_count(store)
    if not quiet:
        for art, asg in zip(prepared, assignments, strict=True):
            dup = f"  duplicate of {asg.duplicate_of}" if asg.duplicate_of else ""
            note = "  replaced the stored text" if art.id in replaced else ""
            click.echo(f"{asg.story}\t{art.id}\t{art.outlet.value or '-'}\t{art.source or '-'}{dup}{note}")
    new = after - before
    dups = sum(1 for a in assignments if a.duplicate_of)
    swapped = f", {len(replaced)} stored texts replaced ({', '.join(sorted(replaced))})" if replaced else ""
    click.echo(
        f"storyline: {len(assignments)} reports, {new} new stories, {dups} duplicates{swapped}; "
        f"{after} stories in {db}",
        err=True,
    )


@click.command("stories")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stories_cmd(db: str, fmt: str) -> None:
    """List the stories in the store: id, number of reports, outlets and the span of publication dates."""
    with open_store(db) as store:
        rows = store.stories()
    if fmt == "json":
        payload = [
            {
                "id": r.id,
                "size": r.count,
                "outlets": list(r.outlets),
                "first_published": r.first_published,
                "last_published": r.last_published,
                "articles": list(r.article_ids),
            }
            for r in rows
        ]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("no stories stored yet: add reports with `storyline ingest`", err=True)
        return
    click.echo(f"{'story':<8} {'size':>5}  {'dates':<24}  outlets")
    for r in rows:
        span = f"{r.first_published} .. {r.last_published}" if r.first_published else "-"
        click.echo(f"{r.id:<8} {r.count:>5}  {span:<24}  {', '.join(r.outlets) or '-'}")


def register(group: click.Group) -> None:
    """Add this module's commands to the CLI group."""
    group.add_command(ingest_cmd)
    group.add_command(stories_cmd)
