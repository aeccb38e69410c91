"""CLI: ``storyline extract`` and ``storyline cluster``, the contract's JSON Lines commands."""

from __future__ import annotations

import json
from typing import Any

import click

from storyline.cli.common import load_inputs, open_store, progress, write_output
from storyline.cli.options import cluster_threshold, current_settings, db_option, output_option
from storyline.model import Analysis, Article
from storyline.render.json import meta_json


def extract_line(article: Article, analysis: Analysis) -> dict[str, Any]:
    """One output line of ``storyline extract`` (see CONTRACT.md)."""
    return {
        "id": article.id,
        "outlet": meta_json(article.outlet),
        "published": meta_json(article.published),
        "title": article.title.value,
        "quotes": [
            {
                "start": q.span.start,
                "end": q.span.end,
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_entity": q.speaker_entity,
                "speaker_start": q.speaker_span.start if q.speaker_span else None,
                "speaker_end": q.speaker_span.end if q.speaker_span else None,
                "cue_start": q.cue_span.start if q.cue_span else None,
                "cue_end": q.cue_span.end if q.cue_span else None,
            }
            for q in analysis.quotes
        ],
        "timex": [
            {"start": t.span.start, "end": t.span.end, "text": t.text, "type": t.type, "value": t.value}
            for t in analysis.timexes
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "role": e.role,
                "mentions": [[m.start, m.end] for m in e.mentions],
            }
            for e in analysis.entities
        ],
        "citations": [
            {"start": c.span.start, "end": c.span.end, "text": c.text, "cites": c.cites, "kind": c.kind}
            for c in analysis.citations
        ],
        "furniture": [{"start": f.span.start, "end": f.span.end, "kind": f.kind} for f in analysis.furniture],
    }


def _jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@output_option
@db_option
def extract_cmd(inputs: tuple[str, ...], output: str, db: str) -> None:
    """Extract quotes, time expressions, entities and citations from each article (JSON Lines out).

    INPUTS are JSONL files as in the contract (or any input `brief` reads). One output line per article,
    in input order; metadata not given is inferred and marked so. Articles are grouped into stories first,
    so a report with no date of its own is dated from its story's other reports.
    """
    from storyline.pipeline import read

    articles = load_inputs(inputs)
    with open_store(db) as store:
        reading = read(
            articles,
            store=store,
            progress=progress("extract"),
            embed=bool(current_settings().embed),
            threshold=cluster_threshold(),
        )
    rows = [extract_line(a, x) for a, x in zip(reading.articles, reading.analyses, strict=True)]
    write_output(_jsonl(rows), output)


@click.command("cluster")
@click.argument("inputs", nargs=-1, required=True)
@output_option
def cluster_cmd(inputs: tuple[str, ...], output: str) -> None:
    """Group articles into stories and mark near-duplicates (JSON Lines out, one line per article).

    Needs no parse: the story stage works on cheap text features (see storyline.stories).
    """
    from storyline.pipeline import prepare
    from storyline.stories.cluster import cluster

    articles = [prepare(a) for a in load_inputs(inputs)]
    embedder = None
    if current_settings().embed:
        from storyline.stories.embed import Embedder

        embedder = Embedder()
    rows = [
        {"id": a.article, "story": a.story, "duplicate_of": a.duplicate_of}
        for a in cluster(articles, threshold=cluster_threshold(), embedder=embedder)
    ]
    write_output(_jsonl(rows), output)


def register(group: click.Group) -> None:
    """Add this module's commands to the CLI group."""
    group.add_command(extract_cmd)
    group.add_command(cluster_cmd)
