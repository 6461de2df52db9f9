"""A real browser over `crosscheck serve`: click from the story list to a story
and an article, see the dispute, the matrix and the timeline, and check that
the hostile article runs nothing. Screenshots go to test-artifacts/; those of
the layout tests, at a phone's width (390 px) and a laptop's (1280 px), to
the pytest temporary folder (screenshots/ under ``--basetemp``).

Uses Debian's chromium (apt-get install chromium) driven by the playwright
package; no browser is downloaded. Skips, saying why, when either is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CROSSCHECK_CHROMIUM") or shutil.which("chromium") or \
    "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed "
                                  "(pip install playwright; no browser download needed)")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no chromium at {CHROMIUM} (apt-get install -y chromium)",
                allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(base: str, process: subprocess.Popen) -> None:
    """Until the server answers; fails if it exits or takes over 30 s."""
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(base + "/api/stories", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"crosscheck serve did not start (exit code {process.poll()})")
        time.sleep(0.2)


def _serve(db: Path):
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crosscheck.cli", "serve", "--db", str(db),
         "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base, process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def server(sample_db):
    yield from _serve(sample_db)


# 24 outlets carry one report of a warehouse fire: a claims x outlets matrix wider
# than any screen (on the single-source page: the copies are one source).
TOWNS = ["Tessaly", "Orrin", "Marrow", "Calder", "Wexley", "Dunmore"]
PAPERS = ["Courier", "Gazette", "Post", "Herald"]
FIRE = ("At least 40 firefighters fought a blaze at the Orrin Quay grain warehouse in "
        "Tessaly on Monday, the regional fire service told the {outlet}. The fire destroyed "
        "3,000 tonnes of wheat, said fire chief Hanne Vork, and 12 workers were evacuated.")


@pytest.fixture(scope="module")
def many_outlets_server(tmp_path_factory):
    import json

    from crosscheck.pipeline import build_stories, extract, ingest
    from crosscheck.store import open_store

    root = tmp_path_factory.mktemp("many-outlets")
    outlets = [f"{town} {paper}" for town in TOWNS for paper in PAPERS]
    (root / "fire.jsonl").write_text("\n".join(json.dumps({
        "title": "Fire destroys grain warehouse at Orrin Quay", "outlet": outlet,
        "published": "2025-04-07", "text": FIRE.format(outlet=outlet)}) for outlet in outlets))
    db = root / "fire.db"
    with open_store(db) as store:
        ingest([root / "fire.jsonl"], store)
        extract(store)
        build_stories(store)
    yield from _serve(db)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.dialogs = []  # every alert/confirm/prompt the page tries to open
    page.console_errors = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    yield page
    context.close()


def test_story_list_to_story_to_article(server, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/")
    row = page.locator("table.stories tr", has=page.locator(".badge.conflict")).first
    row.locator("a").click()
    page.wait_for_url("**/stories/*")
    assert page.locator("section.disputed").is_visible()
    assert re.search(r"miners (?:still )?trapped", page.locator("section.disputed").inner_text())
    matrix = page.locator("table.matrix").first
    assert matrix.is_visible()
    assert matrix.locator("tr.conflict").count() >= 1
    timeline = page.locator("svg.timeline").first  # one event a day; the full one is folded
    assert timeline.is_visible() and timeline.bounding_box()["height"] > 200
    assert timeline.locator("circle").count() >= 5
    assert page.locator("details.finding.conflict[open] .side").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)

    page.locator("#coverage-articles summary").click()  # folded behind its count
    page.locator("table.coverage a").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator(".body mark.claim").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert page.dialogs == [] and page.console_errors == []


def test_a_citation_opens_the_article_at_the_sentence(server, page):
    page.goto(server + "/")
    page.locator("table.stories a", has_text="Brannock").first.click()
    page.locator("a.cite[href*='hl=']").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("mark.cited").first.is_visible()


def test_the_dialog_watch_sees_a_script_that_runs(page):
    """The control for the test below: outside crosscheck's CSP, the payload does fire."""
    page.set_content("<img src=x onerror=alert(1)>")
    page.wait_for_timeout(300)
    assert page.dialogs == ["1"]


def test_the_hostile_article_runs_nothing(server, page, xss_article_id):
    ARTIFACTS.mkdir(exist_ok=True)
    for url in (f"/articles/{xss_article_id}", "/?q=ferries"):
        page.goto(server + url)
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)  # time for an onerror or onload to fire, were there one
        assert page.dialogs == [], f"a script ran on {url}"
        assert page.evaluate("document.scripts.length") == 0
        assert page.evaluate("document.querySelectorAll('img, iframe, svg[onload]').length") == 0
    page.goto(server + f"/articles/{xss_article_id}")
    body = page.locator(".body").inner_text()
    assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(1)>" in body
    page.screenshot(path=str(ARTIFACTS / "hostile-article.png"), full_page=True)
    story = page.locator(".in-story a").first
    story.click()
    page.wait_for_url("**/stories/*")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "hostile-story.png"), full_page=True)


def test_the_add_form_works_in_a_browser(sample_db, tmp_path, browser):
    """A real form post passes the CSRF and origin checks (browsers send Origin: null
    under Referrer-Policy: no-referrer) and shows the report with its refusals."""
    db = tmp_path / "add.db"
    shutil.copy(sample_db, db)
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "crosscheck.cli", "serve", "--db",
                                str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(base, process)
        page = browser.new_page()
        page.goto(base + "/add")
        page.fill("input[name=title]", "Dockers strike at Kessel Bay")
        page.fill("textarea[name=text]", "Port workers at Kessel Bay stopped work on "
                  "Tuesday, the union said. At least 300 dockers joined the strike.")
        page.set_input_files("input[name=files]", files=[{
            "name": "junk.bin", "mimeType": "application/octet-stream",
            "buffer": bytes(range(256)) * 4}])
        with page.expect_navigation():
            page.click("button[type=submit]")
        report = page.locator("section.report").inner_text()
        assert "1 new" in report and "upload/junk.bin" in report
        page.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


