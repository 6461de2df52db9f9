"""all-MiniLM-L6-v2 int8 on onnxruntime: shape, determinism, and what it must (not) call similar."""

import numpy as np
import pytest

from crosscheck.embed import DIMENSIONS, embed, reusing_vectors, text_key


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
