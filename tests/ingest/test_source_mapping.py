"""Outlets named by the user: --outlet for a run, sources.toml/.json for folders and patterns."""

import json

import pytest

from crosscheck.clean import clean
from crosscheck.errors import InputError
from crosscheck.ingest import IngestOptions, read_inputs, read_mapping
from crosscheck.models import RawDoc

BODY = ("Officials said on Thursday that the floodwaters had reached the second floor of the "
        "district hospital.\n\nThe county said 2,000 families had left their homes since Monday.")


def _outlets(folder, options=IngestOptions()):
    return {d.origin.rsplit("/", 1)[-1]: clean(d).outlet
            for d in read_inputs(folder, options) if isinstance(d, RawDoc)}


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "nation").mkdir()
    (tmp_path / "nation" / "a.txt").write_text(BODY)
    (tmp_path / "nation" / "b.txt").write_text("COASTLINE TIMES | WORLD\n\n" + BODY)
    (tmp_path / "ap-1.txt").write_text(BODY + "\n\nThe river fell overnight.")
    (tmp_path / "associated-press.txt").write_text(BODY + "\n\nSchools reopen on Monday.")
    return tmp_path


def test_a_mapping_file_at_the_top_of_a_folder(folder):
    (folder / "sources.toml").write_text('[outlets]\n"nation" = "Daily Nation"\n"ap-*.txt" = "AP"\n')
    assert _outlets(folder) == {
        "a.txt": "Daily Nation",
        "b.txt": "Coastline Times",     # what the file states comes first
        "ap-1.txt": "AP",
        "associated-press.txt": None,   # never from the file name alone
    }                                   # and sources.toml itself is no article


def test_the_most_specific_key_wins_and_json_works(folder, tmp_path_factory):
    mapping = tmp_path_factory.mktemp("conf") / "sources.json"
    mapping.write_text(json.dumps({"outlets": {}}))
    (folder / "sources.json").write_text(json.dumps(
        {"outlets": {".": "Everyone", "nation/a.txt": "Daily Nation"}}))
    assert _outlets(folder)["a.txt"] == "Daily Nation"
    assert _outlets(folder)["ap-1.txt"] == "Everyone"


def test_outlet_option_fills_in_every_file_lacking_one(folder):
    got = _outlets(folder, IngestOptions(outlet="Kenya Wire"))
    assert got["a.txt"] == got["associated-press.txt"] == "Kenya Wire"
    assert got["b.txt"] == "Coastline Times"


def test_the_users_outlet_does_not_change_ids(folder):
    plain = {d.id for d in read_inputs(folder) if isinstance(d, RawDoc)}
    named = {d.id for d in read_inputs(folder, IngestOptions(outlet="X")) if isinstance(d, RawDoc)}
    assert plain == named


@pytest.mark.parametrize("text", ['[outlet]\n"a" = "B"\n', '[outlets]\n"a" = 3\n', "not toml ["])
def test_a_broken_mapping_is_refused_with_what_to_write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text)
    with pytest.raises(InputError, match=r"\[outlets\]"):
        read_mapping(path)


def test_a_json_record_names_its_source():
    from crosscheck.ingest.records import read_jsonl
    line = json.dumps({"text": BODY, "source": {"id": "star", "name": "The Nairobi Star"}})
    doc = next(read_jsonl("d.jsonl", line))
    assert clean(doc).outlet == "The Nairobi Star"
