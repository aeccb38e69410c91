"""End to end through the CLI, in process: the seeds, bad inputs, the store, the HTML brief."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli.main import cli

pytestmark = pytest.mark.slow


def _brief_json(runner: CliRunner, args: list[str]) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(cli, ["brief", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _walk_spans(node: object, out: list[dict]) -> None:  # type: ignore[type-arg]
    if isinstance(node, dict):
        if {"article", "start", "end"} <= node.keys():
            out.append(node)
        for v in node.values():
            _walk_spans(v, out)
    elif isinstance(node, list):
        for v in node:
            _walk_spans(v, out)


@pytest.fixture(scope="module")
def seed_brief(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> dict:  # type: ignore[type-arg]
    db = tmp_path_factory.mktemp("db") / "s.db"
    return _brief_json(CliRunner(), [*map(str, seed_paths), "--db", str(db)])


def test_e2e_seeds_form_one_story_with_inferred_outlets(seed_brief: dict, seed_paths: list[Path]) -> None:  # type: ignore[type-arg]
    assert seed_brief["schema"] == "storyline.brief/1"
    assert len(seed_brief["stories"]) == 1
    assert len(seed_brief["stories"][0]["articles"]) == 2
    outlets = {a["outlet"]["value"]: a["outlet"]["inferred"] for a in seed_brief["articles"]}
    assert outlets == {"CNN": True, "Newsweek": True}


def test_e2e_every_brief_span_is_valid(seed_brief: dict) -> None:  # type: ignore[type-arg]
    texts = {a["id"]: Path(a["source"]).read_text(encoding="utf-8") for a in seed_brief["articles"]}
    spans: list[dict] = []  # type: ignore[type-arg]
    _walk_spans(seed_brief, spans)
    assert len(spans) > 50
    for sp in spans:
        text = texts[sp["article"]]
        assert 0 <= sp["start"] < sp["end"] <= len(text)
        if "text" in sp:
            assert text[sp["start"] : sp["end"]] == sp["text"]


def test_e2e_bad_inputs_are_named_and_good_ones_kept(tmp_path: Path, seed_paths: list[Path]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 8)
    latin = "The mayor of Vallmora, Inés Ortí, said the café on the square would reopen on Monday.\n"
    (folder / "latin.txt").write_bytes(latin.encode("latin-1"))
    lines = [
        json.dumps({"id": "good-1", "text": "Harbor workers in Pellston voted on Tuesday to end their strike."}),
        "{not json",
        json.dumps({"id": "good-2", "text": "The port of Pellston reopened on Wednesday, officials said."}),
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n")
    (folder / seed_paths[0].name).write_text(seed_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "store.db"

    runner = CliRunner()
    first = _brief_json(runner, [str(seed_paths[1]), "--db", str(db)])
    assert len(first["articles"]) == 1

    result = runner.invoke(cli, ["brief", str(folder), "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    ids = {a["id"] for a in brief["articles"]}
    assert {"good-1", "good-2"} <= ids
    assert len(ids) == 4  # latin-1 file, two good lines, the seed report
    assert any("Inés Ortí" in Path(a["source"]).read_text(encoding="latin-1") for a in brief["articles"]
               if a["source"].endswith("latin.txt"))
    err = result.stderr
    assert "empty.txt" in err
    assert "blob.bin" in err
    assert re.search(r"batch\.jsonl:2\b", err)

    # nothing already stored is lost
    with sqlite3.connect(db) as con:
        stored = {row[0] for row in con.execute("select id from articles")}
    assert {a["id"] for a in first["articles"]} | ids <= stored


def test_e2e_html_brief_is_self_contained_and_escaped(tmp_path: Path) -> None:
    hostile = (
        'Officials in Dunmore said on Monday that the bridge would close. "It is <script>alert(1)</script> '
        'unsafe," the mayor, Ruth Keane, told the Dunmore Courier.'
    )
    src = tmp_path / "hostile.txt"
    src.write_text(hostile, encoding="utf-8")
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(cli, ["brief", str(src), "--format", "html", "-o", str(out), "--db", ":memory:"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html
