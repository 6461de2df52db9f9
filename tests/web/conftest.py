"""One store over the bundled sample corpus plus one hostile article, built once
for the web tests (ingest, claims and stories take about ten seconds)."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest

from crosscheck.web import create_app
from fastapi.testclient import TestClient

from crosscheck.pipeline import build_stories, extract, ingest
from crosscheck.store import open_store

# What a browser on this site sends with a post (the API refuses posts that show no origin).
SAME_ORIGIN = {"origin": "http://127.0.0.1"}

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample"

# The OWASP XSS filter-evasion cheat sheet, a selection, plus the plain cases.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click me</a>',
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
    '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    "<svg/onload=alert(1)>",
    '"><script>alert(document.cookie)</script>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
    '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
    "</textarea><script>alert(1)</script>",
    "{{7*7}} {% raw %}",
]
XSS_TITLE = "<script>alert(1)</script> Harbour ferries <img src=x onerror=alert(1)> idle"
XSS_PARAGRAPHS = [
    "At least 12 ferries <script>alert(1)</script> were idle on Monday, the port "
    "authority said.\n\n"
    "\"We will not sail <img src=x onerror=alert(1)> until this is settled,\" said "
    "union leader Mara Quill on Monday.",
    *(f"Witnesses quoted the slogan {p} on a banner at the quay." for p in XSS_PAYLOADS),
    # page furniture the clean stage removes, and the article page shows struck through
    "© <b>Harbour Post</b> <script>alert(2)</script> 2025"]
# An HTML page whose text (entity-escaped, as a real page carries it) is the payloads:
# after extraction the article's title and text hold them verbatim.
XSS_PAGE = ("<!doctype html><html><head><title>" + html.escape(XSS_TITLE) + "</title></head>"
            "<body><article><h1>" + html.escape(XSS_TITLE) + "</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in XSS_PARAGRAPHS)
            + "</article></body></html>")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """A built store: the sample corpus and one article full of XSS payloads."""
    root = tmp_path_factory.mktemp("web")
    hostile = root / "hostile"
    hostile.mkdir()
    (hostile / "ferries.html").write_text(XSS_PAGE, encoding="utf-8")
    path = root / "sample.db"
    store = open_store(path)
    try:
        ingest([SAMPLE, hostile], store)
        extract(store)
        build_stories(store)
    finally:
        store.close()
    return path


@pytest.fixture
def writable_db(sample_db, tmp_path) -> Path:
    """A copy of the built store, for tests that add articles."""
    copy = tmp_path / "copy.db"
    shutil.copy(sample_db, copy)
    return copy


@pytest.fixture(scope="session")
def xss_article_id(sample_db) -> str:
    with open_store(sample_db) as store:
        return next(a.id for a in store.articles() if "ferries" in (a.title or ""))


@pytest.fixture(scope="module")
def client(sample_db):
    return TestClient(create_app(sample_db), base_url="http://127.0.0.1",
                      headers=SAME_ORIGIN)


@pytest.fixture(scope="module")
def mine_story(client) -> dict:
    rows = client.get("/api/stories").json()
    return next(r for r in rows if "Brannock" in r["headline"] and r["conflicts"])
