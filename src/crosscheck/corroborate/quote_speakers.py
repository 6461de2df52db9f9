"""A quote's speaker given by a definite description ("The congressman said
…") read as the person another article names for the same words, when the
description's own article introduced that person before it.

News copy names a person, then goes on about them by what they are: "Mr.
Cummings, Maryland Democrat, had announced plans … ⏎ The congressman said
Monday that the White House is engaged in “unprecedented stonewalling on
all fronts”" (dev5), where another outlet gives "unprecedented stonewalling"
to Elijah Cummings by name. corroborate/quotes.py already reads a long
quote's described speaker so (``_named_by_their_article``); this is the same
reading for the short words that join a longer quote only when one person
said both (the fragments and rare pairs of corroborate/quotes.py).
"""

from __future__ import annotations

import re
from typing import Callable

from ..claims.person_spans import is_a_body
from ..models import Claim
from .common import Context


def one_introduced(ctx: Context, a: Claim, b: Claim, named_by_name: Callable[[Claim], bool]
                   ) -> bool:
    """One of two quotes' speakers is named by name in its own sentence
    (``named_by_name``, corroborate/quotes.py's) and the other is a
    description its article introduced that person before
    (introduced_before)."""
    return any(named_by_name(n) and introduced_before(ctx, d, n.quote.speaker.split()[-1])
               for n, d in ((a, b), (b, a)))


def introduced_before(ctx: Context, described: Claim, surname: str) -> bool:
    """``described``'s speaker is a definite description of a person ("the
    congressman", "the senator"; not "a senior official", who introduces
    someone, nor a body, "the White House") and its article names
    ``surname`` before the quote's sentence and not in it: a sentence naming
    the person beside the description ("the envoy criticised Ruiz") sets the
    two apart."""
    speaker = (described.quote.speaker or "").strip()
    article = ctx.articles.get(described.article)
    words = speaker.lower().split()
    if article is None or not surname or len(words) < 2 or words[0] != "the" \
            or is_a_body(speaker, head_only=True):
        return False
    named = re.compile(rf"\b{re.escape(surname)}\b", re.I)
    return bool(named.search(article.text[:described.span[0]])) \
        and not named.search(described.sentence)
