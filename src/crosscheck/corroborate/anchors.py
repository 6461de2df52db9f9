"""Anchors and predicates: what two sentences of one story must share to state
one fact when their vectors are not close.

An event fact is often one clause of a longer sentence that also holds other
facts ("Jackman was announced Friday as the host of the 81st Academy Awards"
/ "Hugh Jackman was named on Friday as host of February's Oscars"), and the
sentence vectors then score it as low as two sentences on one topic. Two
sentences of two articles state one fact when they share

- an **anchor**: a word few of the story's sentences use (:func:`story_rare`).
  Rarity is relative to the story: a word in every article ("Manchin",
  "debt") is what the story is about, not a fact; a word in two sentences of
  fifty ("subpoena", "worksite") is;
- and a **predicate**: the same verb lemma, or a verb and its
  nominalisation ("opposes" / "opposition", "extend" / "an extension"),
  read by spaCy's lemmatiser from the sentence's parse. "Say", "be", "have"
  and the like are left out: every sentence of a news story has them.

Read by ``python -m crosscheck.eval.statement_losses`` to say what the event
facts lost below every statement path share. On the dev part of the fact
gold (110 such facts, corroborate.v20) every mention pair of 56 shares a
story-rare word (27 a story-rare name), 29 a predicate, 23 both, 15 the same
resolved day. A statement path on both (cosine from 0.50, mutual best,
many-to-many findings) linked 11 more dev and 3 more held-out event facts
with every statement-precision floor kept, but said "agree" of facts the
gold calls "compatible" and took held-out status accuracy under its floor
(0.852 < 0.86); it is kept on branch ``experiment/anchor-links``. Taking
only nouns, names, adjectives and numbers for anchors (never a verb: a link
then rests on one shared verb, "continues to raise" / "continues rising")
halved its dev links, most dropped ones two facts of one topic, and kept 8
of the 11 dev facts (event facts linked 0.251) and 1 of the 3 held-out ones,
but held-out status stayed at 0.858 (branch ``experiment/anchor-content-words``).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

#: A word is story-rare when at most this share of the story's compared
#: sentences use it (at least two may: the two that state the fact). On the
#: dev event facts lost below every path, every mention pair of 54 of 110
#: facts shares such a word at 0.05, 55 at 0.10, while cross-article pairs
#: sharing one fall from 23,571 to 14,363 of 136,527: 0.05 keeps nearly all
#: the facts and refuses a third of the topical pairs.
RARE_SENTENCE_SHARE = 0.05

#: Verbs every sentence of a news story may hold: reporting and auxiliary
#: verbs say nothing of what the fact is.
_LIGHT_VERBS = frozenset("say be have do tell make get go take give add report note "
                         "accord include come know see".split())
#: Letters two lemmas must share from their start to be one predicate: a verb
#: and its nominalisation keep their stem ("oppose"/"opposition",
#: "extend"/"extension", "announce"/"announcement"); five is what the
#: denial rule reads too (statements._stem). Shorter lemmas must be equal.
STEM = 5


def story_rare(bags_of_words: Sequence[Sequence[str]], articles: Sequence[str]
               ) -> frozenset[str]:
    """The story-rare words among ``bags_of_words`` (one list per sentence,
    ``articles`` the article of each): used by at most
    :data:`RARE_SENTENCE_SHARE` of the sentences (and at least two may), and,
    in a story of three articles or more, not by every article."""
    sentences: Counter = Counter()
    owners: dict[str, set[str]] = {}
    for bag, article in zip(bags_of_words, articles):
        for w in set(bag):
            sentences[w] += 1
            owners.setdefault(w, set()).add(article)
    n_articles = len(set(articles))
    most = max(2.0, RARE_SENTENCE_SHARE * len(bags_of_words))
    return frozenset(w for w, n in sentences.items()
                     if n <= most and not w[0].isdigit()
                     and (n_articles < 3 or len(owners[w]) < n_articles))


def predicates(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verb lemmas (light verbs left out) and noun lemmas of ``sentence``,
    from spaCy's parse of it (cached, :func:`crosscheck.claims.nlp.parse`)."""
    from ..claims.nlp import parse

    doc = parse(sentence)
    # A verb after a preposition ("thanked Californians for voting no",
    # "after meeting") gives a reason or a circumstance, not what is said.
    verbs = frozenset(t.lemma_.lower() for t in doc
                      if t.pos_ == "VERB" and t.lemma_.lower() not in _LIGHT_VERBS
                      and t.dep_ != "pcomp")
    nouns = frozenset(t.lemma_.lower() for t in doc if t.pos_ == "NOUN")
    return verbs, nouns


#: Endings that make a noun of a verb. A noun spelt as the verb is
#: ("the funds rate" / "to rate 12 risks", "an online tool") is no
#: nominalisation: zero-derived pairs mostly mean other things.
_NOMINAL = ("tion", "sion", "ment", "ance", "ence", "al", "ure", "ing", "ery", "age", "ism")


def _stems(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:STEM] if len(w) >= STEM else w for w in lemmas)


def _nominal_stems(nouns: frozenset[str], verbs: frozenset[str]) -> frozenset[str]:
    return _stems(frozenset(n for n in nouns if n.endswith(_NOMINAL) and n not in verbs))


def same_predicate(a: tuple[frozenset[str], frozenset[str]],
                   b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Two sentences' :func:`predicates` share a verb, or a verb of one is a
    noun of the other with the same stem ("opposes" / "opposition")."""
    (verbs_a, nouns_a), (verbs_b, nouns_b) = a, b
    if verbs_a & verbs_b:
        return True
    stems_a, stems_b = _stems(verbs_a), _stems(verbs_b)
    return bool(stems_a & stems_b or stems_a & _nominal_stems(nouns_b, verbs_a)
                or stems_b & _nominal_stems(nouns_a, verbs_b))

