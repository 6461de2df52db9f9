"""One text lightly edited (syndicated) against two edits of one text
(same-wire), and two edits of one text against one text retelling another
(rewrite), for a pair already found a copy."""

import numpy as np
import pytest
from test_rewrites import WIRE_SENTENCES

from crosscheck.group.edits import (EDIT_ALIGNED_SHARE, EDIT_VERBATIM_SHARE, OWN_SENTENCES,
                                    aligned_sentence_share, one_text_lightly_edited,
                                    two_edits_of_one_text)
from crosscheck.group.relations import (REWRITE_SENTENCE_COSINE, rewrite_sentences,
                                        verbatim_share)
from crosscheck.group.rewrites import WIRE_VERBATIM_SHARE

S1, S2, S3, S4, S5 = WIRE_SENTENCES

#: Another outlet's edit of the wire text: the first and third sentences kept
#: (one word added), the second and fourth reworded by the desk, the last cut.
DESK_EDIT = " ".join([
    S1.replace("early on Tuesday", "early on Tuesday morning"),
    "At least 14 people were killed and over 80 hurt, according to officials.",
    S3,
    "Aftershocks went on into the morning and many residents slept outdoors in the cold.",
])
#: A retelling of the wire text: its first two sentences merged into one, the
#: third kept, the fourth reworded, and two sentences of its own.
RETELLING = " ".join([
    "A 6.1 quake hit Ardenne before dawn on Tuesday, killing at least 14 and injuring more "
    "than 80 as stone houses collapsed and the valley road was cut.",
    S3,
    "Aftershocks went on into the morning and many residents slept outdoors in the cold.",
    "Our correspondent in the valley saw families queuing for water at the town hall.",
    "Insurers in the capital expect claims to run to several million euros this year.",
])


