"""crosscheck watch: folders and feeds polled in rounds, new articles folded into
the stored stories. Feeds are served by a local server on 127.0.0.1 (opted in
with allow_private=True), so no test touches the network."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import threading
import time
from collections import Counter
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from crosscheck.cli import reading as cli_reading
from crosscheck import watch as watch_module
from crosscheck.cli import app
from crosscheck.errors import InputError
from crosscheck.pipeline import ingest
from crosscheck.watch import MIN_EVERY, parse_every, watch

runner = CliRunner()
# A main-story article (Brannock Deep, 11 March). Not kestrel_herald_warnings.html: held
# back, it would not join the main story, because without it the inquiry article starts a
# story of its own and the two stay apart (clustering depends on arrival order).
HELD_BACK = "valley_courier_vigil.txt"


def _settled(path):
    """Date a file a minute back, so that the watch does not wait for it to settle."""
    old = time.time() - 60
    os.utime(path, (old, old))


# -- durations -----------------------------------------------------------------

@pytest.mark.parametrize("text, seconds", [
    ("30s", 30), ("5m", 300), ("1h", 3600), ("90", 90), (" 2M ", 120), ("1.5m", 90),
])
def test_durations_accepted(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "5 minutes", "1h30m", "5d", "-5m", "5m!", "fast"])
def test_durations_refused(text):
    with pytest.raises(InputError, match="not a duration") as refused:
        parse_every(text)
    assert "--" not in str(refused.value)  # the command names its option (--every) itself


@pytest.mark.parametrize("text", ["0", "10s", "29"])
def test_durations_below_the_minimum_are_refused(text):
    with pytest.raises(InputError, match=f"{MIN_EVERY:.0f}s or more"):
        parse_every(text)


def test_a_missing_path_is_refused_before_the_first_round(store, tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        watch([tmp_path / "nope"], store, every=0, rounds=1)


# -- folders -------------------------------------------------------------------

def test_a_new_file_joins_its_story_and_nothing_else_is_read(sample_dir, tmp_path, store,
                                                             monkeypatch):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for path in sample_dir.iterdir():
        if path.name != HELD_BACK:
            shutil.copy(path, folder / path.name)
            _settled(folder / path.name)
    read = []
    real_read_path = watch_module.read_path

    def counted_read_path(path, options):
        read.append(path.name)
        return real_read_path(path, options)

    monkeypatch.setattr(watch_module, "read_path", counted_read_path)
    reports, after_round_one = [], {}

    def between_rounds(report):
        reports.append(report)
        if report.number == 1:
            after_round_one.update({s.id: s.articles for s in store.stories()})
            after_round_one["articles"] = {a.id for a in store.articles()}
            read.clear()
            shutil.copy(sample_dir / HELD_BACK, folder / HELD_BACK)
            _settled(folder / HELD_BACK)

    summary = watch([folder], store, every=0, rounds=2, on_round=between_rounds)

    first, second = reports
    assert first.new == 12 and first.stories_new and not first.failed
    assert read == [HELD_BACK]  # round 2 read the new file only
    assert (second.new, second.known, second.refused, second.failed) == (1, 0, [], [])
    [added] = {a.id for a in store.articles()} - after_round_one.pop("articles")
    stories = {s.id: s.articles for s in store.stories()}
    assert set(after_round_one) <= set(stories)  # every story kept its id
    main = max(after_round_one, key=lambda i: len(after_round_one[i]))
    assert "Brannock" in store.get_story(main).headline
    assert added in stories[main]
    assert set(stories[main]) == set(after_round_one[main]) | {added}
    assert (second.stories_new, second.stories_changed, second.stories_merged) == ([], [main], [])
    assert {i: a for i, a in stories.items() if i != main} == \
        {i: a for i, a in after_round_one.items() if i != main}
    assert summary.rounds == 2 and summary.new == 13


def test_a_file_still_being_written_waits_for_the_next_round(sample_dir, tmp_path, store):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(sample_dir / "valley_courier_vigil.txt", folder / "fresh.txt")  # mtime: now
    reports = []

    def settle(report):
        reports.append(report)
        _settled(folder / "fresh.txt")

    watch([folder], store, every=0, rounds=2, on_round=settle)
    assert [r.new for r in reports] == [0, 1]


def test_stop_ends_the_watch_after_the_current_round(tmp_path, store):
    (tmp_path / "empty").mkdir()
    stop = threading.Event()
    started = time.monotonic()
    summary = watch([tmp_path / "empty"], store, every=3600, on_round=lambda _r: stop.set(),
                    stop=stop)
    assert summary.rounds == 1 and time.monotonic() - started < 30


def test_the_first_round_catches_up_with_the_store(sample_dir, tmp_path, store):
    ingest([sample_dir / "valley_courier_vigil.txt"], store)  # stored, but no claims or story
    (tmp_path / "empty").mkdir()
    reports = []
    watch([tmp_path / "empty"], store, every=0, rounds=2, on_round=reports.append)
    assert reports[0].new == 0 and len(reports[0].stories_new) == 1
    assert [s.articles for s in store.stories()] == [tuple(a.id for a in store.articles())]
    assert reports[1].stories_new == reports[1].stories_changed == []


# -- feeds ---------------------------------------------------------------------

class _Site(BaseHTTPRequestHandler):
    """A feed and the pages its entries link to; counts every request by path.
    With ``validators`` ("etag", "last-modified") the feed is served as a
    server that knows its versions serves it: it answers a conditional request
    for an unchanged feed with 304 and no body. ``answers`` records each feed
    request's conditional headers and status."""

    requests: Counter = Counter()
    pages: dict[str, tuple[str, bytes]] = {}
    feed: str = ""
    validators: str = ""
    answers: list = []
    feeds: dict[str, int] = {}  # each version of the feed served, numbered

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self.requests[self.path] += 1
        if self.path == "/feed.xml":
            self._send_feed()
        elif self.path in self.pages:
            self._send(200, *self.pages[self.path])
        elif self.path == "/down.xml":
            self._send(503, "text/plain", b"maintenance")
        else:
            self._send(404, "text/html", b"not here")

    def _send_feed(self):
        body = self.feed.encode()
        version = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
        # A feed's time: the number of versions served so far, as a date.
        stamp = formatdate(1_700_000_000 + 3600 * self.feeds.setdefault(version, len(self.feeds)),
                           usegmt=True)
        asked = {k: self.headers[k] for k in ("If-None-Match", "If-Modified-Since")
                 if self.headers[k]}
        headers = {"etag": {"ETag": version}, "last-modified": {"Last-Modified": stamp},
                   "": {}}[self.validators]
        unchanged = (asked.get("If-None-Match") == version if self.validators == "etag"
                     else asked.get("If-Modified-Since") == stamp)
        status = 304 if self.validators and unchanged else 200
        self.answers.append((asked, status))
        self._send(status, "application/rss+xml", b"" if status == 304 else body, headers)

    def _send(self, status, ctype, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site():
    _Site.requests, _Site.validators, _Site.answers, _Site.feeds = Counter(), "", [], {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _rss(base, entries, guids=()):
    """An RSS feed of ``entries`` (path, title, date, text), the first ones
    carrying the ``guids`` given."""
    guid = [f'<guid isPermaLink="false">{g}</guid>' for g in guids]
    guid += [""] * (len(entries) - len(guid))
    items = "".join(
        f"<item><title>{escape(title)}</title><link>{base}{path}</link>{entry_id}"
        f"<pubDate>{date}</pubDate><description>{escape(text)}</description></item>"
        for (path, title, date, text), entry_id in zip(entries, guid))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>'
            f"{items}</channel></rss>")


HARROWGATE = ("Four coal miners were killed and nine others injured on Tuesday afternoon when "
              "methane exploded at the Harrowgate Colliery in the Tarrin Valley, the mine's "
              "owner, Northmoor Coal, said. The Coalfield Workers' Union called for an "
              "independent investigation.")  # examples/sample/feed.xml, item 2, abridged


def test_a_feed_fetches_each_new_entry_once(sample_dir, site, store):
    _Site.pages = {
        "/pages/vigil": ("text/plain; charset=utf-8",
                         (sample_dir / "valley_courier_vigil.txt").read_bytes()),
        "/pages/herald": ("text/html; charset=utf-8",
                          (sample_dir / "kestrel_herald_warnings.html").read_bytes()),
        "/pages/rescue": ("text/plain; charset=utf-8",
                          (sample_dir / "meridian_post_rescue.md").read_bytes()),
    }
    entries = [
        ("/pages/vigil", "Families keep vigil at Brannock Deep", "Tue, 11 Mar 2025 09:00:00 GMT",
         "Families keep vigil."),
        ("/pages/herald", "Union says warnings were ignored", "Wed, 12 Mar 2025 08:10:00 GMT",
         "Warnings were ignored, the union says."),
        ("/pages/gone", "Four miners killed in methane blast at Harrowgate Colliery",
         "Tue, 11 Mar 2025 16:50:00 GMT", HARROWGATE),
    ]
    _Site.feed = _rss(site, entries)
    reports, pages_requested = [], []

    def between_rounds(report):
        reports.append(report)
        pages_requested.append(sum(n for p, n in _Site.requests.items() if p.startswith("/pages")))
        if report.number == 2:  # the feed gains one entry
            _Site.feed = _rss(site, entries + [(
                "/pages/rescue", "Five miners pulled alive from Brannock Deep",
                "Tue, 11 Mar 2025 12:00:00 GMT", "Five miners were pulled alive.")])

    watch([f"{site}/feed.xml", f"{site}/down.xml"], store, every=0, rounds=3,
          allow_private=True, on_round=between_rounds)

    first, second, third = reports
    assert pages_requested == [3, 3, 4]  # each page once; nothing when the feed is unchanged
    assert _Site.requests["/feed.xml"] == 3
    assert all(n == 1 for p, n in _Site.requests.items() if p.startswith("/pages"))
    assert (first.new, first.pages) == (3, 3)
    [refusal] = first.refused
    assert refusal.origin == f"{site}/pages/gone" and "\n" not in refusal.reason
    assert "404" in refusal.reason and "own text was stored instead" in refusal.reason
    assert (second.new, second.pages, second.refused, second.stories_changed) == (0, 0, [], [])
    assert (third.new, third.pages, third.refused) == (1, 1, [])
    for report in reports:  # the broken source fails each round, in one line; the feed goes on
        [failed] = report.failed
        assert failed.origin == f"{site}/down.xml" and "503" in failed.reason
        assert "\n" not in failed.reason
    by_url = {a.url: a for a in store.articles()}
    assert set(by_url) == {f"{site}{p}" for p in
                           ("/pages/vigil", "/pages/herald", "/pages/gone", "/pages/rescue")}
    assert "Harrowgate" in by_url[f"{site}/pages/gone"].text  # the entry's own text
    assert "Elsie Marran" in by_url[f"{site}/pages/vigil"].text  # the page, not the summary
    assert by_url[f"{site}/pages/vigil"].published == "2025-03-11"
    assert [r.origin for r in store.refusals()] == [f"{site}/pages/gone"]


def test_pages_beyond_the_bound_wait_for_the_next_round(site, store, monkeypatch):
    monkeypatch.setattr(watch_module, "MAX_PAGES_PER_FEED", 1)
    _Site.pages = {f"/pages/{n}": ("text/plain", text.encode()) for n, text in
                   enumerate([HARROWGATE, HARROWGATE.replace("Tuesday", "Wednesday")])}
    _Site.feed = _rss(site, [(f"/pages/{n}", f"Entry {n}", "Tue, 11 Mar 2025 16:50:00 GMT", "x")
                             for n in range(2)])
    reports = []
    watch([f"{site}/feed.xml"], store, every=0, rounds=3, allow_private=True,
          on_round=reports.append)
    assert [(r.pages, r.deferred, r.new) for r in reports] == [(1, 1, 1), (1, 0, 1), (0, 0, 0)]


@pytest.mark.parametrize("validators", ["etag", "last-modified"])
def test_a_quiet_feed_costs_one_request_answered_304(site, store, validators):
    """The feed's ETag or Last-Modified goes back with the next request; an
    unchanged feed is answered 304 with no body, and nothing else is asked.
    An entry is known by its guid, so a link that changes (a tracking
    parameter) does not fetch its page again."""
    _Site.validators = validators
    _Site.pages = {f"/pages/{n}": ("text/plain", text.encode()) for n, text in
                   enumerate([HARROWGATE, HARROWGATE.replace("Tuesday", "Wednesday"),
                              HARROWGATE.replace("Tuesday", "Thursday")])}
    entries = [(f"/pages/{n}", f"Entry {n}", "Tue, 11 Mar 2025 16:50:00 GMT", "x")
               for n in range(2)]
    _Site.feed = _rss(site, entries, guids=["g0", "g1"])
    reports, pages = [], []

    def between_rounds(report):
        reports.append(report)
        pages.append(sum(n for p, n in _Site.requests.items() if p.startswith("/pages")))
        if report.number == 2:  # a new entry; the first one's link gains a parameter
            relinked = [("/pages/0?utm_source=rss", *entries[0][1:]), entries[1],
                        ("/pages/2", "Entry 2", "Wed, 12 Mar 2025 08:00:00 GMT", "x")]
            _Site.feed = _rss(site, relinked, guids=["g0", "g1", "g2"])

    watch([f"{site}/feed.xml"], store, every=0, rounds=4, allow_private=True,
          on_round=between_rounds)

    assert [status for _, status in _Site.answers] == [200, 304, 200, 304]
    assert _Site.requests["/feed.xml"] == 4 and pages == [2, 2, 3, 3]
    header = {"etag": "If-None-Match", "last-modified": "If-Modified-Since"}[validators]
    first, second, third, fourth = (asked for asked, _ in _Site.answers)
    assert first == {} and list(second) == list(third) == list(fourth) == [header]
    assert second[header] != fourth[header]  # the changed feed's own validator
    assert [(r.new, r.pages, r.failed, r.unchanged) for r in reports] == \
        [(2, 2, [], 0), (0, 0, [], 1), (1, 1, [], 0), (0, 0, [], 1)]
    assert reports[1].summary().endswith("; 1 feed unchanged")
    assert store.count_articles() == 3


def test_a_feed_with_entries_left_waiting_is_fetched_whole_again(site, store, monkeypatch):
    """A 304 would hide the entries left for the next round: while some wait,
    the feed is asked for without validators."""
    monkeypatch.setattr(watch_module, "MAX_PAGES_PER_FEED", 1)
    _Site.validators = "etag"
    _Site.pages = {f"/pages/{n}": ("text/plain", text.encode()) for n, text in
                   enumerate([HARROWGATE, HARROWGATE.replace("Tuesday", "Wednesday")])}
    _Site.feed = _rss(site, [(f"/pages/{n}", f"Entry {n}", "Tue, 11 Mar 2025 16:50:00 GMT", "x")
                             for n in range(2)])
    reports = []
    watch([f"{site}/feed.xml"], store, every=0, rounds=3, allow_private=True,
          on_round=reports.append)
    assert [(r.pages, r.deferred, r.new) for r in reports] == [(1, 1, 1), (1, 0, 1), (0, 0, 0)]
    assert [status for _, status in _Site.answers] == [200, 200, 304]


# -- the command ---------------------------------------------------------------

@pytest.fixture
def small_folder(sample_dir, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(sample_dir / "valley_courier_vigil.txt", folder)
    _settled(folder / "valley_courier_vigil.txt")
    return folder


def test_the_command_runs_rounds_and_reports_each(small_folder, tmp_path):
    db = tmp_path / "w.db"
    result = runner.invoke(app, ["watch", str(small_folder), "--rounds", "1", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "round 1: 1 new articles, 0 known, 0 refused, 0 sources failed; stories 1 new" \
        in result.stderr
    assert "watched 1 rounds" in result.stderr and result.stdout == ""
    listed = runner.invoke(app, ["stories", "--db", str(db)])
    assert "Brannock Deep" in listed.stdout


def test_the_command_refuses_a_bad_duration(small_folder, tmp_path):
    result = runner.invoke(app, ["watch", str(small_folder), "--every", "5s",
                                 "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 2 and "30s or more" in result.output
    assert "--every" in result.output


def test_ctrl_c_stops_after_the_round_with_a_summary(small_folder, tmp_path, monkeypatch):
    real_watch = cli_reading.watch

    def interrupted_after_round_one(*args, on_round, **kwargs):
        def then_ctrl_c(report):
            on_round(report)
            os.kill(os.getpid(), signal.SIGINT)
        return real_watch(*args, on_round=then_ctrl_c, **kwargs)

    monkeypatch.setattr(cli_reading, "watch", interrupted_after_round_one)
    # As from a terminal: a shell's background job starts with Ctrl-C ignored,
    # which watch keeps as it is (no Ctrl-C reaches it there).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    handler = signal.getsignal(signal.SIGINT)
    started = time.monotonic()
    # Without the stop, a second round would start 30 s later and fail the assertions.
    try:
        result = runner.invoke(app, ["watch", str(small_folder), "--every", "30s", "--rounds", "2",
                                     "--db", str(tmp_path / "w.db")])
        assert signal.getsignal(signal.SIGINT) is handler  # Ctrl-C works as before afterwards
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.exit_code == 0, result.output
    assert "stopping after this round" in result.stderr
    assert "watched 1 rounds" in result.stderr and "round 2" not in result.stderr
    assert time.monotonic() - started < 30


def test_a_second_ctrl_c_stops_in_the_round_and_says_what_is_stored(small_folder, tmp_path,
                                                                   monkeypatch):
    """Ctrl-C twice in the first round's claims step: the first asks to stop after
    the round, the second stops the command there as it stops ingest (before, Typer
    turned the KeyboardInterrupt into exit 130 with nothing said of the store)."""
    real_extract = watch_module.extract

    def extract_after_ctrl_c_twice(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGINT)
        return real_extract(*args, **kwargs)

    monkeypatch.setattr(watch_module, "extract", extract_after_ctrl_c_twice)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal
    try:
        result = runner.invoke(app, ["watch", str(small_folder), "--rounds", "2",
                                     "--db", str(tmp_path / "w.db")])
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # given back
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.exit_code == 130, result.output
    assert "stopping after this round" in result.stderr
    assert "interrupted: 1 article stored; run the same command again to finish" \
        in result.stderr
    assert "round 1" not in result.stderr and "watched" not in result.stderr
