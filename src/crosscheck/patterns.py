"""Regular expressions made at run time from the words of a claim (a name,
a title, a word of a phrase), compiled once per process.

Python's ``re`` keeps its last 512 patterns and drops the oldest first: the
story builds of 200 Baly articles made 5,860 distinct patterns from names
and words, 8,686 compiles in all, of which 3,880 were of a pattern compiled
before (the same name asked of again, and the modules' fixed patterns pushed
out by the others). Measured with ``bench/bench_story_builds.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["compiled"]


#: Patterns kept. One story's notes ask of a name or a word many times, a
#: task of stories of a few hundred; 4,096 holds a few tasks' worth.
PATTERN_CACHE_SIZE = 4096


@lru_cache(maxsize=PATTERN_CACHE_SIZE)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept by (pattern, flags)."""
    return re.compile(pattern, flags)