def _rows(*vectors):
    """Unit sentence vectors, one row per sentence, from 8-dimensional ones."""
    rows = np.array(vectors, dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _e(i):
    return np.eye(8)[i]


#: Wire sentence k is _e(k); a counterpart in another text has the same
#: vector, a sentence merging two has cosine 0.71 with each (under the 0.8
#: at which sentences match), an outlet's own sentence a vector of its own.
WIRE_VECTORS = _rows(_e(0), _e(1), _e(2), _e(3), _e(4))
EDIT_VECTORS = _rows(_e(0), _e(1), _e(2), _e(3))
RETELLING_VECTORS = _rows(_e(0) + _e(1), _e(2), _e(3), _e(5), _e(6))


def test_aligned_sentence_share_counts_one_to_one_matches_in_order():
    assert aligned_sentence_share(WIRE_VECTORS, EDIT_VECTORS, REWRITE_SENTENCE_COSINE) == 1.0
    assert aligned_sentence_share(WIRE_VECTORS, RETELLING_VECTORS,
                                  REWRITE_SENTENCE_COSINE) == pytest.approx(0.4)
    # Must reject: the same sentences in the reverse order align only one.
    assert aligned_sentence_share(WIRE_VECTORS, WIRE_VECTORS[::-1],
                                  REWRITE_SENTENCE_COSINE) == pytest.approx(0.2)
    assert aligned_sentence_share(WIRE_VECTORS, WIRE_VECTORS[:0], REWRITE_SENTENCE_COSINE) == 0.0


def test_a_desk_edit_of_the_wire_is_two_edits_of_one_text(make_article):
    """Half its sentences reworded (a verbatim share the old rule called a
    rewrite), but every sentence it keeps has its own counterpart, in order."""
    wire, edit = make_article("w", " ".join(WIRE_SENTENCES)), make_article("e", DESK_EDIT)
    assert len(rewrite_sentences(edit)) == len(EDIT_VECTORS)
    vectors = {"w": WIRE_VECTORS, "e": EDIT_VECTORS}
    verbatim = verbatim_share(wire, edit, vectors)
    assert EDIT_VERBATIM_SHARE <= verbatim < WIRE_VERBATIM_SHARE
    aligned = aligned_sentence_share(WIRE_VECTORS, EDIT_VECTORS, REWRITE_SENTENCE_COSINE)
    assert two_edits_of_one_text(verbatim, aligned)


def test_a_retelling_that_merges_sentences_stays_a_rewrite(make_article):
    """Must reject: it keeps a sentence word for word, but merges two into one
    and adds its own, so under half its sentences align one to one."""
    wire, retold = make_article("w", " ".join(WIRE_SENTENCES)), make_article("r", RETELLING)
    assert len(rewrite_sentences(retold)) == len(RETELLING_VECTORS)
    vectors = {"w": WIRE_VECTORS, "r": RETELLING_VECTORS}
    verbatim = verbatim_share(wire, retold, vectors)
    assert verbatim >= EDIT_VERBATIM_SHARE
    aligned = aligned_sentence_share(WIRE_VECTORS, RETELLING_VECTORS, REWRITE_SENTENCE_COSINE)
    assert aligned < EDIT_ALIGNED_SHARE
    assert not two_edits_of_one_text(verbatim, aligned)


@pytest.mark.parametrize("verbatim, aligned, same_wire", [
    (0.8, 0.2, True),    # most aligned sentences kept word for word
    (0.45, 0.6, True),   # an agency version: half aligned, a third kept
    (0.0, 1.0, False),   # must reject: a paraphrase sentence by sentence
    (0.5, 0.3, False),   # must reject: a retelling merging its sentences
    (0.2, 0.9, False),   # must reject: reworded in place, a sentence kept
])
def test_two_edits_of_one_text(verbatim, aligned, same_wire):
    assert two_edits_of_one_text(verbatim, aligned) is same_wire


#: The wire text as another outlet prints it: every sentence edited in a word
#: or two (spelling, a figure written out, the day), which breaks most of its
#: 5-word runs but none of its sentences.
LIGHTLY_EDITED = " ".join([
    S1.replace("magnitude 6.1", "magnitude-6.1").replace("early on Tuesday", "early today"),
    S2.replace("14 people", "fourteen people").replace("more than 80", "over 80"),
    S3.replace("two helicopters", "2 helicopters").replace("for the week", "this week"),
    S4.replace("into the morning", "through the morning"),
    S5.replace("several shops", "a number of shops"),
])


def test_a_copy_edited_in_every_sentence_is_one_text(make_article):
    from crosscheck.group import find_links
    from crosscheck.group.passages import shingles
    from crosscheck.group.relations import SYNDICATED_CONTAINMENT

    wire = " ".join(WIRE_SENTENCES)
    assert one_text_lightly_edited(wire, LIGHTLY_EDITED)
    a, b = shingles(wire), shingles(LIGHTLY_EDITED)
    assert len(a & b) / min(len(a), len(b)) < SYNDICATED_CONTAINMENT
    [link] = find_links([make_article("w", wire, outlet="Wire"),
                         make_article("c", LIGHTLY_EDITED, outlet="Daily")])
    assert link.kind == "syndicated"


def test_an_edit_with_sentences_of_its_own_is_not_one_text():
    """Must reject: the desk's edit rewords two sentences (no counterpart
    over LIGHT_EDIT_RATIO), and a text that adds two sentences of its own to
    five of the wire's adds more than OWN_SENTENCES of them."""
    wire = " ".join(WIRE_SENTENCES)
    assert not one_text_lightly_edited(wire, DESK_EDIT)
    own = ("Our correspondent in the valley saw families queuing for water at the town hall. "
           "Insurers in the capital expect claims to run to several million euros this year.")
    assert 2 / 7 > OWN_SENTENCES
    assert not one_text_lightly_edited(wire, LIGHTLY_EDITED + " " + own)
    assert not one_text_lightly_edited(wire, "")



def _long_versions(tail_b):
    """Two versions of a running story, each with its own new top longer than
    rewrite search reads (REWRITE_MAX_SENTENCES), then the same wire passage
    in ``tail_b``'s wording; and sentence vectors standing in for the model's:
    one vector per distinct sentence, a desk's rewording sharing the vector
    of the sentence it rewords."""
    from relation_texts import LONG_A, LONG_B, OTHER, OTHER_B, OTHER_C, OWN_A, OWN_B, STORY_B

    from crosscheck.group.relations import split_sentences

    def top(label, paragraphs, times):
        sentences = split_sentences(" ".join(paragraphs)) * times
        return " ".join(f"{label} {k}: {s}" for k, s in enumerate(sentences))

    a = " ".join([top("Update", (OTHER, OWN_A, LONG_A), 6)] + list(WIRE_SENTENCES))
    b = " ".join([top("Latest", (STORY_B, OWN_B, LONG_B, OTHER_B, OTHER_C), 4)] + tail_b)
    row = {s: k for k, s in enumerate(WIRE_SENTENCES)}
    row.update({r: k for k, r in enumerate(tail_b)})
    for s in split_sentences(a + " " + b):
        row.setdefault(s, len(set(row.values())))

    def vectors(articles, read=rewrite_sentences):
        return {art.id: np.eye(len(row), dtype=np.float32)[[row[s] for s in read(art)]]
                for art in articles}
    return a, b, vectors


@pytest.mark.parametrize("tail_b, kind", [
    # The wire passage kept word for word past both new tops: two edits.
    (list(WIRE_SENTENCES), "same-wire"),
    # Must reject: the passage reworded sentence by sentence: a retelling.
    (["Rescuers looked all night for survivors once a 6.1 quake hit Ardenne before dawn on "
      "Tuesday, levelling stone houses and closing the valley road.",
      "At least 14 were killed and over 80 hurt, officials said.",
      "Two army helicopters and a field hospital were sent, the governor said, and schools "
      "will be shut all week.",
      "Residents slept in the cold outdoors as aftershocks went on into the morning.",
      "Shop windows broke on the coast, far from the quake."], "rewrite"),
])
def test_long_versions_are_read_whole_to_tell_their_kind(monkeypatch, make_article, tail_b,
                                                         kind):
    """A pair found by its facts in order whose shared passage lies past the
    first REWRITE_MAX_SENTENCES sentences of both (CNN's running story on
    the Boston probe, two versions with new tops: heldout3) is told by
    reading both whole, not called a rewrite for want of any sentence read."""
    from crosscheck.group import relations
    from crosscheck.models import Link

    a_text, b_text, vectors = _long_versions(tail_b)
    a, b = make_article("a", a_text), make_article("b", b_text)
    assert min(len(relations.whole_sentences(x)) for x in (a, b)) >= \
        relations.REWRITE_MAX_SENTENCES + len(WIRE_SENTENCES)
    monkeypatch.setattr(relations, "_sentence_vectors", vectors)
    assert verbatim_share(a, b, vectors([a, b])) == 0.0  # the first 40 share nothing
    link = relations._wire_or_rewrite(Link("a", "b", "rewrite", 0.4), a, b, vectors([a, b]))
    assert link.kind == kind
