"""The command line's help and its words for a wrong choice: paragraphs that
wrap, arguments written as they are typed, one plain sentence naming the
valid choices."""

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_help_explains_every_command():
    result = run("--help")
    for command in ("run", "ingest", "articles", "show", "stories", "brief"):
        assert command in result.stdout
        sub = run(command, "--help")
        assert sub.exit_code == 0 and len(sub.stdout) > 200
    assert "cites its sources" in " ".join(run("run", "--help").stdout.split())


def test_a_wrong_choice_is_one_plain_sentence(tmp_path):
    result = run("brief", "s1", "--db", tmp_path / "c.db", "--format", "pdf")
    assert result.exit_code == 2
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "choose json, md or html, not 'pdf'" in message
    assert "Value error" not in message


def test_help_is_wrapped_as_paragraphs_and_names_its_arguments():
    result = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert "{paths}" not in result.stdout and "PATH_OR_URL" in result.stdout
    description = result.stdout.split("Arguments")[0].splitlines()
    paragraph_lines = [line.strip() for line, after in zip(description, description[1:])
                       if line.strip() and after.strip()]
    # every line but a paragraph's last is filled: no line break kept from the source
    assert paragraph_lines and all(len(line) > 50 for line in paragraph_lines), paragraph_lines


def test_help_shows_flags_without_a_value_placeholder():
    # typer 0.29 shows every flag as "--quiet <bool>", as if it took a value
    # (typer is pinned to 0.28.0 for this).
    for command in ([], ["run"], ["ingest"]):
        result = runner.invoke(app, [*command, "--help"], terminal_width=100)
        assert "--help" in result.stdout and "<bool>" not in result.stdout


# Every command taking positional arguments: its --help writes them as a user
# types them. typer 0.28 wraps a required argument in braces ("{PATH_OR_URL}"),
# leaves out the "..." of one given many times and puts "<str>" beside its name.
ARGUMENT_USAGE = {"run": "PATH_OR_URL...", "ingest": "PATH_OR_URL...",
                  "watch": "FEED_OR_FOLDER...", "brief": "STORY", "show": "ARTICLE"}


@pytest.mark.parametrize("command", sorted(ARGUMENT_USAGE))
def test_help_writes_arguments_as_they_are_typed(command):
    result = runner.invoke(app, [command, "--help"], terminal_width=100)
    assert result.exit_code == 0
    usage = next(line for line in result.stdout.splitlines() if "Usage:" in line)
    assert usage.split()[-2:] == ["[OPTIONS]", ARGUMENT_USAGE[command]]
    arguments = result.stdout.split("Arguments")[1].split("Options")[0]
    assert "{" not in usage + arguments and "<str>" not in arguments
    assert ARGUMENT_USAGE[command].removesuffix("...") in arguments


def test_every_command_with_arguments_has_its_usage_tested():
    import typer

    commands = typer.main.get_command(app).commands
    assert set(ARGUMENT_USAGE) == {name for name, command in commands.items()
                                   if any(p.param_type_name == "argument" for p in command.params)}
