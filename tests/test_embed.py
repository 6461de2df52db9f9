"""all-MiniLM-L6-v2 int8 on onnxruntime: shape, determinism, and what it must (not) call similar."""

import os
import sqlite3
import subprocess
import sys

import numpy as np
import pytest

import crosscheck.embed as embed_module
from crosscheck.embed import DIMENSIONS, MODEL_ID, VECTOR_CACHE_ENV, embed, reusing_vectors, text_key


@pytest.fixture(autouse=True)
def no_disk_cache(monkeypatch):
    """These tests are about the model: none reads vectors back from disk
    (tests/conftest.py sets a folder for the run) unless it sets its own."""
    monkeypatch.delenv(VECTOR_CACHE_ENV, raising=False)


def cos(a: str, b: str) -> float:
    v = embed([a, b])
    return float(v[0] @ v[1])


def test_shape_dtype_and_unit_length():
    v = embed(["One sentence.", "Another, somewhat longer sentence about a storm."])
    assert v.shape == (2, DIMENSIONS)
    assert v.dtype == np.float32
    # Rounded to float16 (what the store keeps): unit length to about 1e-5.
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_empty_input_gives_empty_array():
    assert embed([]).shape == (0, DIMENSIONS)


def test_batching_and_order_do_not_change_vectors():
    texts = [f"Sentence number {i} about {'rain ' * (i % 7)}" for i in range(70)]
    together = embed(texts)
    alone = embed([texts[41]])
    assert np.allclose(together[41], alone[0], atol=1e-5)
    assert np.allclose(embed(texts[::-1])[::-1], together, atol=1e-5)


# Sentences of a wire story, of several lengths, as one article would give them.
ARTICLE = [
    "Rescue teams searched through the night for survivors of the collapsed apartment block.",
    "The mayor said 14 people had been taken to hospital.",
    "Officials have not said what caused the collapse.",
    "Residents said they had complained for months about cracks in the walls of the "
    "ten-storey building, which was put up in the 1970s and renovated twice since.",
]
OTHER = ["Shares in the carmaker fell 4 percent after it cut its forecast for the year.",
         "Analysts had expected the cut."]


def test_a_vector_is_the_same_bytes_whatever_its_batch():
    # What lets a stored vector stand for one embedded afresh in a story build
    # (crosscheck.sentence_vectors): alone, with its article, beside another's.
    alone = np.vstack([embed([t]) for t in ARTICLE])
    assert embed(ARTICLE).tobytes() == alone.tobytes()
    assert embed(OTHER + ARTICLE + OTHER)[2:6].tobytes() == alone.tobytes()


def test_vectors_are_float16_values():
    v = embed(ARTICLE)
    assert np.array_equal(v.astype(np.float16).astype(np.float32), v)


def test_given_vectors_are_used_and_forgotten_after_the_block():
    planted = np.zeros(DIMENSIONS, dtype=np.float32)
    planted[0] = 1.0
    with reusing_vectors({text_key(ARTICLE[0]): planted}):
        inside = embed(ARTICLE[:2])
    assert np.array_equal(inside[0], planted)
    assert np.array_equal(inside[1], embed([ARTICLE[1]])[0])  # not given: embedded
    assert not np.array_equal(embed([ARTICLE[0]])[0], planted)  # outside: embedded


def test_text_keys_tell_texts_apart():
    keys = {text_key(t) for t in ARTICLE + OTHER + [t.lower() for t in ARTICLE]}
    assert len(keys) == 2 * len(ARTICLE) + len(OTHER)
    # Stored rows are found by these keys: a change of hash strands every store.
    assert text_key("Analysts had expected the cut.") == 9003777097633665141


def test_long_text_is_truncated_not_refused():
    assert embed(["word " * 2000]).shape == (1, DIMENSIONS)


@pytest.mark.parametrize("a, b", [
    ("A man is playing a guitar.", "Someone plays the guitar."),
    ("Earthquake hits Indonesia", "A strong quake struck Indonesia"),
    ("The central bank raised interest rates by half a point.",
     "Interest rates were increased by 0.5 percentage points by the central bank."),
])
def test_paraphrases_are_close(a, b):
    assert cos(a, b) > 0.7


@pytest.mark.parametrize("a, b", [
    ("A man is playing a guitar.", "The stock market fell sharply today."),
    ("Earthquake hits Indonesia", "The central bank raised interest rates."),
    ("The senator was arrested in Ohio.", "A new species of frog was found in Peru."),
])
def test_unrelated_sentences_are_far(a, b):
    assert cos(a, b) < 0.3


# The on-disk vector folder (CROSSCHECK_VECTOR_CACHE).

def test_vectors_read_back_from_disk_are_the_bytes_embedded(tmp_path, monkeypatch, model_calls):
    fresh = embed(ARTICLE)
    monkeypatch.setenv(VECTOR_CACHE_ENV, str(tmp_path))
    assert embed(ARTICLE).tobytes() == fresh.tobytes()  # written on the way
    model_calls.clear()
    again = embed(OTHER[:1] + ARTICLE)
    assert model_calls == OTHER[:1]  # only the text the folder did not hold
    assert again[1:].tobytes() == fresh.tobytes()


def test_a_vector_written_by_another_process_is_read_not_embedded(tmp_path, monkeypatch,
                                                                   model_calls):
    env = {**os.environ, VECTOR_CACHE_ENV: str(tmp_path)}
    code = "import sys; from crosscheck.embed import embed; embed(sys.argv[1:])"
    subprocess.run([sys.executable, "-c", code, *OTHER], env=env, check=True)
    monkeypatch.setenv(VECTOR_CACHE_ENV, str(tmp_path))
    assert embed(OTHER).tobytes() == np.vstack([embed_module._run_model([t]) for t in OTHER]).tobytes()
    assert model_calls == OTHER  # those two alone, to compare; not the embed() call


def test_a_row_of_another_length_is_not_taken_for_a_vector(tmp_path, monkeypatch, model_calls):
    monkeypatch.setenv(VECTOR_CACHE_ENV, str(tmp_path))
    embed(["warm up"])  # makes the file
    key = text_key(ARTICLE[0])
    with sqlite3.connect(tmp_path / f"{MODEL_ID}.sqlite") as db:
        db.execute("INSERT INTO vectors VALUES (?, ?)",
                   (key - (1 << 64) if key >= 1 << 63 else key, b"\0" * 10))
    model_calls.clear()
    v = embed(ARTICLE[:1])
    assert model_calls == ARTICLE[:1]
    assert np.allclose(np.linalg.norm(v), 1.0, atol=1e-3)


def test_a_folder_that_cannot_be_used_is_left_alone(tmp_path, monkeypatch, model_calls):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(VECTOR_CACHE_ENV, str(blocker))
    assert embed(OTHER).shape == (2, DIMENSIONS)
    assert model_calls == OTHER
