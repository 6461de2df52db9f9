"""Renderings: the HTML report is one self-contained file in which article text
can never run; Markdown cannot be turned into HTML or links by article text."""

import json
import re
from html.parser import HTMLParser

from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.render import md_escape, to_html, to_markdown

PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
            '<a href="javascript:alert(1)">click</a>', '"><svg/onload=alert(1)>',
            "<IMG SRC=JaVaScRiPt:alert('XSS')>", '<iframe src="http://evil.example"></iframe>']


def _document():
    text = "Rescuers said on Tuesday that 12 miners remain trapped. " + " ".join(PAYLOADS)
    article = {"id": "a1", "origin": "evil.html", "title": PAYLOADS[0], "published": None,
               "published_inferred": None, "outlet": PAYLOADS[1], "agencies": [],
               "cited_media": [], "byline": PAYLOADS[2], "dateline": None, "text": text,
               "removed": [PAYLOADS[3]], "relations": []}
    claim = {"id": "c1", "article": "a1", "kind": "figure", "sentence": PAYLOADS[4],
             "span": [0, 10], "attribution": None,
             "figure": {"subject": "miners", "value": 12, "low": 12, "high": 12,
                        "qualifier": "exact", "unit": None}}
    finding = {"id": "f1", "kind": "figure", "topic": PAYLOADS[5], "status": "conflict",
               "claims": ["c1"], "articles": ["a1"], "note": PAYLOADS[0],
               "independent_sources": 1}
    story = {"id": "s1", "headline": PAYLOADS[0], "articles": [article], "claims": [claim],
             "findings": [finding], "brief": [{"text": PAYLOADS[1], "sources": ["a1"]}],
             "timeline": [{"date": "2025-03-11", "text": PAYLOADS[2], "sources": ["a1"]}],
             "first_date": None, "last_date": None, "sources": 1}
    return {"format": "crosscheck/brief/1", "stories": [story]}


