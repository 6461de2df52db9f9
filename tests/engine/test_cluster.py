"""A sharded ingest on a two-node Ray cluster gives the local engine's store.

Both nodes run on this machine, with the commands docs/scaling.md gives for
real machines (``ray start --head`` and ``ray start --address``), one CPU
each, so the actor pool of two needs both nodes. They are kept apart from the
test session's own Ray (``ray_session`` in conftest.py) and from any other Ray
on the machine:

* each node has its own ``--temp-dir``, so the "latest cluster" file that a
  bare ``ray.init()`` reads (/tmp/ray/ray_current_cluster) is never written;
* every port is chosen free here, none left at Ray's fixed defaults (the
  dashboard agent's 52365 would collide between the two nodes);
* each ``ray start`` runs in a new process group, which every process of its
  node inherits (GCS, raylet, workers), and the nodes are stopped by killing
  those two groups: never ``ray stop``, which ends every Ray of the user on
  the machine, the shared session's included.
"""

from __future__ import annotations

import os
import shutil
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from crosscheck.store import open_store

pytest.importorskip("ray", reason="Ray is in the test extra: pip install -e '.[test]'")

ROOT = Path(__file__).resolve().parents[2]
#: The whole run (two nodes, spaCy loaded on each, 13 articles) took about
#: 60 s on two loaded cores; a node that has not joined by then is broken.
JOIN_SECONDS = 90


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _environment(token: Path) -> dict[str, str]:
    """The environment of the nodes and of the driver: the cluster's own token
    (Ray 2.x turns token authentication on when a head starts; a token from
    ~/.ray would be shared with every other Ray of the user), no usage
    statistics, this crosscheck importable (each raylet starts its workers
    with its node's environment)."""
    env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_MODE="token",
               RAY_AUTH_TOKEN_PATH=str(token))
    env.pop("RAY_AUTH_TOKEN", None)
    env.pop("RAY_ADDRESS", None)
    source = str(ROOT / "src")
    env["PYTHONPATH"] = os.pathsep.join([source, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


class _Cluster:
    """Two one-CPU Ray nodes on 127.0.0.1, each started in its own process group."""

    def __init__(self) -> None:
        self.groups: list[int] = []
        self.folders: list[str] = [tempfile.mkdtemp(prefix="xr-")]
        token = Path(self.folders[0]) / "auth_token"
        token.write_text(secrets.token_hex(32))  # as `ray get-auth-token --generate` makes one
        self.environment = _environment(token)
        self.port = _free_port()
        self.address = f"127.0.0.1:{self.port}"

    def start(self) -> None:
        self._node(["--head", "--port", str(self.port), "--include-dashboard", "false"])
        self._node(["--address", self.address])
        self._wait_for_two_nodes()

    def _node(self, role: list[str]) -> None:
        folder = tempfile.mkdtemp(prefix="xr-")  # short: Ray's socket paths must fit 107 bytes
        self.folders.append(folder)
        ray = Path(sys.executable).with_name("ray")
        command = [str(ray if ray.exists() else shutil.which("ray")), "start", *role,
                   "--num-cpus", "1", "--node-ip-address", "127.0.0.1", "--temp-dir", folder,
                   "--object-store-memory", str(100 * 1024 * 1024),
                   "--node-manager-port", str(_free_port()),
                   "--object-manager-port", str(_free_port()),
                   "--dashboard-agent-listen-port", str(_free_port()),
                   "--dashboard-agent-grpc-port", str(_free_port()),
                   "--runtime-env-agent-port", str(_free_port()),
                   "--metrics-export-port", str(_free_port()),
                   "--min-worker-port", "0", "--max-worker-port", "0",
                   "--disable-usage-stats"]
        # Output to a file, not a pipe: the node's processes outlive ``ray start``
        # and could hold a pipe open.
        log = Path(folder) / "start.log"
        with open(log, "w") as out:
            started = subprocess.Popen(command, env=self.environment, start_new_session=True,
                                       stdout=out, stderr=subprocess.STDOUT)
        self.groups.append(started.pid)  # the group's id: start_new_session made it leader
        if started.wait(timeout=JOIN_SECONDS) != 0:
            raise RuntimeError(f"ray start failed ({started.returncode}):\n{log.read_text()}")

    def _wait_for_two_nodes(self) -> None:
        code = ("import ray, sys; ray.init(address=sys.argv[1], configure_logging=False, "
                "log_to_driver=False); print(sum(n['Alive'] for n in ray.nodes()))")
        deadline = time.monotonic() + JOIN_SECONDS
        while True:
            done = subprocess.run([sys.executable, "-c", code, self.address], env=self.environment,
                                  capture_output=True, text=True, timeout=JOIN_SECONDS)
            if done.stdout.strip() == "2":
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the second node did not join: {done.stdout}{done.stderr}")
            time.sleep(1)

    def stop(self) -> None:
        """Kill both nodes' process groups (TERM, then KILL what is left)."""
        for group in self.groups:
            _signal_group(group, signal.SIGTERM)
        deadline = time.monotonic() + 5  # a throwaway cluster: no need to wait long
        while any(_group_alive(g) for g in self.groups) and time.monotonic() < deadline:
            time.sleep(0.2)
        for group in self.groups:
            _signal_group(group, signal.SIGKILL)
        for folder in self.folders:
            shutil.rmtree(folder, ignore_errors=True)


def _signal_group(group: int, sig: int) -> None:
    try:
        os.killpg(group, sig)
    except ProcessLookupError:
        pass


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def cluster():
    nodes = _Cluster()
    try:  # a node that started before a failure is stopped all the same
        nodes.start()
        yield nodes
    finally:
        nodes.stop()


def _contents(db: Path) -> dict:
    with open_store(db, create=False) as store:
        articles = store.articles()
        return {"articles": articles, "claims": store.claims([a.id for a in articles]),
                "refusals": store.refusals(),
                "stories": sorted(sorted(s.articles) for s in store.stories())}


@pytest.fixture
def shards(sample_dir, tmp_path):
    folder = tmp_path / "shards"
    shutil.copytree(sample_dir, folder)
    return folder


@pytest.fixture
def local_run(shards, tmp_path):
    """The local engine's run into local.db, started before the cluster so that it
    runs while the nodes start (most of which is waiting)."""
    db = tmp_path / "local.db"
    command = [sys.executable, "-m", "crosscheck", "ingest", str(shards), "--engine", "local",
               "--db", str(db), "--quiet"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [
        str(ROOT / "src"), os.environ.get("PYTHONPATH")])))
    started = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        yield started, db
    finally:
        if started.poll() is None:
            started.kill()
        started.communicate()


@pytest.mark.slow
def test_a_two_node_cluster_gives_the_local_engines_store(local_run, cluster, shards, tmp_path):
    # The driver is a process of its own, as on a real cluster (and this one may
    # hold the test session's Ray: a process is in one Ray session at a time).
    cluster_db = tmp_path / "cluster.db"
    command = [sys.executable, "-m", "crosscheck", "ingest", str(shards), "--engine", "ray",
               "--workers", "2", "--ray-address", cluster.address, "--db", str(cluster_db)]
    done = subprocess.run(command, env=cluster.environment, capture_output=True, text=True,
                          timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "13 documents read" in done.stderr  # the report
    local, local_db = local_run
    _, errors = local.communicate(timeout=240)
    assert local.returncode == 0, errors[-3000:]
    expected, clustered = _contents(local_db), _contents(cluster_db)
    assert len(expected["articles"]) == 13 and expected["claims"]
    for kind in expected:  # kind by kind, record by record: a readable difference
        assert _by_id(clustered[kind]) == _by_id(expected[kind]), kind
    assert clustered == expected


def _by_id(records: list) -> dict:
    return {getattr(r, "id", str(r)): r for r in records}
