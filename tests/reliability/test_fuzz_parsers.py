"""Property tests (hypothesis) of the parsers that read text: dates, clean,
credits, the JSON readers and the number reader.

Deterministic (``derandomize=True``) and sized to run in well under a minute
together. Inputs found to break a property are kept as ``@example`` regressions.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crosscheck.clean import clean
from crosscheck.clean.adverts import advert_flags, is_advert
from crosscheck.clean.credits import agencies_in, cited_media_in, split_dateline
from crosscheck.clean.dates import date_at_start, to_iso
from crosscheck.claims.numbers import parse_numeral, parse_words, roundness
from crosscheck.ingest import read_bytes
from crosscheck.models import RawDoc, Refusal

FUZZ = settings(derandomize=True, deadline=2000, max_examples=500, database=None,
                suppress_health_check=[HealthCheck.too_slow])
SLOW_FUZZ = settings(FUZZ, max_examples=150, deadline=5000)

# Text that looks like news furniture: dates, wire credits, capitals, punctuation.
NEWSY = st.lists(st.sampled_from(
    list("aeiouAEIOU rstnlRSTNL0123456789.,:;-–—|()\"'’\n\t·•©#*[]") +
    ["March ", "2025", "Mar", "(Reuters)", "AP", "AFP", " - ", "By ", "Updated ", "according to ",
     "the BBC", "reported", "said", "NAIROBI, ", "\u202e", "\u200b", "\x00", "Share", "Times"]),
    max_size=120).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), NEWSY)
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _valid_iso(value: str) -> bool:
    if not ISO.fullmatch(value):
        return False
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        date(*parts)  # raises if not a real day
    return 1900 <= parts[0] <= 2100 and (len(parts) < 2 or 1 <= parts[1] <= 12)


@FUZZ
@given(ANY_TEXT)
@example("0000")
@example("2025-02-30")
@example("9999-99")
@example("March 2025 " * 50)
@example("1 Jan 1900")
def test_to_iso_gives_none_or_a_valid_iso_date(text):
    started = time.monotonic()
    value = to_iso(text)
    assert time.monotonic() - started < 2
    assert value is None or _valid_iso(value), value


@FUZZ
@given(ANY_TEXT)
@example("March 3, 2025" + "x" * 10_000)
@example("12/13/2025 rest")
def test_date_at_start_gives_a_date_and_the_rest_of_the_line(line):
    found = date_at_start(line)
    if found is not None:
        iso, rest = found
        assert _valid_iso(iso)
        assert line.endswith(rest)


@FUZZ
@given(ANY_TEXT)
@example("NAIROBI, March 3 (Reuters) - " * 200)
@example("(" * 5000)
def test_credits_readers_return_well_formed_results(text):
    for agency in agencies_in(text):
        assert isinstance(agency, str) and agency
    media = cited_media_in(text)
    assert all(isinstance(m, str) for m in media) and len(media) == len(set(media))
    parts = split_dateline(text)
    if parts is not None:
        place, when, agency, rest = parts
        assert place and text.endswith(rest)


@SLOW_FUZZ
@given(NEWSY)
@example("Title\n\n" + "Word " * 5_000)
@example("\u202e\u200b\x00\n\n\n")
@example("Leave a comment\n" * 50)
def test_clean_accounts_for_every_line(text):
    """Every non-blank line of the input ends in the text or among the removed
    fragments (or is the title), after invisible characters are dropped."""
    raw = RawDoc.make("fuzz.txt", "text", text)
    started = time.monotonic()
    article = clean(raw)
    assert time.monotonic() - started < 5
    kept = article.text + "\n" + "\n".join(article.removed) + "\n" + (article.title or "")
    invisible = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                           "\x00-\x08\x0b-\x1f\x7f-\x9f]")
    for line in invisible.sub("", text).replace("\r", "\n").split("\n"):
        line = line.strip()
        for word in line.split():
            assert word in kept, (word, line)
    assert "\x00" not in article.text and "\u202e" not in article.text


@FUZZ
@given(st.lists(st.sampled_from([
    "Use promo code SAVE10 at checkout. Free delivery on orders over $50. Shop now!",
    "Subscribe today and get 50% off, limited offer, sign up now.",
    "The minister said 14 people were hurt in the blast on Tuesday.",
    "Rescuers worked through the night at the mine, the minister said.",
    "", "checkout", "Hurry, offer ends soon. Buy now at our store."]), max_size=8))
def test_linear_advert_flags_agree_with_is_advert(paragraphs):
    expected = [is_advert(p, " ".join(paragraphs[:i] + paragraphs[i + 1:]))
                for i, p in enumerate(paragraphs)]
    assert advert_flags(paragraphs) == expected


NAMES = st.sampled_from(["a.json", "a.jsonl", "a.txt", "a.html", "a.xml", "a.json.gz", "a",
                         "a.warc", "a.rss", "dir/ü.jsonl"])
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "id", "url", "published", "byline", "authors",
                         "articles", "content", "outlet", "x"]), children, max_size=5),
    max_leaves=12)


def _check_items(items):
    for item in items:
        assert isinstance(item, (RawDoc, Refusal))
        if isinstance(item, Refusal):
            assert item.reason.strip() and "\n" not in item.reason
        else:
            assert item.content.strip() and item.format in ("text", "html")


@FUZZ
@given(st.binary(max_size=600), NAMES)
@example(b"[" * 5000, "a.json")
@example(b"\x1f\x8b" + b"\x00" * 20, "a.json.gz")
@example(b'{"text": NaN}', "a.json")
@example(b'{"text": "x", "id": 1e400}\n{"text": 5}', "a.jsonl")
@example(b"\xff\xfe{\x00}\x00", "a.json")
# Regressions found by the hostile corpus: both crashed ingest before the fixes
# in ingest/records.py (OverflowError, UnicodeEncodeError).
@example(b'{"text": "ok text", "title": 1' + b"0" * 400 + b"}", "a.json")
@example(b'{"text": "a \\ud800 b", "title": "\\udc00"}', "a.jsonl")
@example(b"[" + b"{}," * 3000 + b"{}]", "a.json")
def test_read_bytes_never_raises_on_arbitrary_bytes(data, name):
    _check_items(list(read_bytes(name, data)))


@FUZZ
@given(JSONISH, st.sampled_from(["a.json", "a.jsonl"]))
@example({"text": "x", "published": float("nan")}, "a.json")
@example([{"text": "ok text", "id": True, "authors": ["a", 3]}], "a.json")
def test_json_readers_take_any_json_value(value, name):
    try:
        encoded = json.dumps(value, allow_nan=True)
    except ValueError:
        return
    if name.endswith(".jsonl"):
        encoded = "\n".join([encoded, encoded])
    _check_items(list(read_bytes(name, encoded.encode())))


@FUZZ
@given(st.text(max_size=60))
@example("1" + "0" * 400)
@example("1e400")
@example("9" * 500 + "bn")
@example(".5")
@example("1,000,000,000,000,000,000,000")
def test_parse_numeral_gives_none_or_a_number(text):
    value = parse_numeral(text)
    assert value is None or isinstance(value, float)


@FUZZ
@given(st.lists(st.sampled_from(["one", "twenty-five", "hundred", "thousand", "million",
                                 "billion", "trillion", "dozen", "and", "a", "1,200", "3.5",
                                 "10" * 200, "nine", "ninety", "5bn", "x"]), max_size=12))
@example(["thousand"] * 200)
@example(["1" + "0" * 400, "trillion"])
def test_parse_words_gives_none_or_a_number(words):
    value = parse_words(words)
    assert value is None or isinstance(value, float)


@FUZZ
@given(st.from_regex(r"[0-9,]{0,40}(\.[0-9]{0,40})?", fullmatch=True),
       st.floats(min_value=1e-6, max_value=1e12))
def test_roundness_is_positive(written, multiplier):
    assert roundness(written, multiplier) >= 0
