"""The HTTP API, in process: the brief/1 document, search, errors, ingest, limits."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from crosscheck.contract import schema
from crosscheck.web import create_app

# What a browser on this site sends with a post (the API refuses posts that show no origin).
SAME_ORIGIN = {"origin": "http://127.0.0.1"}

ERROR_SHAPE = {"error"}


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == ERROR_SHAPE and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]
    assert "Traceback" not in response.text


def test_story_list_has_ids_headlines_and_counts(client):
    rows = client.get("/api/stories").json()
    assert len(rows) >= 2
    for row in rows:
        assert set(row) == {"id", "headline", "first_date", "last_date", "articles", "sources",
                            "conflicts"}
        assert row["articles"] >= 1 and row["sources"] >= 1
    dated = [r["last_date"] for r in rows if r["last_date"]]
    assert dated == sorted(dated, reverse=True), "newest first"


def test_story_is_exactly_one_brief_document(client, mine_story):
    response = client.get(f"/api/stories/{mine_story['id']}")
    assert response.status_code == 200
    doc = response.json()
    assert doc["format"] == "crosscheck/brief/1"
    assert [s["id"] for s in doc["stories"]] == [mine_story["id"]]
    story = doc["stories"][0]
    assert len(story["articles"]) == mine_story["articles"]
    assert any(f["status"] == "conflict" for f in story["findings"])
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(doc, schema())  # the copy shipped in the package


def test_search_finds_the_story_by_words_and_nothing_for_nonsense(client, mine_story):
    found = client.get("/api/stories", params={"q": "refuge chamber"}).json()
    assert mine_story["id"] in [r["id"] for r in found]
    assert client.get("/api/stories", params={"q": "zzyzx qwertyuiop"}).json() == []
    # FTS syntax in the words is taken literally, not as a query
    assert client.get("/api/stories", params={"q": 'NEAR( "* OR'}).status_code == 200


def test_filters_by_outlet_and_dates(client, mine_story):
    by_outlet = client.get("/api/stories", params={"outlet": "Lowveld Mirror"}).json()
    assert [r["id"] for r in by_outlet] == [mine_story["id"]]
    later = client.get("/api/stories", params={"from": "2030-01-01"}).json()
    assert later == []
    assert_error(client.get("/api/stories", params={"from": "yesterday"}), 422,
                 "invalid-input")


def test_article_has_text_metadata_and_claims(client, mine_story):
    doc = client.get(f"/api/stories/{mine_story['id']}").json()["stories"][0]
    article_id = doc["articles"][0]["id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["id"] == article_id and article["text"]
    assert all(c["article"] == article_id for c in article["claims"])


@pytest.mark.parametrize("url", ["/api/stories/s0000000000000000", "/api/articles/nope",
                                 "/api/nothing-here", "/api/articles/..%2F..%2Fetc%2Fpasswd"])
def test_unknown_ids_and_routes_are_404_in_the_error_shape(client, url):
    assert_error(client.get(url), 404, "not-found")


def test_wrong_method_is_an_error_in_the_same_shape(client):
    assert_error(client.delete("/api/stories"), 405, "method-not-allowed")


@pytest.mark.parametrize("body, content_type", [
    (b"{not json", "application/json"),
    (json.dumps({"title": "no text"}).encode(), "application/json"),
    (json.dumps({"text": ""}).encode(), "application/json"),
    (json.dumps({"text": 12}).encode(), "application/json"),
    (json.dumps({"text": "x", "evil": 1}).encode(), "application/json"),
    (json.dumps(["text"]).encode(), "application/json"),
])
def test_invalid_articles_are_422(client, body, content_type):
    response = client.post("/api/articles", content=body,
                           headers={"content-type": content_type})
    assert_error(response, 422, "invalid-input")


@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize("opener, closer", [(b"[", b"]"), (b'{"a":', b"}")])
def test_json_nested_too_deeply_is_422_not_500(client, depth, opener, closer):
    body = b'{"text": ' + opener * depth + b"1" + closer * depth + b"}"
    response = client.post("/api/articles", content=body,
                           headers={"content-type": "application/json"})
    assert_error(response, 422, "invalid-input")
    assert "nested too deeply" in response.json()["error"]["message"]


def test_other_content_types_are_refused(client):
    response = client.post("/api/articles", content=b"text=hello",
                           headers={"content-type": "text/plain"})
    assert_error(response, 415, "unsupported-media-type")


def test_posting_an_article_ingests_it_and_reports(writable_db):
    client = TestClient(create_app(writable_db), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)
    article = {"text": "Port workers at Kessel Bay stopped work on Tuesday, the union said. "
                       "At least 300 dockers joined the strike, union leader Ana Brill said.",
               "title": "Kessel Bay dockers strike", "outlet": "Bay Times",
               "published": "2025-05-06", "url": "https://example.org/strike"}
    report = client.post("/api/articles", json=article).json()
    assert report["new"] == 1 and report["refused"] == []
    [article_id] = report["articles"]
    assert report["stories"] and report["stories"][0]["id"]
    stored = client.get(f"/api/articles/{article_id}").json()
    assert stored["title"] == "Kessel Bay dockers strike" and stored["outlet"] == "Bay Times"
    again = client.post("/api/articles", json=article).json()
    assert again["new"] == 0 and again["known"] == 1, "ingesting twice adds nothing"


def test_uploaded_files_are_ingested_with_refusals_and_reasons(writable_db):
    client = TestClient(create_app(writable_db), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)
    files = [("file", ("../../etc/passwd.txt", b"Harbour fire\n\nA fire broke out at the "
                       b"harbour on Friday, officials said. Two boats burned.\n", "text/plain")),
             ("file", ("blob.bin", bytes(range(256)) * 8, "application/octet-stream"))]
    report = client.post("/api/articles", files=files).json()
    assert report["new"] == 1 and report["files"] == 2
    [refused] = report["refused"]
    assert refused["origin"] == "upload/blob.bin" and refused["reason"]
    article = client.get(f"/api/articles/{report['articles'][0]}").json()
    assert article["origin"] == "upload/passwd.txt", "the client's path is a name, never a path"


def test_upload_limit_answers_413(writable_db):
    client = TestClient(create_app(writable_db, max_upload=2000), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)
    response = client.post("/api/articles", json={"text": "word " * 20_000})
    assert_error(response, 413, "too-large")
    big = [("file", ("big.txt", b"x" * 100_000, "text/plain"))]
    assert_error(client.post("/api/articles", files=big), 413, "too-large")


def test_upload_limit_holds_without_content_length(writable_db):
    client = TestClient(create_app(writable_db, max_upload=2000), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)

    def chunks():
        for _ in range(100):
            yield b'{"text": "' + b"x" * 1000

    response = client.post("/api/articles", content=chunks(),
                           headers={"content-type": "application/json"})
    assert_error(response, 413, "too-large")


@pytest.mark.parametrize("headers", [{"origin": "https://evil.example"},
                                     {"origin": "http://127.0.0.1:9999"},
                                     {"origin": "null", "sec-fetch-site": "cross-site"},
                                     {"sec-fetch-site": "same-site"}])
def test_cross_site_posts_are_refused(client, headers):
    response = client.post("/api/articles", json={"text": "hello"}, headers=headers)
    assert_error(response, 403, "forbidden")


@pytest.mark.parametrize("headers", [{}, {"origin": "null"}], ids=["no-origin", "origin-null"])
def test_posts_that_show_no_origin_are_refused(sample_db, headers):
    # An older browser, or any from a sandboxed iframe, sends Origin: null and no
    # Sec-Fetch-Site: such a post could come from any site.
    client = TestClient(create_app(sample_db), base_url="http://127.0.0.1")
    response = client.post("/api/articles", headers=headers,
                           json={"text": "Planted by a page on another site. " * 3})
    assert_error(response, 403, "forbidden")
    assert "'Origin: http://127.0.0.1'" in response.json()["error"]["message"]
    assert "--api-key" in response.json()["error"]["message"]


def test_with_an_api_key_the_api_takes_posts_that_carry_it_and_only_those(writable_db):
    client = TestClient(create_app(writable_db, api_key="s3cret-key"),
                        base_url="http://127.0.0.1")
    article = {"text": "Port workers at Kessel Bay stopped work on Tuesday, the union "
                       "said, and 300 dockers joined them."}
    for headers in ({}, {"origin": "null"}, {"authorization": "Bearer wrong"},
                    {"authorization": "s3cret-key"}, {"origin": "http://127.0.0.1"}):
        response = client.post("/api/articles", json=article, headers=headers)
        assert_error(response, 401, "unauthorized")
        assert response.headers["www-authenticate"] == "Bearer"
        assert "Authorization: Bearer API_KEY" in response.json()["error"]["message"]
    response = client.post("/api/articles", json=article,
                           headers={"authorization": "Bearer s3cret-key"})
    assert response.status_code == 200, response.text
    assert response.json()["new"] == 1
    assert client.get("/api/stories").status_code == 200  # reading needs no key


def test_the_add_form_without_any_origin_is_judged_by_its_token(writable_db):
    client = TestClient(create_app(writable_db), base_url="http://127.0.0.1")
    response = client.post("/add", data={"text": "Planted. " * 10})
    assert response.status_code == 403
    assert "did not come from this page" in response.text


def test_own_origin_posts_pass_the_origin_check(client):
    # A browser sends Origin: null for our own forms under Referrer-Policy: no-referrer.
    for headers in ({"origin": "null", "sec-fetch-site": "same-origin"},
                    {"origin": "http://127.0.0.1"}):
        response = client.post("/api/articles", json={"text": ""}, headers=headers)
        assert_error(response, 422, "invalid-input")


def test_foreign_host_names_are_refused_against_dns_rebinding(sample_db):
    client = TestClient(create_app(sample_db), base_url="http://evil.example")
    assert client.get("/api/stories").status_code == 400


def test_security_headers_on_api_and_errors(client):
    for response in (client.get("/api/stories"), client.get("/api/stories/nope"),
                     client.get("/openapi.json")):
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_server_errors_show_no_trace(sample_db, monkeypatch):
    import crosscheck.web.api as api

    def explode(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(api, "find_stories", explode)
    client = TestClient(create_app(sample_db), base_url="http://127.0.0.1",
                        raise_server_exceptions=False)
    response = client.get("/api/stories")
    assert_error(response, 500, "internal-error")
    assert "secret internals" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_openapi_lists_the_stable_routes(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}",
            "/api/articles"} <= set(spec["paths"])
    assert "post" in spec["paths"]["/api/articles"]


@pytest.mark.parametrize("article, field, words", [
    ({"text": "short"}, "text", ["too few for an article", "8 words or more"]),
    ({"text": "Port workers at Kessel Bay stopped work on Tuesday, the union said.",
      "published": "soon"}, "published", ["'soon' is not a date", "YYYY-MM-DD"]),
])
def test_posted_articles_too_short_or_with_an_unreadable_date_are_refused(
        writable_db, article, field, words):
    client = TestClient(create_app(writable_db), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)
    before = client.get("/api/stories").json()
    response = client.post("/api/articles", json=article)
    assert_error(response, 422, "invalid-input")
    message = response.json()["error"]["message"]
    assert f"{field}:" in message
    for word in words:
        assert word in message
    assert client.get("/api/stories").json() == before  # nothing was stored


def test_the_report_of_one_posted_article_says_one_article(writable_db):
    client = TestClient(create_app(writable_db), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)
    report = client.post("/api/articles", json={
        "text": "Port workers at Kessel Bay stopped work on Tuesday, the union said.",
        "published": "May 6, 2025"}).json()
    assert report["summary"].startswith("1 article: 1 document read, 1 new")


def test_a_refusal_names_the_server_s_option_not_the_library_s(writable_db):
    """A file that inflates past the upload limit is refused with the option a
    server operator has (``--max-upload``), not the library's ``max_bytes``."""
    import gzip

    client = TestClient(create_app(writable_db, max_upload=5000), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)
    packed = gzip.compress(b"Rescuers reached the miners. " * 2000)
    assert len(packed) < 5000
    report = client.post("/api/articles", files=[("file", ("big.txt.gz", packed, "application/gzip"))]).json()
    [refused] = report["refused"]
    assert "max_bytes" not in refused["reason"]
    assert "--max-upload" in refused["reason"], refused["reason"]


def test_the_web_words_only_the_remedies_an_upload_can_meet():
    """The web maps a refusal's remedy to the operator's setting; a remedy it has
    no setting for (a URL's private address: uploads fetch nothing) keeps the
    library's words rather than borrowing the command line's."""
    from crosscheck.errors import Remedy
    from crosscheck.ingest import IngestOptions, read_bytes
    from crosscheck.ingest.url import fetch_url
    from crosscheck.web import SETTING_OF_REMEDY, _for_the_operator

    [too_big] = read_bytes("big.txt", b"word " * 500, IngestOptions(max_bytes=1000))
    assert _for_the_operator(too_big.reason).endswith(
        f"({SETTING_OF_REMEDY[Remedy.RAISE_MAX_BYTES]} to read it)")
    [private] = fetch_url("http://127.0.0.1:9/", timeout=5)  # refused before connecting
    assert _for_the_operator(private.reason) == private.reason
    assert "--allow-private" not in _for_the_operator(private.reason)
