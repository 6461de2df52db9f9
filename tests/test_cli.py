"""The CLI as a user runs it: output validates against the contract, stdout stays
clean JSON, re-ingesting changes nothing, errors say what to do."""

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import crosscheck
import crosscheck.contract
import crosscheck.errors
from crosscheck.cli import app
from crosscheck.cli.common import OPTION_OF_REMEDY, in_command_terms
from crosscheck.errors import Remedy
from crosscheck.store import open_store

SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "contract" / "brief.schema.json"
runner = CliRunner()


@pytest.fixture(scope="module")
def schema():
    return crosscheck.contract.schema()  # the copy shipped in the package


def test_the_shipped_schema_is_the_shared_contract():
    if not SHARED_SCHEMA.exists():
        pytest.skip("../shared/contract is absent (it is present in CI)")
    assert crosscheck.contract.schema_text() == SHARED_SCHEMA.read_text()


def test_schema_command_prints_the_shipped_schema():
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == crosscheck.contract.schema()
    assert json.loads(result.stdout)["$id"] == crosscheck.FORMAT


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_run_output_is_the_contract(sample_dir, schema):
    result = run("run", sample_dir, "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    articles = [a for s in document["stories"] for a in s["articles"]]
    assert len(articles) == 13
    assert len({a["id"] for a in articles}) == 13


def test_run_is_deterministic(sample_dir):
    first = run("run", sample_dir, "--quiet").stdout
    second = run("run", sample_dir, "--quiet").stdout
    assert first == second


def test_markdown_output(sample_dir):
    result = run("run", sample_dir, "--format", "md", "--quiet")
    assert result.exit_code == 0
    assert result.stdout.startswith("# ")
    assert "## Sources" in result.stdout


def test_ingest_twice_adds_nothing(sample_dir, tmp_path):
    db = tmp_path / "c.db"
    first = run("ingest", sample_dir, "--db", db)
    assert first.exit_code == 0
    assert "13 new, 0 already known, 0 refused" in first.stderr
    tables = ("raw_docs", "articles", "stories", "claims")

    def counts():
        con = sqlite3.connect(db)
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        con.close()
        return out

    before = counts()
    second = run("ingest", sample_dir, "--db", db)
    assert "0 new, 13 already known" in second.stderr
    assert counts() == before


def test_bad_neighbours_are_reported_and_good_files_kept(sample_dir, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = sample_dir / "valley_courier_vigil.txt"
    (folder / "good.txt").write_bytes(good.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    (folder / "broken.json").write_text('{"text": "unterminated')
    result = run("ingest", folder, "--db", tmp_path / "c.db")
    assert result.exit_code == 0
    assert "1 new" in result.stderr and "3 refused" in result.stderr
    for name in ("empty.txt", "scan.pdf", "broken.json"):
        assert name in result.stderr
    alone = run("run", good, "--quiet").stdout
    mixed = run("run", folder, "--quiet").stdout
    strip = lambda doc: [{k: v for k, v in a.items() if k != "origin"}  # noqa: E731
                         for s in json.loads(doc)["stories"] for a in s["articles"]]
    assert strip(alone) == strip(mixed)  # stored exactly as it would be alone


def test_articles_and_show(sample_dir, tmp_path):
    db = tmp_path / "c.db"
    run("ingest", sample_dir, "--db", db, "--quiet")
    listing = run("articles", "--db", db, "--json")
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert len(rows) == 13
    shown = json.loads(run("show", rows[0]["id"], "--db", db).stdout)
    assert shown["id"] == rows[0]["id"] and "removed" in shown
    stories = run("stories", "--db", db).stdout.splitlines()
    assert 2 <= len(stories) < 13  # grouped: fewer stories than articles


def test_errors_are_one_clear_line(tmp_path):
    result = run("run", tmp_path / "missing-folder")
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert "no such file or folder" in str(result.exception)
    open_store(tmp_path / "c.db").close()
    shown = run("show", "nope", "--db", tmp_path / "c.db")
    assert "crosscheck articles" in str(shown.exception)  # the CLI's hint


def test_run_fills_claims_with_offsets_into_the_cleaned_text(sample_dir, schema):
    document = json.loads(run("run", sample_dir, "--quiet").stdout)
    jsonschema.validate(document, schema)
    texts = {a["id"]: a["text"] for s in document["stories"] for a in s["articles"]}
    claims = [c for s in document["stories"] for c in s["claims"]]
    assert {c["kind"] for c in claims} == {"figure", "quote", "role", "event"}
    for claim in claims:
        start, end = claim["span"]
        assert texts[claim["article"]][start:end] == claim["sentence"]
        assert claim[claim["kind"]] is not None


def test_ingest_with_an_engine_resumes_by_shard(sample_dir, tmp_path):
    db = tmp_path / "shards.db"
    first = run("ingest", sample_dir, "--db", db, "--engine", "local", "--parquet",
                tmp_path / "pq")
    assert first.exit_code == 0, first.output
    assert "10 ingested, 0 already done" in first.stderr
    assert len(list((tmp_path / "pq").glob("*.articles.parquet"))) == 10
    again = run("ingest", sample_dir, "--db", db, "--engine", "local")
    assert "0 ingested, 10 already done" in again.stderr
    assert "0 stories written" in again.stderr
    listed = run("stories", "--db", db)
    plain = tmp_path / "plain.db"
    run("ingest", sample_dir, "--db", plain, "--quiet")
    assert listed.stdout == run("stories", "--db", plain).stdout  # the same stories either way


def test_engine_options_need_an_engine(sample_dir, tmp_path):
    result = run("ingest", sample_dir, "--db", tmp_path / "x.db", "--workers", "2")
    assert result.exit_code == 2
    assert "--engine" in result.output


def test_ingest_can_group_with_the_keyed_steps(sample_dir, tmp_path):
    result = run("ingest", sample_dir, "--db", tmp_path / "k.db", "--grouping", "keyed")
    assert result.exit_code == 0, result.output
    assert "stories written" in result.stderr
    listed = run("stories", "--db", tmp_path / "k.db").stdout
    assert "Brannock" in listed
    assert run("ingest", sample_dir, "--db", tmp_path / "k.db", "--grouping",
               "fuzzy").exit_code == 2


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    """One store over the sample corpus, for the tests that only read it."""
    db = tmp_path_factory.mktemp("sample") / "c.db"
    assert run("ingest", Path(__file__).resolve().parents[1] / "examples" / "sample",
               "--db", db, "--quiet").exit_code == 0
    return db


@pytest.mark.parametrize("command", [["stories"], ["articles"], ["show", "a1"],
                                     ["brief", "s1"], ["export", "--what", "articles"]])
@pytest.mark.parametrize("where", ["typo.db", "typo/sub/x.db", "empty.db"])
def test_commands_that_read_never_make_a_store(tmp_path, command, where):
    db = tmp_path / where
    if where == "empty.db":
        db.touch()  # an empty file is no store either: it is not made into one
    result = run(*command, "--db", db)
    assert result.exit_code != 0
    message = str(result.exception)
    assert f"no store at {db}" in message
    assert f"crosscheck ingest PATH --db {db}" in message
    assert [p.name for p in tmp_path.iterdir()] == (["empty.db"] if where == "empty.db" else [])
    if where == "empty.db":
        assert db.stat().st_size == 0


@pytest.mark.parametrize("command", [["stories"], ["ingest", "missing-folder"], ["serve"]])
def test_another_programs_database_is_refused_and_left_as_it_is(tmp_path, command,
                                                                  monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    db = tmp_path / "notes.db"
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE notes (text TEXT)")
    other.execute("INSERT INTO notes VALUES ('mine')")
    other.commit()
    other.close()
    before = db.read_bytes()
    result = run(*command, "--db", db)
    assert result.exit_code != 0
    assert str(result.exception) == (
        f"{db} is another program's SQLite database (tables: notes), not a crosscheck "
        "store; it was left as it is: choose another file for the store")
    assert db.read_bytes() == before  # no table added, not switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_ids_may_be_shortened_as_in_git(sample_db):
    story = run("stories", "--db", sample_db).stdout.split()[0]
    whole = run("brief", story, "--db", sample_db)
    assert whole.exit_code == 0
    assert run("brief", story[:5], "--db", sample_db).stdout == whole.stdout
    article = json.loads(run("articles", "--db", sample_db, "--json").stdout.splitlines()[0])
    shown = json.loads(run("show", article["id"][:6], "--db", sample_db).stdout)
    assert shown["id"] == article["id"]
    ambiguous = run("show", "a", "--db", sample_db)
    assert ambiguous.exit_code != 0
    assert "is the start of 13 article ids" in str(ambiguous.exception)
    assert article["id"] in str(ambiguous.exception)


def test_run_says_when_nothing_could_be_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    result = run("run", folder)
    assert result.exit_code != 0 and result.stdout == ""
    assert "nothing could be read: every input was refused" in str(result.exception)
    assert "scan.pdf" in result.stderr  # with each reason


def _library_message(remedy, monkeypatch):
    """A real library message that names ``remedy``, and the remedy the raised
    error carries (None for a refusal, which is kept as text)."""
    import sys

    from crosscheck.engine import parquet, ray
    from crosscheck.ingest import IngestOptions, read_bytes
    from crosscheck.ingest.url import fetch_url

    if remedy is Remedy.RAISE_MAX_BYTES:
        [refusal] = read_bytes("big.txt", b"word " * 500, IngestOptions(max_bytes=1000))
        return refusal.reason, None
    if remedy is Remedy.ALLOW_PRIVATE:
        [refusal] = fetch_url("http://127.0.0.1:9/", timeout=5)  # refused before connecting
        return refusal.reason, None
    module, missing, load = {Remedy.USE_LOCAL_EXECUTOR: ("ray", ray, ray._import_ray),
                             Remedy.LEAVE_OUT_PARQUET: ("pyarrow", parquet, parquet._pyarrow)
                             }[remedy]
    monkeypatch.setitem(sys.modules, module, None)  # importing it now fails
    with pytest.raises(crosscheck.errors.InputError) as caught:
        load()
    return str(caught.value), caught.value.remedy


@pytest.mark.parametrize("remedy", list(Remedy))
def test_library_messages_name_settings_and_the_command_names_its_options(remedy,
                                                                          monkeypatch):
    """Issue 15: the library says what to change in its own terms; the command
    line says which option does it. An error carries the remedy as its kind; a
    refusal's reason (text) is read for it."""
    message, carried = _library_message(remedy, monkeypatch)
    assert remedy.value in message and "--" not in message
    assert Remedy.named_in(message) is remedy
    assert carried in (None, remedy)
    assert OPTION_OF_REMEDY[remedy] in in_command_terms(message, carried)
    assert remedy.value not in in_command_terms(message, carried)


def test_a_message_naming_no_remedy_is_left_as_it_is():
    message = "broken JSON: Expecting value: line 1 column 1 (char 0)"
    assert Remedy.named_in(message) is None
    assert in_command_terms(message) == message


def test_the_command_words_the_remedy_an_error_carries(tmp_path, monkeypatch, capsys):
    """main()'s one-line error names the option for the remedy the error carries:
    --parquet asked of an engine on a machine without pyarrow."""
    import sys

    from crosscheck.cli import main

    shard = tmp_path / "part-1.jsonl"
    shard.write_text(json.dumps({"text": "The port reopened on Monday, the mayor said."}) + "\n")
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # importing it now fails
    monkeypatch.setattr(sys, "argv", ["crosscheck", "ingest", str(shard), "--engine", "local",
                                      "--parquet", str(tmp_path / "pq"), "--quiet",
                                      "--db", str(tmp_path / "c.db")])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    said = " ".join(capsys.readouterr().err.split())
    assert "(or leave out --parquet)" in said and "parquet_dir" not in said, said


def test_a_file_over_max_size_is_refused_with_the_option_that_raises_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text("Big file\n\n" + "word " * 1000)
    (folder / "small.txt").write_text("Small file\n\nThe port reopened on Monday, the mayor said.")
    result = run("ingest", folder, "--db", tmp_path / "c.db", "--max-size", "0.002")
    assert result.exit_code == 0, result.output
    assert "big.txt: file too large: 0 MB over the 0 MB size limit (raise --max-size to " \
        "read it)" in " ".join(result.stderr.split())
    with open_store(tmp_path / "c.db") as store:  # kept in the library's terms
        [refusal] = store.refusals()
    assert "raise max_bytes" in refusal.reason


@pytest.mark.parametrize("stage", ["crosscheck.cli.progress.extract", "crosscheck.story_update._update_stories"])
def test_ctrl_c_says_what_is_stored_and_exits_130(sample_dir, tmp_path, monkeypatch, stage):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(stage, interrupted)
    result = run("ingest", sample_dir, "--db", tmp_path / "c.db")
    assert result.exit_code == 130
    assert "interrupted: 13 articles stored; run the same command again to finish" \
        in result.stderr
    assert not (tmp_path / "c.db.stories-lock").exists()
    monkeypatch.undo()
    again = run("ingest", sample_dir, "--db", tmp_path / "c.db")
    assert again.exit_code == 0 and "0 new, 13 already known" in again.stderr


def test_the_schema_is_package_data():
    import fnmatch
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    patterns = project["tool"]["setuptools"]["package-data"]["crosscheck"]
    assert any(fnmatch.fnmatch("data/brief.schema.json", p) for p in patterns)


@pytest.mark.parametrize("what, columns, rows", [
    ("articles", {"id", "outlet", "title", "published", "text"}, 13),
    ("claims", {"id", "article", "kind", "sentence", "span_start", "value"}, None),
    ("findings", {"story", "id", "status", "note", "independent_sources"}, None),
    ("stories", {"id", "headline", "articles", "sources", "conflicts"}, 3),
])
def test_export_as_csv_and_jsonl(sample_db, what, columns, rows):
    import csv
    import io

    as_csv = run("export", "--what", what, "--format", "csv", "--db", sample_db)
    assert as_csv.exit_code == 0, as_csv.output
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    as_jsonl = run("export", "--what", what, "--format", "jsonl", "--db", sample_db)
    records = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert len(table) == len(records) > 0 and (rows is None or len(records) == rows)
    assert columns <= set(table[0]) and set(table[0]) == set(records[0])
    assert [r["id"] for r in table] == [r["id"] for r in records]


def test_export_to_parquet(sample_db, tmp_path):
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    result = run("export", "--what", "claims", "--format", "parquet", "--output",
                 tmp_path / "claims.parquet", "--db", sample_db)
    assert result.exit_code == 0, result.output
    table = pyarrow_parquet.read_table(tmp_path / "claims.parquet")
    assert table.num_rows > 0 and "sentence" in table.column_names


def test_export_to_parquet_without_pyarrow_says_what_to_install(sample_db, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    result = run("export", "--what", "stories", "--format", "parquet", "--db", sample_db)
    assert result.exit_code != 0
    assert "pip install 'crosscheck[parquet]'" in str(result.exception)


def test_serve_says_when_it_makes_a_new_store(tmp_path, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    db = tmp_path / "new.db"
    first = run("serve", "--db", db)
    assert first.exit_code == 0, first.output
    assert f"no store at {db} yet: it is made now, empty" in " ".join(first.stderr.split())
    open_store(db).close()
    assert "no store" not in run("serve", "--db", db).stderr


def test_outlet_and_sources_options(tmp_path):
    """--outlet fills in files that state no outlet; --sources maps folders; what a
    file states wins; unknown outlets are shown as such, never by their file name."""
    body = ("Officials said on Thursday that the floodwaters had reached the second floor of "
            "the district hospital.\n\nThe county said 2,000 families had left since Monday.")
    (tmp_path / "in" / "nation").mkdir(parents=True)
    (tmp_path / "in" / "nation" / "a.txt").write_text(body)
    (tmp_path / "in" / "b.txt").write_text("COASTLINE TIMES | WORLD\n\n" + body + " Rain fell.")
    (tmp_path / "map.toml").write_text('[outlets]\n"in/nation" = "Daily Nation"\n')  # keys: from its folder
    db = str(tmp_path / "x.db")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "-q",
                                 "--sources", str(tmp_path / "map.toml")])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["articles", "--db", db, "--json"]).output
    assert sorted(json.loads(line)["outlet"] for line in listed.splitlines()) == [
        "Coastline Times", "Daily Nation"]
    result = runner.invoke(app, ["run", str(tmp_path / "in" / "nation"), "--outlet", "Kenya Wire",
                                 "--format", "md", "-q"])
    assert result.exit_code == 0 and "Kenya Wire" in result.output, result.output


def test_ingest_with_an_engine_builds_stories_on_its_workers(sample_dir, tmp_path, monkeypatch):
    """The story step gets the engine's executor, so it runs on the same workers."""
    import crosscheck.cli.progress as progress

    seen = []
    real = progress.update_stories

    def spy(store, **kwargs):
        seen.append(kwargs.get("executor"))
        return real(store, **kwargs)

    monkeypatch.setattr(progress, "update_stories", spy)
    result = run("ingest", sample_dir, "--db", tmp_path / "w.db", "--engine", "local",
                 "--workers", "2", "--quiet")
    assert result.exit_code == 0, result.output
    assert len(seen) == 1 and seen[0] is not None and seen[0].workers == 2
    run("ingest", sample_dir, "--db", tmp_path / "plain.db", "--quiet")
    assert seen[1:] == [None]  # without an engine, this process builds them


def test_run_says_when_every_text_read_is_too_short_for_an_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_text("x", encoding="utf-8")
    result = run("run", folder)
    assert result.exit_code != 0 and result.stdout == ""
    assert "nothing could be read: every input was refused" in str(result.exception)
    assert "x.txt: too short for an article: 1 word after cleaning" in result.stderr
