"""Every command has help (checked, as sqlite-utils does for its docs)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from storyline.cli.main import cli

COMMANDS = sorted(cli.commands)


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_help_of_each_command(name: str) -> None:
    command = cli.commands[name]
    assert command.help, f"{name} has no help text"
    assert len(command.help.strip()) > 20, f"{name} has no real help text"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_config_file_sets_defaults_and_rejects_unknown_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.toml"
    good.write_text('summary_sentences = 2\nformat = "json"\n')
    text = tmp_path / "r.txt"
    text.write_text("The council of Brayford voted on Monday to close the old bridge, the mayor said.\n")
    result = CliRunner().invoke(cli, ["--config", str(good), "brief", str(text), "--db", ":memory:"])
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().startswith("{")
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 'blue'\n")
    result = CliRunner().invoke(cli, ["--config", str(bad), "brief", str(text)])
    assert result.exit_code == 2
    assert "unknown setting 'colour'" in result.output
    assert "summary_sentences" in result.output
