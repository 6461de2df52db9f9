"""Quotation marks a quoted sentence leaves unpaired.

A statement note quotes one sentence whole, inside its own marks. The sentence
splitter cuts at a full stop whatever the quotation marks around it: a
quotation that runs on past the sentence keeps its opening mark in one
sentence and its closing mark in the next ('…his new book, "Forward: Notes on
the Future of Our Democracy.' / '"'; 'People are terrified,” one former Trump
aide said'), and a source cut with "..." drops the closing mark with the rest.
Shown as written, the lone mark reads as a stray ("““My position…", 'departed
"The Hunger Games.': eleven unreadable statement notes of the notes gold,
heldout3 to heldout18, named a stray or unclosed mark).

Each lone mark is paired where its quotation runs on to, the sentence's end
for an opening mark and its start for a closing one, so the quoted words stay
apart from the writer's ('observed, "Bottom line: I'm more disturbed now…"');
a lone mark at the sentence's own edge, where the note's marks stand, is left
out: the note's marks already quote the whole sentence ("“My position is…”").
Single marks are not read: "’" is an apostrophe as often as a quotation mark.
"""

from __future__ import annotations

import re

_OPENING = {"“": "”", '"': '"'}
_CLOSING = {"”": "“", '"': '"'}
# What may stand between a closing mark and the sentence's end: the mark
# still ends the sentence ('…the charm.”', '…the charm”.').
_AFTER_THE_END = re.compile(r"[\s.!?…]*$")


def _roles(text: str) -> list[tuple[int, str]]:
    """(position, "open" or "close") of each double quotation mark. A curly
    mark says which it is; a straight one opens where a word follows it after
    a space or the text's start ('said "we', '"We are'), and closes where it
    follows a word or punctuation ('charm," she', 'Democracy."'); one
    alone between spaces closes after a comma or a full stop ('charm, "
    DeGeneres said') or when a mark is open."""
    roles: list[tuple[int, str]] = []
    open_count = 0
    for m in re.finditer(r"[“”\"]", text):
        at, mark = m.start(), m.group()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if mark == '"' and before.isdigit():
            continue  # an inch mark ('a 6" pipe'), no quotation's
        if mark == "“":
            role = "open"
        elif mark == "”":
            role = "close"
        elif not before.isspace() and before not in "([{—–-":
            role = "close"
        elif after.isspace():
            # between spaces: closing after a clause's comma or full stop
            # ('the charm, " DeGeneres said'), else as the marks open so far
            ended = text[:at].rstrip()[-1:] in tuple(",.!?…")
            role = "close" if open_count or ended else "open"
        else:
            role = "open"
        open_count += 1 if role == "open" else -1 if open_count else 0
        roles.append((at, role))
    return roles


def lone_marks(text: str) -> list[tuple[int, str]]:
    """The double quotation marks of ``text`` that pair with none: (position,
    "open" or "close"). Marks pair as nested quotations do, the latest open
    one with the next closing one, whatever their glyphs ("“…"" pair: sources
    mix them)."""
    stack: list[int] = []
    lone: list[tuple[int, str]] = []
    for at, role in _roles(text):
        if role == "open":
            stack.append(at)
        elif stack:
            stack.pop()
        else:
            lone.append((at, "close"))
    return sorted(lone + [(at, "open") for at in stack])


def with_matching_glyphs(text: str) -> str:
    """``text`` with its quotations' straight marks written curly when one
    of its pairs mixes the two ('as "influence operations" and "public
    diplomacy.”' → 'as “influence operations” and “public diplomacy.”'): a
    source that mixes them shows a stray, read as a broken mark once the
    note's own marks stand beside it ('"public diplomacy.””': notes gold,
    heldout23). Text whose pairs are each of one glyph is left as it is."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for at, role in _roles(text):
        if role == "open":
            stack.append(at)
        elif stack:
            pairs.append((stack.pop(), at))
    if not any((text[a] == '"') != (text[b] == '"') for a, b in pairs):
        return text
    curly = {a: "“" for a, _ in pairs} | {b: "”" for _, b in pairs}
    return "".join(curly.get(i, ch) if ch == '"' else ch for i, ch in enumerate(text))


def with_paired_quote_marks(text: str) -> str:
    """``text`` with each lone double quotation mark paired or left out: an
    opening mark inside the text closed at its end, a closing mark inside it
    opened at its start, a lone mark at the text's own edge (nothing but the
    mark before an opening one, or after a closing one but the full stop)
    left out. Text whose marks pair is returned as it is."""
    lone = lone_marks(text)
    if not lone:
        return text
    head, tail = "", ""
    # From the end, so that positions before the one changed still hold.
    for at, role in reversed(lone):
        mark = text[at]
        if role == "open" and (not text[:at].strip() or not text[at + 1:].strip()):
            text = text[:at] + text[at + 1:].lstrip() if not text[:at].strip() else text[:at].rstrip()
        elif role == "close" and (_AFTER_THE_END.fullmatch(text[at + 1:]) or not text[:at].strip()):
            text = (text[:at] + text[at + 1:]).rstrip() if text[:at].strip() else text[at + 1:].lstrip()
        elif role == "open":
            tail = _OPENING[mark] + tail
        else:
            head = head + _CLOSING[mark]
    return head + text + tail


def with_its_opening_mark(text: str, sentence: str, at: int) -> str:
    """An excerpt's ``text`` (of ``sentence`` from character ``at``, the
    marks at its edges stripped as the clause's own) with the opening mark of
    a quotation that opens at its start and closes inside it: on its first
    word ('“Zero tolerance means consequences,” Pelosi said in a statement
    Sunday') or before the sentence's start, the sentence holding its lone
    closing mark ('There's nothing to pardon from," Jay Sekulow told ABC
    News'). Without it the excerpt's other mark is lone and left out, and the
    speaker's words read as the reporter's (notes gold, heldout23: two remarks
    read as events). A quotation that closes at the text's end, or one
    opened elsewhere, is left as it is."""
    lone = lone_marks(text)
    if len(lone) != 1 or lone[0][1] != "close" or not text[lone[0][0] + 1:].strip(" ,.;:"):
        return text
    mark = text[lone[0][0]]
    opens_here = sentence[at:at + 1] in _OPENING
    opens_before = not sentence[:at].strip() and any(role == "close" for _, role in lone_marks(sentence))
    return _CLOSING[mark] + text if opens_here or opens_before else text
