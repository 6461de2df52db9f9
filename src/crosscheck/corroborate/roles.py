"""Roles across articles: one person, titles that can or cannot both be true.

A "former" title beside the same title held now conflicts ("former Mines
Minister" vs "Mines Minister"); two offices of the same kind conflict
("Mines Minister" vs "Energy Minister"); spelling variants of one title agree
("U.S. President", "US President", "President"); titles of different kinds
("spokeswoman", "chief executive") are not compared at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from ..models import Claim, Finding
from .common import Context, join_names, make_finding, says, sources_phrase
from .people import canonical, display_name, name_tokens

# Adjectives of nationality or place that qualify a title without changing the
# office ("Kenyan Interior Minister" is the Interior Minister).
_QUALIFIERS = re.compile(r"\b(?:u\.?s\.?|us|american|british|uk|french|german|kenyan|"
                         r"state|federal|national|acting|interim|incumbent|current)\b")


def title_words(title: str) -> tuple[str, ...]:
    text = _QUALIFIERS.sub(" ", title.lower().replace("’", "'"))
    return tuple(w for w in re.findall(r"[a-z]+", text) if w not in ("the", "of", "former"))


def same_office(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a) and bool(b) and (set(a) <= set(b) or set(b) <= set(a))


def role_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    roles = [c for c in claims if c.role is not None]
    names = canonical([name_tokens(c.role.person, c.role.title) for c in roles])
    by_person: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in roles:
        key = names[name_tokens(c.role.person, c.role.title)]
        if key:
            by_person[key].append(c)
    findings = []
    for person in sorted(by_person):
        # One office kind per head word ("minister", "spokeswoman"): titles
        # with different heads are different facts about the person.
        by_head: dict[str, list[Claim]] = defaultdict(list)
        for c in by_person[person]:
            words = title_words(c.role.title)
            if words:
                by_head[words[-1]].append(c)
        for head in sorted(by_head):
            findings.append(_finding(ctx, by_head[head]))
    return findings


def _finding(ctx: Context, group: list[Claim]) -> Finding:
    person = max((display_name(c.role.person, c.role.title) for c in group), key=len)
    offices: list[tuple[tuple[str, ...], list[Claim]]] = []
    for c in group:
        words = title_words(c.role.title)
        for i, (office, members) in enumerate(offices):
            if same_office(office, words):
                offices[i] = (max(office, words, key=len), members + [c])
                break
        else:
            offices.append((words, [c]))
    formers = {c.role.former for c in group}
    conflict = len(offices) > 1 or len(formers) > 1
    camps: dict[str, list[Claim]] = defaultdict(list)
    for c in group:
        camps[("former " if c.role.former else "") + c.role.title].append(c)
    parts = []
    for title, members in sorted(camps.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        outlets = [ctx.outlet(c.article) for c in members]
        parts.append(f"{join_names(outlets)} {says(outlets)} {person} is {title}")
    status = "conflict" if conflict else ("agree" if len(group) > 1 else "single-source")
    note = "; ".join(parts)
    if conflict:
        note += ": these cannot all be true"
    note += f" [{sources_phrase(ctx, [c.article for c in group])}]."
    return make_finding(ctx, "role", person, status, group, note)