# -- the layout, at a phone's width and a laptop's ---------------------------------------------
WIDTHS = [390, 1280]


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots", numbered=False)


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def sized_page(browser, request):
    context = browser.new_context(viewport={"width": request.param, "height": 844})
    page = context.new_page()
    page.width = request.param
    yield page
    context.close()


def _page_scroll_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def test_the_story_list_fits_the_screen_with_its_counts(server, sized_page, screenshots):
    page = sized_page
    page.goto(server + "/")
    page.screenshot(path=str(screenshots / f"stories-{page.width}.png"), full_page=True)
    assert _page_scroll_width(page) <= page.width
    rows = page.locator("table.stories tbody tr")
    assert rows.count() >= 3
    for i in range(rows.count()):
        disputed = rows.nth(i).locator("td").last.bounding_box()
        assert disputed["x"] + disputed["width"] <= page.width, f"row {i}: counts off-screen"
    # the dates are shown once: in their column when it fits, under the headline when not
    first = rows.first
    shown = [c for c in (first.locator("td.dates"), first.locator(".when")) if c.is_visible()]
    assert len(shown) == 1 and shown[0].inner_text().startswith("2025-")


def test_the_filter_fields_stand_in_one_line(server, sized_page, screenshots):
    """The outlet dropdown is as tall as the other fields and starts where they
    start (it sat lower); fields that wrap onto another line align there too."""
    page = sized_page
    page.goto(server + "/")
    page.screenshot(path=str(screenshots / f"filters-{page.width}.png"),
                    clip={"x": 0, "y": 0, "width": page.width, "height": 420})
    boxes = [page.locator(f"form.search {s}").bounding_box()
             for s in ("input[name=q]", "input[name=from]", "input[name=to]",
                       "select[name=outlet]", "button")]
    assert max(b["height"] for b in boxes) - min(b["height"] for b in boxes) < 1
    lines: dict[int, list[float]] = {}
    for box in boxes:  # the fields of one line, grouped by where they end
        lines.setdefault(round((box["y"] + box["height"]) / 10), []).append(box["y"])
    for tops in lines.values():
        assert max(tops) - min(tops) < 1, tops
    if page.width >= 1280:
        assert len(lines) == 1, "all in one line on a laptop"


def test_the_matrix_scrolls_in_its_box_with_its_first_column_in_place(
        many_outlets_server, sized_page, screenshots):
    page = sized_page
    page.goto(many_outlets_server + "/")
    page.locator("table.stories a").first.click()
    # near-copies of one report: all it says is said by one source, on that page
    page.locator("p.more a").click()
    page.wait_for_url("**/single-source")
    box = page.locator("#matrix .scroll")
    assert page.locator("table.matrix thead th").count() >= 20, "one column per outlet"
    assert box.evaluate("b => b.scrollWidth > b.clientWidth"), "the matrix overflows its box"
    assert _page_scroll_width(page) <= page.width, "the page itself does not scroll sideways"
    first = page.locator("table.matrix tbody th").first
    cell = page.locator("table.matrix tbody td").first
    before = (first.bounding_box()["x"], cell.bounding_box()["x"])
    box.evaluate("b => { b.scrollLeft = 400; }")
    after = (first.bounding_box()["x"], cell.bounding_box()["x"])
    assert abs(after[0] - before[0]) < 1, "the first column stays (sticky)"
    assert after[1] < before[1] - 100, "the outlets' cells scroll"
    assert _page_scroll_width(page) <= page.width
    box.screenshot(path=str(screenshots / f"matrix-{page.width}.png"))


def test_the_story_page_shows_disputes_and_brief_first_and_folds_the_rest(
        server, sized_page, screenshots):
    page = sized_page
    page.goto(server + "/")
    page.locator("table.stories a", has_text="Brannock").first.click()
    page.wait_for_url("**/stories/*")
    assert _page_scroll_width(page) <= page.width
    disputed, brief = page.locator("section.disputed"), page.locator("#brief")
    assert disputed.is_visible() and brief.is_visible()
    assert disputed.bounding_box()["y"] < page.viewport_size["height"], "in the first screen"
    folds = page.locator("details.fold")
    summaries = [folds.nth(i).locator(":scope > summary").inner_text() for i in range(folds.count())]
    for wanted in (r"Agreed \(\d+\)", r"The full timeline \(\d+ events\)",
                   r"The articles \(10\)", r"Copies and rewrites \(\d+\)"):
        assert any(re.fullmatch(wanted, s) for s in summaries), (wanted, summaries)
    agreed = page.locator("details.fold details.finding.agree").first
    assert not agreed.is_visible()
    folded = page.evaluate("document.documentElement.scrollHeight")
    page.screenshot(path=str(screenshots / f"story-{page.width}.png"), full_page=True)
    for i in range(folds.count()):
        folds.nth(i).locator(":scope > summary").click()
    assert agreed.is_visible() and page.locator("table.coverage").is_visible()
    unfolded = page.evaluate("document.documentElement.scrollHeight")
    assert folded < 0.75 * unfolded, (folded, unfolded)  # a quarter of the page, or more
    assert _page_scroll_width(page) <= page.width
    page.screenshot(path=str(screenshots / f"story-unfolded-{page.width}.png"), full_page=True)
