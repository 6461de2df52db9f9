"""The person a definite description of a speaker stands for: "the
senator", "the veteran senator", "the prime minister", "the comedian",
read against the titles the article gives the people it names
(:class:`~crosscheck.claims.article_people.People`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from crosscheck.claims.titles import spelled_out

if TYPE_CHECKING:
    from crosscheck.claims.article_people import People


def described(head: Token, people: People) -> str | None:
    """The person a definite description stands for ("the senator", "the
    veteran senator", "the comedian"): the one person the article gives that
    title (People.roles), or the one person it names right after that word
    ("Comedian Ellen DeGeneres", "the comedian Ellen DeGeneres"). A word given
    to two people, or to nobody, resolves to no one."""
    word = spelled_out(head.lower_)
    titled = {people.fullest(p) for t, ps in people.roles.items() if spelled_out(t) == word
              for p in ps}
    given = titled
    if len(titled) > 1:
        titled = _told_apart_by_modifiers(head, people, titled)
    if len(titled) > 1:
        return None
    # One given the title, another named after the word the title reader left
    # ("comedian Jon Stewart" a title, "Comedian Ellen DeGeneres" taken into
    # the name): two people fit.
    fit = titled | (_named_after_the_word(head, people, word) - given)
    return next(iter(fit)) if len(fit) == 1 else None


def _named_after_the_word(head: Token, people: People, word: str) -> set[str]:
    """The people named right after the description's word ("the comedian
    Ellen DeGeneres", "Comedian Ellen DeGeneres")."""
    doc = head.doc
    named = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start > 0 and ent.start != head.i + 1 \
                and spelled_out(doc[ent.start - 1].lower_) == word:
            named.add(people.fullest(ent.text))
        elif ent.label_ == "PERSON" and ent.start < ent.end - 1 and ent.start != head.i \
                and doc[ent.start].lower_ == word:  # NER took the word in: "Comedian Ellen DeGeneres"
            named.add(people.fullest(doc[ent.start + 1:ent.end].text))
    return named


# How many words before a name its title may take ("Deputy Prime Minister").
_TITLE_SPAN = 4


def _told_apart_by_modifiers(head: Token, people: People, titled: set[str]) -> set[str]:
    """Of several people the article gives a title with the description's
    head word, those whose title also has the description's other words:
    "the prime minister" is the Prime Minister, not the Foreign Minister
    the article names beside him. A word no title has ("the veteran
    minister") tells no one apart, and all are kept."""
    words = {spelled_out(c.lower_) for c in head.lefts if c.dep_ in ("amod", "compound")}
    if not words:
        return titled
    doc = head.doc
    before: dict[str, set[str]] = {}  # person -> the words written before their name
    for ent in doc.ents:
        name = people.fullest(ent.text) if ent.label_ == "PERSON" else None
        if name in titled:
            before.setdefault(name, set()).update(
                spelled_out(t.lower_) for t in doc[max(0, ent.start - _TITLE_SPAN):ent.start])
    telling = {w for w in words if any(w in seen for seen in before.values())}
    if not telling:
        return titled
    return {p for p in titled if telling <= before.get(p, set())}
