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
