"""CLI: ``storyline eval``: score storyline on public annotated data; check the pinned quality floors."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from storyline.eval import EVALUATIONS, check, evaluate, load_baselines


@click.command("eval")
@click.argument("name", type=click.Choice([*EVALUATIONS, "all"]))
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this file (same schema as the set in ../shared/data) instead of the default split.")
@click.option("--split", default="dev", show_default=True, help="Which split of the default data set.")
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option("--check", "do_check", is_flag=True,
              help="Compare with the floors pinned in quality/ (exit 1 on a drop).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON line instead of a table.")
@click.option("--embed", is_flag=True, help="Also score with sentence embeddings where an evaluation can (the "
              "'embed' extra); pinned floors stay the plain ones.")
def eval_cmd(
    name: str, data: Path | None, split: str, limit: int | None, do_check: bool, as_json: bool, embed: bool
) -> None:
    """Score one part of storyline (or all) on public data: quotes, timex, entities, clusters, align.

    With --check, the pinned floors' own arguments are used and any drop fails.
    """
    if embed:
        os.environ["STORYLINE_EMBED"] = "1"  # read by the evaluations that can use embeddings
    names = list(EVALUATIONS) if name == "all" else [name]
    baselines = load_baselines() if do_check else {}
    drops: list[str] = []
    results = {}
    for n in names:
        if do_check and n in baselines:
            args = baselines[n].get("args", {})
            scores = evaluate(n, data=data, split=args.get("split", split), limit=args.get("limit", limit))
            drops += check(n, scores, baselines[n])
        else:
            scores = evaluate(n, data=data, split=split, limit=limit)
        results[n] = scores
        if not as_json:
            click.echo(f"== {n}: {EVALUATIONS[n]}")
            for metric, value in scores.items():
                shown = f"{value:.4f}" if isinstance(value, float) else str(value)
                click.echo(f"  {metric:<40} {shown}")
    if as_json:
        click.echo(json.dumps(results))
    for d in drops:
        click.echo(f"storyline: quality drop: {d}", err=True)
    if drops:
        sys.exit(1)


def register(group: click.Group) -> None:
    """Add this module's commands to the CLI group."""
    group.add_command(eval_cmd)
