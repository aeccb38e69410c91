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


def test_stories_cli_cluster_threshold_from_settings_reaches_the_story_stage(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from storyline.cli.main import cli

    from ._reports import QUAKE_VAROSIA, QUAKE_VAROSIA_OTHER_OUTLET

    paths = []
    for name, text in (("a.txt", QUAKE_VAROSIA), ("b.txt", QUAKE_VAROSIA_OTHER_OUTLET)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    strict = tmp_path / "strict.toml"
    strict.write_text("cluster_threshold = 0.99\n")
    runner = CliRunner()

    def stories(*config: str) -> set[str]:
        result = runner.invoke(cli, [*config, "cluster", *paths])
        assert result.exit_code == 0, result.output
        return {json.loads(line)["story"] for line in result.stdout.splitlines() if line.strip()}

    assert len(stories()) == 1  # the tuned default puts two reports of one quake together
    assert len(stories("--config", str(strict))) == 2


def test_ingest_says_when_a_stored_id_gets_a_new_text(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "harbour-1", "text": "The Velm ferry sank on Monday, the port said."}) + "\n")
    second = tmp_path / "second.jsonl"
    second.write_text(
        json.dumps({"id": "harbour-1", "text": "The Velm ferry sank on Monday night, the port authority said."})
        + "\n"
    )
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(first), "--db", db]).exit_code == 0
    same = runner.invoke(cli, ["ingest", str(first), "--db", db])
    assert "replaced" not in same.output
    changed = runner.invoke(cli, ["ingest", str(second), "--db", db])
    assert changed.exit_code == 0, changed.output
    assert "harbour-1\t" in changed.stdout
    assert "replaced the stored text" in changed.stdout
    assert "1 stored texts replaced (harbour-1)" in changed.stderr
