"""The installed command as a user meets it: one-line errors, exit codes, no traceback."""

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from crosscheck import story_build
from crosscheck.cli import app
from crosscheck.cli import progress as cli_progress
from crosscheck.store import open_store


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


def _sigint_once_stored(sample_dir, tmp_path, preexec_fn):
    """``crosscheck ingest`` of the sample started with ``preexec_fn``, sent a real
    SIGINT once its 13 articles are stored (the claims step is then loading
    spaCy, which takes seconds); its exit code and stderr."""
    import sqlite3
    import time

    db = tmp_path / "c.db"
    process = subprocess.Popen([sys.executable, "-m", "crosscheck", "ingest", str(sample_dir),
                                "--db", str(db)], stderr=subprocess.PIPE, text=True,
                               preexec_fn=preexec_fn)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        # Read-only, never waiting, closed at once: watching must neither
        # create the store before crosscheck does nor hold it open (a `with`
        # block does not close a sqlite3 connection).
        con = None
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.01)
            if con.execute("SELECT count(*) FROM articles").fetchone()[0] == 13:
                break
        except sqlite3.Error:
            pass  # not made yet, or busy
        finally:
            if con is not None:
                con.close()
        time.sleep(0.02)
    assert process.poll() is None, "the ingest ended before its articles were seen stored"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


def _as_from_a_terminal():
    # Ctrl-C's default handling. A signal ignored in this test process (some
    # earlier test's library may leave SIGINT ignored) stays ignored in its
    # children, and the ingest then ran to its end.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _blocked_by_the_parent():
    # What a child inherits from a parent thread that blocks SIGINT when it starts
    # the child: before the fix, the SIGINT stayed pending and the ingest ran on
    # to exit 0 with its full report (the flaky failure of the test above in full
    # runs; reproduced by running pytest with SIGINT blocked).
    _as_from_a_terminal()
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


@pytest.mark.parametrize("preexec_fn", [_as_from_a_terminal, _blocked_by_the_parent],
                         ids=["from-a-terminal", "blocked-by-the-parent"])
def test_ctrl_c_mid_ingest_stops_cleanly_and_says_what_is_stored(sample_dir, tmp_path,
                                                                 preexec_fn):
    returncode, stderr = _sigint_once_stored(sample_dir, tmp_path, preexec_fn)
    assert returncode == 130, stderr
    assert "interrupted: 13 articles stored; run the same command again to finish" in stderr
    assert "Traceback" not in stderr
    assert not (tmp_path / "c.db.stories-lock").exists()


# Python builds dataclasses' and namedtuples' methods by exec() of a string (every
# spaCy import makes hundreds). A KeyboardInterrupt raised in such code is marked
# unhandled by CPython even when the command catches it, and `python -m` then ends
# by killing itself with SIGINT: exit -2 and no traceback, after "interrupted: 13
# articles stored" (the flaky failure of the test above in full runs, where the
# SIGINT came while the claims step was importing spaCy).
CTRL_C_IN_EXECED_CODE = """
from crosscheck.cli import main, progress

real = progress.extract


def extract_after_ctrl_c(*args, **kwargs):
    exec("import signal; signal.raise_signal(signal.SIGINT)")  # handled in the exec'd code
    return real(*args, **kwargs)


progress.extract = extract_after_ctrl_c
main()
"""


def test_ctrl_c_in_code_run_from_a_string_still_exits_130(sample_dir, tmp_path):
    (tmp_path / "ctrl_c_in_exec.py").write_text(CTRL_C_IN_EXECED_CODE, encoding="utf-8")
    db = tmp_path / "c.db"
    result = subprocess.run([sys.executable, "-m", "ctrl_c_in_exec", "ingest", str(sample_dir),
                             "--db", str(db)], capture_output=True, text=True, timeout=120,
                            cwd=tmp_path, preexec_fn=_as_from_a_terminal)
    assert result.returncode == 130, result.stderr
    assert "interrupted: 13 articles stored; run the same command again to finish" in result.stderr
    assert "Traceback" not in result.stderr


# `crosscheck watch`: a first Ctrl-C asks to stop after the round, a second stops at once.
# Both are pressed here in code run from a string, inside the first round's claims step
# (where spaCy's import runs hundreds of such strings). Before the watch used the
# ingest's Ctrl-C, the second press ended it with exit -2 as above, nothing said of the store.
CTRL_C_TWICE_IN_WATCH = """
import sys

from crosscheck.cli import main

watching = sys.modules["crosscheck.watch"]
real = watching.extract


def extract_after_ctrl_c_twice(*args, **kwargs):
    exec("import signal; signal.raise_signal(signal.SIGINT)")  # stop after this round
    exec("import signal; signal.raise_signal(signal.SIGINT)")  # stop now
    return real(*args, **kwargs)


watching.extract = extract_after_ctrl_c_twice
main()
"""