class _Elements(HTMLParser):
    """Every element and attribute a browser would build from the page."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_html_report_escapes_every_article_value():
    html = to_html(_document())
    parser = _Elements()
    parser.feed(html)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "iframe", "svg"}
    for tag, attrs in parser.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not any((value or "").strip().lower().startswith("javascript:")
                       for value in attrs.values()), (tag, attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_html_report_is_self_contained_and_scriptless():
    html = to_html(_document())
    assert "<script" not in html.lower()
    assert not re.search(r"<(?:link|img|script|iframe)[^>]+(?:src|href)=\"(?:https?:)?//", html)
    assert "default-src 'none'" in html


def test_markdown_cannot_inject_html_or_links():
    md = to_markdown(_document())
    assert "<script>" not in md and "<img" not in md
    assert md_escape("[click](javascript:alert(1))") == "\\[click\\](javascript:alert(1))"
    assert md_escape("# not a heading") == "\\# not a heading"


def test_brief_command_prints_one_story(sample_dir, tmp_path):
    runner = CliRunner()
    db = tmp_path / "c.db"
    assert runner.invoke(app, ["ingest", str(sample_dir), "--db", str(db), "--quiet"]).exit_code == 0
    ids = [line.split()[0] for line in runner.invoke(app, ["stories", "--db", str(db)]).stdout
           .splitlines()]
    md = runner.invoke(app, ["brief", ids[0], "--db", str(db)]).stdout
    assert md.startswith("# ") and "## Discrepancy report" in md and "## Sources" in md
    doc = json.loads(runner.invoke(app, ["brief", ids[0], "--db", str(db), "--format", "json"])
                     .stdout)
    assert [s["id"] for s in doc["stories"]] == [ids[0]]
    html = runner.invoke(app, ["brief", ids[0], "--db", str(db), "--format", "html"]).stdout
    assert html.startswith("<!doctype html>")


def _finding(i, status, note):
    return {"id": f"f{i}", "kind": "figure", "topic": "miners", "status": status,
            "claims": [], "articles": ["a1"], "note": note, "independent_sources": 1}


def test_a_small_story_shows_no_empty_single_source_heading():
    document = _document()
    story = document["stories"][0]
    story["findings"] = [_finding(1, "single-source", ""), _finding(2, "single-source", " ")]
    assert "Single-source" not in to_markdown(document)
    assert "single-source findings" not in to_html(document)
    story["findings"].append(_finding(3, "single-source", "Courier says 12 (miners)."))
    markdown = to_markdown(document)
    assert "## Single-source (1)" in markdown and "Courier says 12 (miners)." in markdown


def test_the_html_report_opens_on_the_largest_story_after_a_list_of_them():
    small = _document()["stories"][0]
    big = json.loads(json.dumps(small))
    big["id"], big["headline"] = "s2", "The big story"
    big["articles"] = [dict(small["articles"][0], id=f"a{i}") for i in range(1, 4)]
    page = to_html({"format": "crosscheck/brief/1", "stories": [small, big]})
    sections = re.findall(r'<section class="story" id="([^"]+)"', page)
    assert sections == ["s2", "s1"]
    contents = page.split("<nav>")[1].split("</nav>")[0]
    assert contents.index("#s2") < contents.index("#s1")
    single = to_html(_document())
    assert "<nav>" not in single  # one story: no list


def _two_related(kind, first_date, second_date, agency=None):
    document = _document()
    story = document["stories"][0]
    one = dict(story["articles"][0], id="a1", published=first_date, outlet="Ledger",
               agencies=["Reuters"] if agency else [],
               relations=[{"article": "a2", "kind": kind, "score": 0.9, "agency": agency}])
    two = dict(story["articles"][0], id="a2", published=second_date, outlet="Courier",
               agencies=[], relations=[{"article": "a1", "kind": kind, "score": 0.9, "agency": agency}])
    story["articles"] = [one, two]
    return document


def test_a_rewrite_is_the_later_article_and_not_both():
    # Relations are stored on both articles alike; "rewrite of" on both made
    # each the other's rewrite.
    markdown = to_markdown(_two_related("rewrite", "2025-03-11", "2025-03-12"))
    assert "rewritten in [2]" in markdown and "rewrite of [1]" in markdown
    assert "rewrite of [2]" not in markdown
    page = to_html(_two_related("rewrite", "2025-03-11", "2025-03-12"))
    assert "rewritten in [2]" in page and "rewrite of [1]" in page and "rewrite of [2]" not in page
    # of one day, neither is said to come first
    same_day = to_markdown(_two_related("rewrite", "2025-03-11", "2025-03-11"))
    assert "rewrite of" not in same_day and same_day.count("rewrite pair with") == 2


def test_an_article_is_dated_by_its_published_day_else_the_inferred_one():
    from crosscheck.models import Article
    from crosscheck.render import article_date

    stored = Article(id="a1", origin="x.html", title=None, published=None, text="",
                     published_inferred="2025-03-13")
    assert article_date(stored) == "2025-03-13"
    assert article_date({"published": None, "published_inferred": "2025-03-13"}) == "2025-03-13"
    # must not: an inferred day over the day the article gives
    given = Article(id="a2", origin="x.html", title=None, published="2025-03-11", text="",
                    published_inferred="2025-03-13")
    assert article_date(given) == "2025-03-11"
    assert article_date({"published": "2025-03-11", "published_inferred": "2025-03-13"}) == \
        "2025-03-11"
    # the reports compare inferred days as they compare published ones
    document = _two_related("rewrite", None, None)
    one, two = document["stories"][0]["articles"]
    one["published_inferred"], two["published_inferred"] = "2025-03-13", "2025-03-12"
    markdown, page = to_markdown(document), to_html(document)
    assert "rewrite of [2]" in markdown and "rewritten in [1]" in markdown
    assert "rewrite of [2]" in page and "rewritten in [1]" in page


def test_shared_material_is_said_alike_of_both_with_the_agency_as_credited():
    markdown = to_markdown(_two_related("same-wire", "2025-03-11", "2025-03-12", agency="reuters"))
    assert "same Reuters wire material as [2]" in markdown
    assert "same Reuters wire material as [1]" in markdown
    assert "same syndicated text as [1]" in to_markdown(_two_related("syndicated", None, None))


def test_an_article_backing_only_part_of_a_brief_sentence_is_cited_apart():
    document = _document()
    story = document["stories"][0]
    second = {**story["articles"][0], "id": "a2", "outlet": "Courier"}
    story["articles"].append(second)
    story["brief"] = [{"text": "Gov. Roe urged voters on Sunday to reject the recall.",
                       "sources": ["a1"], "in_part": ["a2"]},
                      {"text": "The vote is on Tuesday.", "sources": ["a1", "a2"]}]
    markdown = to_markdown(document)
    assert "reject the recall. [1] (in part: [2])" in markdown
    assert "on Tuesday. [1][2]\n" in markdown  # nothing "in part" where every source is whole
    html = to_html(document)
    assert "(in part:" in html and html.count("(in part:") == 1


def test_markdown_keeps_a_bare_ampersand_and_escapes_an_entity():
    assert md_escape("AP Politics & Fact Check") == "AP Politics & Fact Check"
    assert md_escape("Q&A: 3 & 4") == "Q&A: 3 & 4"
    # Article text spelling an entity must not become the character it names.
    assert md_escape("&lt;script&gt; and &#60;b&#62;") == "&amp;lt;script&amp;gt; and &amp;#60;b&amp;#62;"
