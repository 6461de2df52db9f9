"""The statement pair model beside the paths (crosscheck.corroborate.statement_model):
it links only a sure, mutual most probable pair no path links, that shares a
predicate and names no two parts of one day."""

import numpy as np
import pytest

from crosscheck.corroborate import statement_model
from crosscheck.corroborate.statement_model import (model_links, most_probable,
                                                    parts_of_one_day)
from crosscheck.corroborate.statement_pairs import candidates, kept_apart
from crosscheck.models import Claim, Event, content_id


def test_two_parts_of_one_day_are_two_things():
    assert parts_of_one_day(
        "Senate Majority Leader Chuck Schumer announced Thursday morning that a deal had been reached.",
        "Schumer railed against Republicans in a speech Thursday night.")


@pytest.mark.parametrize("a, b", [
    # An evening and a night are one part of the day told two ways.
    ("Pinup icon Bettie Page died Thursday evening at a hospital in Los Angeles.",
     "Bettie Page died Thursday night at a Los Angeles hospital."),
    # Two days: no part of one day against another of the same.
    ("The talks opened Monday morning in Geneva.", "The talks broke down Tuesday night."),
    ("The fire was put out this morning.", "Firefighters put out the blaze early on Friday."),
])
def test_one_part_of_a_day_or_two_days_is_no_contrast(a, b):
    assert not parts_of_one_day(a, b)


def test_a_pair_is_linked_only_when_each_is_the_other_s_most_probable_match():
    # Statements 0 and 1 of article 0, 2 and 3 of article 1.
    owner = [0, 0, 1, 1]
    pairs = [(0, 2), (0, 3), (1, 2), (1, 3)]
    p = [0.95, 0.40, 0.97, 0.30]
    # 0's most probable is 2, but 2's is 1; 3's is 0, but 0's is 2.
    assert most_probable(pairs, p, owner) == {frozenset((1, 2))}


SENTENCES = [
    ("a1", "The ambassador resigned on the spot over the deportations."),
    ("a1", "Officials scrambled to ease the supply crunch at the ports."),
    ("a2", "His resignation came over the deportations of Haitian migrants."),
    ("a2", "The ports were jammed with ships waiting to unload."),
]


def _statements():
    return [Claim(id=content_id("c", a, s), article=a, kind="event", sentence=s, span=(0, len(s)),
                  event=Event(text="", date=None, date_text="")) for a, s in SENTENCES]


def _found(statements):
    # Made by hand, unit length: the resignation sentences alike, the port ones alike.
    v = np.array([[1.0, 0.3, 0.0], [0.1, 1.0, 0.3], [0.9, 0.4, 0.1], [0.2, 0.9, 0.5]])
    return candidates(statements, v / np.linalg.norm(v, axis=1, keepdims=True))


@pytest.fixture
def sure(monkeypatch):
    """The model is sure of every candidate pair (0.99)."""
    monkeypatch.setattr(statement_model, "probabilities", lambda model, rows: np.full(len(rows), 0.99))


def test_a_sure_pair_sharing_a_predicate_is_linked_and_one_without_is_not(monkeypatch):
    statements = _statements()
    found = _found(statements)
    pairs = [(i, j) for i, j, _ in found.pairs]
    assert (0, 2) in pairs and (1, 3) in pairs
    # The alike sentences each other's most probable match, both sure.
    probable = {(0, 2): 0.99, (1, 3): 0.98}
    monkeypatch.setattr(statement_model, "probabilities", lambda model, rows: np.array(
        [probable.get(pair, 0.5) for pair in pairs]))
    linked = model_links(statements, found, [True] * len(pairs),
                         kept_apart(statements, found.pairs))
    # "resigned" / "resignation" share a predicate; "scrambled to ease" and
    # "were jammed ... waiting to unload" tell the port story with no verb in common.
    assert linked == {frozenset((0, 2))}


def test_a_pair_a_path_links_already_or_an_unsure_one_is_not_the_model_s(sure, monkeypatch):
    statements = _statements()
    found = _found(statements)
    pairs = [(i, j) for i, j, _ in found.pairs]
    rules = kept_apart(statements, found.pairs)
    assert model_links(statements, found, [pair != (0, 2) for pair in pairs], rules) \
        == set()
    monkeypatch.setattr(statement_model, "probabilities",
                        lambda model, rows: np.full(len(rows), statement_model.MODEL_LINK - 0.01))
    assert model_links(statements, found, [True] * len(pairs), rules) == set()


def test_the_model_is_left_only_statements_no_path_links():
    from crosscheck.corroborate.statement_pairs import left_by_paths

    pairs = [(0, 2, []), (1, 3, []), (0, 3, []), (1, 4, [])]
    paths = [("close", 1.1, True),      # 0 and 2 linked by a path
             ("", 0.8, False),          # 1 and 3 by none
             ("", 0.7, False),          # 0 is linked already
             ("rare words", 1.0, True)]  # kept apart by a rule: links nothing
    assert left_by_paths(pairs, paths, ["", "", "", "times"]) == [False, True, False, True]
    # A path's pair that is no mutual best links nothing either.
    assert left_by_paths(pairs[:1], [("close", 1.1, False)], [""]) == [True]
