"""Shared fixtures: the bundled sample corpus, the shared real data, a store."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from crosscheck.embed import VECTOR_CACHE_ENV
from crosscheck.eval import part_of, shared_data
from crosscheck.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample"


def pytest_configure(config):
    """One on-disk sentence-vector folder for the whole run, shared by the
    xdist workers (they inherit this environment) and the pools they start:
    the quality gates embed the same public articles gate after gate, and a
    vector is the same bytes read back or embedded afresh (crosscheck.embed).
    Made fresh for each run and removed after it, so a run starts cold; a
    folder the user sets is used as it is."""
    if hasattr(config, "workerinput") or os.environ.get(VECTOR_CACHE_ENV):
        return
    folder = tempfile.mkdtemp(prefix="crosscheck-test-vectors-")
    os.environ[VECTOR_CACHE_ENV] = folder
    config._crosscheck_vector_folder = folder


def pytest_unconfigure(config):
    folder = getattr(config, "_crosscheck_vector_folder", None)
    if folder:
        os.environ.pop(VECTOR_CACHE_ENV, None)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture
def data_dir() -> Path:
    """``../shared/data``; tests that need it skip, with the reason, when it is absent
    (only outside CI: CI always has it)."""
    path = shared_data()
    if path is None:
        pytest.skip("../shared/data is absent (it is present in CI)")
    return path


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "test.db")
    yield s
    s.close()


def _texts_passed_to(monkeypatch, name: str) -> list[str]:
    """Every text given to ``crosscheck.embed.<name>`` from now on, in order."""
    import crosscheck.embed as embed_module

    seen: list[str] = []
    real = getattr(embed_module, name)

    def spy(texts):
        seen.extend(texts)
        return real(texts)
    monkeypatch.setattr(embed_module, name, spy)
    return seen


@pytest.fixture
def embedded(monkeypatch):
    """Every text the sentence model is asked to embed from now on, in order
    (a spy on crosscheck.embed's uncached path, before the on-disk folder)."""
    return _texts_passed_to(monkeypatch, "_embed_uncached")


@pytest.fixture
def model_calls(monkeypatch):
    """The texts the model itself is run on, after the on-disk vector folder."""
    return _texts_passed_to(monkeypatch, "_run_model")


@pytest.fixture(scope="session")
def one_story(tmp_path_factory):
    """Build the one story a few reports make, as a user would (ingest,
    extract, build), and give its ``crosscheck/brief/1`` document."""
    import json

    from crosscheck import brief_document, build_stories, ingest
    from crosscheck.pipeline import extract

    def build(reports: list[dict], published: str) -> dict:
        folder = tmp_path_factory.mktemp("story")
        with (folder / "reports.jsonl").open("w", encoding="utf-8") as out:
            for r in reports:
                out.write(json.dumps({**r, "published": published}) + "\n")
        s = open_store(folder / "story.db")
        ingest([folder / "reports.jsonl"], s)
        extract(s)
        [built] = brief_document(s, build_stories(s))["stories"]
        s.close()
        return built
    return build


@pytest.fixture(scope="session")
def ray_session():
    """One local Ray session for the whole test run (starting Ray costs seconds):
    two CPUs, no dashboard, no usage statistics sent anywhere."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray = pytest.importorskip("ray", reason="Ray is in the test extra: pip install -e '.[test]'")
    # Ray's workers embed every text themselves, as on a user's cluster: they
    # start without the run's on-disk vector folder (pytest_configure), so a
    # test comparing Ray's records with the local engine's compares two
    # computations, not one read back.
    folder = os.environ.pop(VECTOR_CACHE_ENV, None)
    try:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                 configure_logging=False, ignore_reinit_error=True)
    finally:
        if folder is not None:
            os.environ[VECTOR_CACHE_ENV] = folder
    yield ray
    ray.shutdown()


# -- a throwaway PostgreSQL server, for the store tests --------------------------
# Started once per test run (about a second) from the server binaries on the
# machine, listening only on a unix socket in a temporary folder; each test
# that asks for ``postgres_url`` gets a database of its own.
import itertools  # noqa: E402 - this file is appended to, not rewritten

_database_numbers = itertools.count(1)


def _postgres_programs() -> tuple[Path, Path] | None:
    """initdb and pg_ctl: on PATH, else in Debian's /usr/lib/postgresql/<version>/bin."""
    import shutil

    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        # Resolved: pg_ctl finds the server program beside its real self.
        return Path(initdb).resolve(), Path(pg_ctl).resolve()
    folders = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                     key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    for folder in reversed(folders):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder / "initdb", folder / "pg_ctl"
    return None


@pytest.fixture(scope="session")
def postgres_server():
    """The socket folder of a PostgreSQL server running for this test run."""
    import os
    import shutil
    import signal
    import subprocess
    import tempfile
    import time

    programs = _postgres_programs()
    if programs is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in "
                    "/usr/lib/postgresql/*/bin: apt-get install postgresql-15")
    initdb, pg_ctl = programs
    # initdb refuses to run as root: the server then runs as the postgres user.
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="crosscheck-pg-"))  # short: socket paths are
    if os.geteuid() == 0:                                       # at most 107 bytes
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(folder)
            pytest.skip("tests run as root and there is no 'postgres' user to run "
                        "PostgreSQL as (apt-get install postgresql-15 creates it)")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, log = folder / "data", folder / "server.log"

    def run(*command: object) -> None:
        done = subprocess.run([*as_user, *map(str, command)], capture_output=True, text=True)
        if done.returncode != 0:
            server_log = log.read_text() if log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {done.stdout}{done.stderr}{server_log}")

    # An ICU English collation where the build has ICU: it sorts "a" before "B",
    # so the tests see that the store orders by byte (COLLATE "C") as SQLite does.
    common = ("-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
    try:
        run(initdb, *common, "--locale-provider=icu", "--icu-locale=en", "--locale=C")
    except RuntimeError:
        shutil.rmtree(data, ignore_errors=True)
        run(initdb, *common, "--no-locale")
    # Durability is worthless for a throwaway server; fsync off saves seconds.
    server_options = (f"-c listen_addresses='' -k {folder} -c fsync=off "
                      "-c full_page_writes=off -c synchronous_commit=off")
    run(pg_ctl, "start", "-w", "-D", data, "-l", log, "-o", server_options)
    _postgres_control.update(pg_ctl=pg_ctl, data=data, log=log, run=run, options=server_options)
    try:
        yield folder
    finally:
        # Read now, not at the start: postgres_restart gives the server a new pid.
        pid = int((data / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGINT)  # "fast" shutdown: sessions are ended, not awaited
        deadline = time.monotonic() + 30
        while (data / "postmaster.pid").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        shutil.rmtree(folder, ignore_errors=True)


_postgres_control: dict = {}  # how postgres_server started the server, for a restart


@pytest.fixture
def postgres_control(postgres_server):
    """A function that stops ("stop") or starts ("start") the throwaway server,
    returning once it is down or accepts connections. Stopping is "fast": every
    session is ended, as an upgrade or a crash ends them. A test that stops it
    starts it again, even when it fails."""
    control = _postgres_control
    state = {"down": False}

    def pg_ctl(action: str) -> None:
        extra = ["-m", "fast"] if action == "stop" else ["-l", control["log"],
                                                           "-o", control["options"]]
        control["run"](control["pg_ctl"], action, "-w", "-D", control["data"], *extra)
        state["down"] = action == "stop"

    yield pg_ctl
    if state["down"]:
        pg_ctl("start")


@pytest.fixture
def postgres_url(postgres_server):
    """The URL of a new, empty database on the throwaway server, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg", reason="pip install -e '.[test]' installs it")
    name = f"test_{next(_database_numbers)}"
    admin = f"postgresql://postgres@/postgres?host={postgres_server}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield f"postgresql://postgres@/{name}?host={postgres_server}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")  # even if a test left it open


# -- how `make test` shares the suite between two pytest-xdist workers ------------
# `make test` runs `pytest -n 2`, and the scheduler below hands a worker a whole
# group at a time. Each test file is one group, so a module's fixtures (a quality
# gate's evaluation, minutes of engine work) are built once, not on each worker.
# tests/engine/ is one group: its tests start Ray, process pools and a two-node
# cluster, and two local Ray instances at once would each start their own worker
# processes (twice the memory, four Ray workers on two cores).
# (pytest-xdist's own --dist loadgroup marks do nothing under pytest 9: they rename
# the item's old ``_nodeid``, which pytest no longer reads.)
# The groups go out in collection order, one when a worker runs short, and the long
# ones come first (the gates take 1 to 4 minutes each, most files seconds): a gate
# started last would leave the other worker idle for its minutes.
# A gate whose floors are named by part ("dev5.quote.linked") and whose parts
# are run apart is split into a group per part: the fact gate's nine parts are
# 12 CPU minutes in all, the relations gate's 10, the dates gate's 5, too long for one worker while
# the other idles.
TOGETHER = "tests/engine/"
LONG_FIRST = ("tests/quality/", TOGETHER)
BY_PART = ("tests/quality/test_facts_gate.py::test_metric_is_above_its_floor[",
           "tests/quality/test_relations_gate.py::test_metric_is_above_its_floor[",
           "tests/quality/test_dates_gate.py::test_metric_is_above_its_floor[")


def _group(nodeid: str) -> str:
    path = nodeid.split("::", 1)[0]
    if nodeid.startswith(BY_PART):  # "…[dev5.quote.linked]"; a metric of no part: "…[]"
        return f"{path}[{part_of(nodeid.split('[', 1)[1].rstrip(']'))}]"
    return TOGETHER if path.startswith(TOGETHER) else path


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, absent without it
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class ByGroup(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _group(nodeid)

    config.option.loadscopereorder = False  # our order (long first), not by count of tests
    return ByGroup(config, log)


def pytest_collection_modifyitems(config, items):
    for item in items:
        starts_ray = "ray_session" in getattr(item, "fixturenames", ())
        if starts_ray and not item.nodeid.startswith(TOGETHER):
            raise pytest.UsageError(f"{item.nodeid} starts Ray: move it under {TOGETHER}, "
                                    "whose tests run on one worker (tests/conftest.py)")
    if hasattr(config, "workerinput"):  # a pytest-xdist worker: the order of the groups
        items.sort(key=lambda item: not item.nodeid.startswith(LONG_FIRST))  # stable
