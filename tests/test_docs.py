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


def test_every_test_needing_the_shared_data_is_named_in_the_readme():
    """A newcomer without ../shared/data sees tests skip: the README says which
    and what they measure."""
    root = Path(__file__).resolve().parents[1]
    section = README.split("### Tests that need `../shared/data`", 1)
    assert len(section) == 2, "README.md has no section on the tests that need ../shared/data"
    for path in sorted((root / "tests").rglob("test_*.py")):
        if path.resolve() == Path(__file__).resolve():
            continue
        text = path.read_text()
        if "shared_data(" in text or re.search(r"def test_\w+\([^)]*\bdata_dir\b", text):
            name = path.relative_to(root).as_posix()
            assert name in section[1], f"{name} needs ../shared/data: say so in README.md"
