"""A folder that holds an earlier run's output (blind QA round O, #14): storyline's own brief, ``extract`` and
``cluster`` lines and ``stories`` table are reported and skipped, not read as reports; a Markdown report and a
JSON Lines input stay readable.

The reports are written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.ingest import load
from storyline.model import Article, Brief, Fact, Span, StoryBrief
from storyline.render.html import render_html
from storyline.render.json import dumps
from storyline.render.markdown import render_markdown

REPORT = "A ferry sank off Velm on Friday with forty people on board, the coast guard said.\n"


def _brief() -> Brief:
    art = Article(id="velm-1", text=REPORT, source="reports/ferry.txt")
    fact = Fact(id="f1", text="A ferry sank off Velm.", status="single",
                support=(Span(article="velm-1", start=0, end=30),), independent_sources=1)
    story = StoryBrief(id="s1", title="Ferry sinks off Velm", articles=("velm-1",), facts=(fact,))
    return Brief(articles=(art,), stories=(story,))


def _extract_line() -> str:
    return json.dumps({"id": "velm-1", "outlet": {"value": None, "inferred": False}, "quotes": [], "timex": [],
                       "entities": [], "citations": []}) + "\n"


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("brief.md", render_markdown(_brief()), "a Markdown brief"),
        ("brief.json", dumps(_brief()), "a brief"),
        ("brief.html", render_html(_brief()), "a brief"),
        ("extract.jsonl", _extract_line(), "extract output"),
        ("clusters.jsonl", '{"id": "velm-1", "story": "s1", "duplicate_of": null}\n', "cluster output"),
        ("stories.txt", "story     size  dates                     outlets\ns1           1  -     -\n", "a story list"),
    ],
)
def test_load_own_output_is_skipped_with_a_notice(tmp_path: Path, name: str, content: str, what: str) -> None:
    (tmp_path / "ferry.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / name).write_text(content, encoding="utf-8")
    loaded = load([tmp_path])
    assert [Path(a.source).name for a in loaded.articles] == ["ferry.txt"]
    (problem,) = loaded.problems
    assert problem.source == str(tmp_path / name)
    assert what in str(problem)


@pytest.mark.parametrize(
    "content",
    [
        # a report written in Markdown, even one about a brief
        "# Ferry sinks off Velm\n\nA ferry sank off Velm on Friday. The storyline brief of the inquiry is due in May."
        "\n\n## Survivors\n\nForty people were on board, the coast guard said.\n",
        # an input line of JSON Lines has its text
        '{"id": "velm-2", "text": "A ferry sank off Velm on Friday.", "story": "s1", "duplicate_of": null}\n',
    ],
)
def test_load_own_output_leaves_reports_alone(content: str) -> None:
    from storyline.ingest.sniff import own_output  # here: the base without it still runs the tests above

    assert own_output(content.encode("utf-8")) is None
