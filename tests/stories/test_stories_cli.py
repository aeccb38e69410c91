from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.main import cli


def test_stories_cli_ingest_twice_keeps_ids_and_lists(tmp_path: Path, seed_paths: list[Path]) -> None:
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", *map(str, seed_paths), "--db", db])
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["ingest", str(seed_paths[0]), "--db", db])
    assert again.exit_code == 0, again.output
    assert again.stdout.split("\t")[0] == "s1"
    listed = runner.invoke(cli, ["stories", "--db", db, "--format", "json"])
    stories = json.loads(listed.stdout)
    assert [(s["id"], s["size"]) for s in stories] == [("s1", 2)]
    assert sorted(stories[0]["outlets"]) == ["CNN", "Newsweek"]
    table = runner.invoke(cli, ["stories", "--db", db])
    assert "s1" in table.stdout
