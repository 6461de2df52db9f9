import gzip

import pytest

from crosscheck.errors import RefusedInput
from crosscheck.ingest.decode import declared_encoding, decode, gunzip


@pytest.mark.parametrize("data, expected", [
    ("Miners trapped in Kestrel Falls".encode("utf-8"), "Miners trapped in Kestrel Falls"),
    ("\ufeffMiners trapped".encode("utf-8"), "Miners trapped"),
    ("Zürich café: 12 miners".encode("utf-16"), "Zürich café: 12 miners"),
    ("Zürich café: 12 miners".encode("utf-16-le"), "Zürich café: 12 miners"),
    ("Le ministre a déclaré que les secours continuaient à Zürich.".encode("cp1252"),
     "Le ministre a déclaré que les secours continuaient à Zürich."),
])
def test_decodes_common_encodings(data, expected):
    assert decode(data) == expected


def test_declared_encoding_is_tried_first():
    html = '<html><head><meta charset="iso-8859-1"></head><body>caf\xe9</body></html>'
    data = html.encode("latin-1")
    assert declared_encoding(data) == "iso8859-1"
    assert "café" in decode(data)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (bytes(range(256)) * 40, "binary"),
])
def test_refuses_binary_and_empty(data, reason):
    with pytest.raises(RefusedInput, match=reason):
        decode(data)


def test_gunzip_bounds_what_it_inflates():
    bomb = gzip.compress(b"a" * 5_000_000)
    assert len(gunzip(bomb, 10_000_000)) == 5_000_000
    with pytest.raises(RefusedInput, match="more than"):
        gunzip(bomb, 1_000_000)


def test_gunzip_refuses_truncated_archives():
    data = gzip.compress(b"Twelve miners remain trapped. " * 200)
    with pytest.raises(RefusedInput, match="truncated|corrupt"):
        gunzip(data[: len(data) // 2], 10_000_000)