def test_a_second_ctrl_c_in_watch_in_code_run_from_a_string_exits_130(sample_dir, tmp_path):
    (tmp_path / "ctrl_c_in_watch.py").write_text(CTRL_C_TWICE_IN_WATCH, encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(sample_dir / "valley_courier_vigil.txt", inbox)
    old = time.time() - 60  # settled: the watch reads it in its first round
    os.utime(inbox / "valley_courier_vigil.txt", (old, old))
    result = subprocess.run([sys.executable, "-m", "ctrl_c_in_watch", "watch", str(inbox),
                             "--rounds", "2", "--db", str(tmp_path / "w.db")],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path,
                            preexec_fn=_as_from_a_terminal)
    assert result.returncode == 130, result.stderr
    assert "stopping after this round" in result.stderr
    assert "interrupted: 1 article stored; run the same command again to finish" \
        in result.stderr
    assert "round 1" not in result.stderr  # stopped in the round, not after it
    assert "Traceback" not in result.stderr


def _from_here(outermost) -> bool:
    return cli_progress._runs_code_from_a_string(sys._getframe(), outermost)


def test_ctrl_c_waits_for_a_progress_step_only_in_code_run_from_a_string():
    outermost = sys._getframe()
    assert not _from_here(outermost)  # plain code: Ctrl-C raised at once
    assert eval("check(outermost)", {"check": _from_here, "outermost": outermost})
    # a string run below the command (pytest-xdist's workers run from one) counts not
    assert not eval("check()", {"check": lambda: _from_here(sys._getframe())})


# -- Ctrl-C at set points, in this process ---------------------------------------------------


class _Finalized:
    def __del__(self):
        # Ctrl-C handled while a finalizer runs: Python prints the KeyboardInterrupt
        # as "Exception ignored in ... __del__" and goes on, as it does for any
        # library object collected at that moment.
        signal.raise_signal(signal.SIGINT)


def _ctrl_c(lost: bool) -> None:
    if lost:
        _Finalized()
    else:
        signal.raise_signal(signal.SIGINT)


#: Where Ctrl-C comes: (module, name) of the function it comes in, called by
#: the ingest command. The stories point is inside the story lock.
POINTS = {"ingest": (cli_progress, "ingest"),
          "claims": (cli_progress, "extract"),
          "stories": (story_build, "build_story")}


@pytest.fixture
def ctrl_c_as_from_a_terminal():
    """SIGINT handled as Python does by default (an earlier test's library may
    have left it ignored in this process)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _press_ctrl_c_in(monkeypatch, point: str, lost: bool) -> None:
    module, name = POINTS[point]
    real = getattr(module, name)
    pressed = []

    def with_ctrl_c(*args, **kwargs):
        if not pressed:
            pressed.append(True)
            _ctrl_c(lost)
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, with_ctrl_c)


@pytest.mark.parametrize("lost", [False, True], ids=["raised", "lost-in-a-finalizer"])
@pytest.mark.parametrize("point", list(POINTS))
def test_ctrl_c_at_any_step_of_ingest_stops_it_and_a_rerun_finishes(
        sample_dir, tmp_path, monkeypatch, ctrl_c_as_from_a_terminal, point, lost):
    """Ctrl-C during the ingest, the claims or the story step stops the command
    with 130 and says what is stored, even when the KeyboardInterrupt it raises
    is lost on its way (before the fix such an ingest ran on to exit 0, and
    Python printed the lost one's traceback); the store is whole and the same
    command finishes it."""
    db = tmp_path / "c.db"
    _press_ctrl_c_in(monkeypatch, point, lost)
    printed = []  # what Python would print as "Exception ignored in ..."
    monkeypatch.setattr(sys, "unraisablehook", printed.append)
    result = CliRunner().invoke(app, ["ingest", str(sample_dir), "--db", str(db)])
    assert result.exit_code == 130, result.output
    assert printed == []
    assert "run the same command again to finish" in result.stderr
    assert "stories written" not in result.stderr
    assert not (tmp_path / "c.db.stories-lock").exists()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # given back
    monkeypatch.undo()
    with open_store(db) as store:
        assert store.integrity_ok()
        stored = store.count_articles()
    assert stored < 13 if point == "ingest" else stored == 13
    assert f"interrupted: {stored} article{'' if stored == 1 else 's'} stored;" in result.stderr
    again = CliRunner().invoke(app, ["ingest", str(sample_dir), "--db", str(db)])
    assert again.exit_code == 0, again.output
    with open_store(db) as store:
        assert store.count_articles() == 13 and store.count_stories() > 0


def test_ctrl_c_ignored_when_ingest_starts_stays_ignored(sample_dir, tmp_path, monkeypatch):
    """nohup and background jobs start a command with SIGINT ignored: a SIGINT
    then must not stop the ingest."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _press_ctrl_c_in(monkeypatch, "claims", lost=False)
        result = CliRunner().invoke(app, ["ingest", str(sample_dir), "--db",
                                          str(tmp_path / "c.db")])
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.exit_code == 0, result.output
    assert "stories written" in result.stderr
