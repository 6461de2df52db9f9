"""The README stays true: every command and option of the CLI is documented."""

import re
from pathlib import Path

import click
import typer

from crosscheck.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_readme_opens_with_the_two_commands():
    head = README.split("\n## ", 1)[0]
    assert "make demo" in head and "make test" in head


def test_every_command_and_option_is_documented():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"crosscheck {name}" in README, f"command {name} is not in README.md"
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in param.opts:
                    if opt.startswith("--") and opt != "--help":
                        assert re.search(re.escape(opt) + r"\b", README), \
                            f"option {opt} of {name} is not in README.md"
