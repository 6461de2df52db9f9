"""The installed command as a user meets it: one-line errors, exit codes, no traceback."""

import subprocess
import sys


def crosscheck(*args):
    return subprocess.run([sys.executable, "-m", "crosscheck.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_missing_path_is_one_line_and_exit_2(tmp_path):
    result = crosscheck("ingest", tmp_path / "nope", "--db", tmp_path / "c.db")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("crosscheck: no such file or folder")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_stdout_is_only_json(sample_dir):
    result = crosscheck("run", sample_dir)
    assert result.returncode == 0
    assert result.stdout.lstrip().startswith("{")
    assert "documents read" in result.stderr  # the report went to stderr


def test_python_dash_m_crosscheck_is_the_command():
    result = subprocess.run([sys.executable, "-m", "crosscheck", "version"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("crosscheck ")
