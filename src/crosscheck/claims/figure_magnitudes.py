"""An earthquake's magnitude, however an outlet writes it: "a 5.6 magnitude
earthquake", "a magnitude 5.6 earthquake", "a magnitude-5.6 earthquake",
"measuring 5.6 on the Richter scale", "a 5.6 quake". The numeral reader gave
these the subjects "magnitude", "magnitude earthquake" or "quake", or read
nothing (the glued "magnitude-5.6", "on the Richter scale"), so the outlets
of one quake could not be compared on it (ECB+ dev4's Qeshm quake: five
outlets, five wordings). All are the quake's magnitude here.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span

from crosscheck.models import Figure

__all__ = ["MAGNITUDE", "is_a_magnitude", "glued_magnitudes"]

MAGNITUDE = "magnitude"

# What a magnitude measures: a number right before one of these, written
# with its tenth ("a 5.6 quake"), is its magnitude; a whole number is a
# count ("two quakes", "3 aftershocks").
_QUAKES = frozenset({"quake", "earthquake", "tremor", "temblor", "aftershock", "shock",
                     "quakes", "earthquakes", "tremors", "temblors", "aftershocks"})
_TENTH = re.compile(r"^\d\.\d$")
# The magnitude scales go no further: 10 is more than any quake recorded.
MAX_MAGNITUDE = 10.0


def is_a_magnitude(words: Sequence[str], start: int, end: int, value: float) -> bool:
    """The number over ``words[start:end]`` (lower-cased words of its
    sentence) is a quake's magnitude: "magnitude" right before or after it
    ("magnitude 5.6", "a magnitude of 5.6", "5.6-magnitude"), "on the
    Richter scale" after it, or a quake noun after a number with its tenth."""
    if not 0 < value <= MAX_MAGNITUDE:
        return False
    before = list(words[max(0, start - 2):start])
    after = list(words[end:end + 4])
    if before[-1:] == ["magnitude"] or before == ["magnitude", "of"]:
        return True
    if after[:1] == ["magnitude"] or after[:2] == ["-", "magnitude"] or after[:1] == ["-magnitude"]:
        return True
    if after[:3] == ["on", "the", "richter"]:
        return True
    return end - start == 1 and bool(_TENTH.match(words[start])) and after[:1] != [] \
        and after[0] in _QUAKES


# "a magnitude-4.8 earthquake": the tokenizer keeps the number glued to the
# word, so the numeral reader never sees it.
_GLUED = re.compile(r"^magnitude-(\d(?:\.\d{1,2})?)$", re.IGNORECASE)


def glued_magnitudes(sent: Span) -> list[Figure]:
    out = []
    for tok in sent:
        m = _GLUED.match(tok.text)
        if m and 0 < (value := float(m.group(1))) <= MAX_MAGNITUDE:
            out.append(Figure(subject=MAGNITUDE, value=value, low=value, high=value,
                              qualifier="exact", unit=None))
    return out
