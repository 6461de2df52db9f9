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


def test_ctrl_c_mid_ingest_stops_cleanly_and_says_what_is_stored(sample_dir, tmp_path):
    """A real SIGINT, sent once the articles are stored (the claims step is then
    loading spaCy, which takes seconds)."""
    import signal
    import sqlite3
    import time

    db = tmp_path / "c.db"
    # As from a terminal: Ctrl-C's default handling. A signal ignored in this
    # test process (some earlier test's library may leave SIGINT ignored) stays
    # ignored in its children, and the ingest then ran to its end.
    process = subprocess.Popen([sys.executable, "-m", "crosscheck", "ingest", str(sample_dir),
                                "--db", str(db)], stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
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
    assert process.returncode == 130, stderr
    assert "interrupted: 13 articles stored; run the same command again to finish" in stderr
    assert "Traceback" not in stderr
    assert not (tmp_path / "c.db.stories-lock").exists()
