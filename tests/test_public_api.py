"""The public surface is curated: a change to it is a decision, made here."""

import crosscheck


def test_public_names_are_pinned():
    assert sorted(crosscheck.__all__) == sorted([
        "FORMAT", "Article", "Claim", "CrosscheckError", "Finding", "IngestOptions",
        "IngestReport", "InputError", "NoStore", "NotFound", "RawDoc", "ReadOnlyStore", "RefusedInput",
        "Refusal", "Relation", "StoreError", "Story", "__version__", "brief_document", "build_stories",
        "clean", "extract", "find_article", "find_story", "ingest", "open_store", "read_inputs",
    ])
    for name in crosscheck.__all__:
        assert hasattr(crosscheck, name), name


def test_errors_form_one_hierarchy():
    for error in (crosscheck.InputError, crosscheck.RefusedInput, crosscheck.StoreError,
                  crosscheck.NotFound):
        assert issubclass(error, crosscheck.CrosscheckError)


def test_library_use_as_documented(tmp_path, sample_dir):
    store = crosscheck.open_store(tmp_path / "c.db")
    report = crosscheck.ingest([sample_dir], store)
    crosscheck.extract(store)
    document = crosscheck.brief_document(store, crosscheck.build_stories(store))
    assert report.new == 13 and document["format"] == crosscheck.FORMAT
    assert any(story["claims"] for story in document["stories"])
    store.close()


def test_not_found_is_a_lookup_error_and_says_no_cli_command(store):
    assert issubclass(crosscheck.NotFound, LookupError)
    for lookup in (store.get_article, store.get_story):
        try:
            lookup("nope")
        except LookupError as exc:
            assert "nope" in str(exc) and "crosscheck " not in str(exc)
        else:
            raise AssertionError("an unknown id was found")


def test_ingest_takes_one_path_as_well_as_a_list(tmp_path, sample_dir):
    one = sample_dir / "valley_courier_vigil.txt"
    with crosscheck.open_store(tmp_path / "c.db") as store:
        assert crosscheck.ingest(str(one), store).new == 1
        assert crosscheck.ingest(one, store).known == 1
        assert crosscheck.ingest([one], store).known == 1
    assert len(list(crosscheck.read_inputs(str(one)))) == 1
