"""all-MiniLM-L6-v2 int8 on onnxruntime: shape, determinism, and what it must (not) call similar."""

import numpy as np
import pytest

from crosscheck.embed import DIMENSIONS, embed


def cos(a: str, b: str) -> float:
    v = embed([a, b])
    return float(v[0] @ v[1])


def test_shape_dtype_and_unit_length():
    v = embed(["One sentence.", "Another, somewhat longer sentence about a storm."])
    assert v.shape == (2, DIMENSIONS)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_empty_input_gives_empty_array():
    assert embed([]).shape == (0, DIMENSIONS)


def test_batching_and_order_do_not_change_vectors():
    texts = [f"Sentence number {i} about {'rain ' * (i % 7)}" for i in range(70)]
    together = embed(texts)
    alone = embed([texts[41]])
    assert np.allclose(together[41], alone[0], atol=1e-5)
    assert np.allclose(embed(texts[::-1])[::-1], together, atol=1e-5)


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
