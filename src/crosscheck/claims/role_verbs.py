"""Titles given by a verb: "Chris Weitz, who directed The Golden Compass" is
the director of The Golden Compass, as another outlet's "The Golden Compass
director Chris Weitz" says in a title.

Only a relative clause on the name ("NAME, who VERB OBJECT") is read, and only
when its object is a name (a film, a company, a book: a proper noun or a named
entity): "Jane Roe, who wrote the letter" is not "the writer of the letter".
The verbs are of two kinds:

- credits, which stay true once done, so the past tense gives a title held
  now ("who directed", "who founded": the founder of Microsoft stays its
  founder);
- offices, read only in the present tense ("who heads", "who chairs"): "who
  led the agency" may be a former leader, or may say what they did once.

Hand-listed: spaCy's English model has no lexicon of agent nouns, and the few
verbs news credits people with are a short closed list.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosscheck.claims.nlp import lemma

# Credits: done once, true for good. lemma → the title's head.
_CREDITS = {
    "direct": "director", "write": "writer", "co-write": "co-writer", "produce": "producer",
    "found": "founder", "co-found": "co-founder", "create": "creator", "co-create": "co-creator",
    "compose": "composer", "design": "designer", "invent": "inventor",
}
# Offices: true while the tense is the present.
_OFFICES = {"head": "head", "lead": "leader", "chair": "chair", "own": "owner",
            "coach": "coach", "manage": "manager", "edit": "editor"}
# Entities that are things a person can be credited with or hold an office of.
_NAMED = {"WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "FAC", "LAW", "NORP"}
_QUOTES = "`'\"‘’“”"


def _object_name(verb: Token) -> str | None:
    """The verb's object when it is a name, as written (quotation marks dropped)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.ent_type_ in _NAMED:
        words = next(e for e in obj.sent.ents if e.start <= obj.i < e.end)
    elif obj.pos_ == "PROPN" and obj.is_title:
        words = [t for t in obj.subtree if t.i > verb.i]
    else:
        return None  # "who wrote the letter": a thing, not a name
    text = "".join(t.text_with_ws for t in words if t.text.strip(_QUOTES)).strip()
    return text or None


def title_by_verb(name: Span) -> tuple[str, bool] | None:
    """(title, former) from a relative clause on ``name`` ("NAME, who
    directed X"), or None. ``former`` is always False: see the module docstring."""
    head = name.root
    for verb in head.children:
        if verb.dep_ != "relcl" or verb.i < name.end:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            continue
        base = lemma(verb).lower()
        noun = _CREDITS.get(base)
        if noun is None and verb.tag_ in ("VBZ", "VBP"):
            noun = _OFFICES.get(base)
        if noun is None:
            continue
        thing = _object_name(verb)
        if thing:
            return f"{noun} of {thing}", False
    return None
