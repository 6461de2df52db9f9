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

Film credits are read in three more shapes (title_by_credit): a script
owned by a name ("a script from Simon Beaufoy", "Simon Beaufoy's script"),
a name writing one ("Melissa Rosenberg is writing the screenplay"), and a
work credited in the passive ("Moon will be adapted for the big screen by
Melissa Rosenberg", "the sequel, directed by Chris Weitz").

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
# Offices: true while the tense is the present. "runs" has no agent noun that
# news writes as a title: "who runs the Senate Conservatives Fund" is its head,
# as "who heads" (33 "who runs the/a" in the AllSides, Baly and ECB+ text; the
# object must still be a name, so "who runs a landscaping company" gives none).
_OFFICES = {"head": "head", "run": "head", "lead": "leader", "chair": "chair", "own": "owner",
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


# What a screenwriter writes.
_SCRIPTS = {"script", "screenplay", "teleplay", "scripts", "screenplays"}
# Credits said in the passive, by their lemma: the title of the one after "by".
_BY = {"adapt": "screenwriter", "direct": "director", "co-direct": "co-director", "produce": "producer"}
# Works a passive credit is read of: a work named in quotation marks or as a
# work of art, or one of these nouns ("the sequel, directed by ..."). Not any
# noun: "traffic directed by an officer" credits no one.
_WORKS = {"film", "movie", "sequel", "prequel", "picture", "series", "show", "episode", "documentary",
          "adaptation", "remake", "musical", "play", "telecast", "broadcast"}


def _a_work(tok: Token) -> bool:
    doc = tok.doc
    quoted = tok.i > 0 and doc[tok.i - 1].text.strip() and doc[tok.i - 1].text.strip()[-1] in _QUOTES
    return tok.ent_type_ == "WORK_OF_ART" or tok.lower_ in _WORKS or tok.pos_ == "PROPN" and quoted


def title_by_credit(name: Span) -> tuple[str, bool] | None:
    """(title, False) for a film credit around ``name`` that is not written as
    a title (see the module docstring), or None. "a letter from Jane Roe",
    "Jane Roe is writing a book" and "traffic directed by Jane Roe" give none."""
    root = name.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("from", "by") and head.head.lower_ in _SCRIPTS:
        return "screenwriter", False  # "a script from Simon Beaufoy"
    if root.dep_ == "poss" and head.lower_ in _SCRIPTS:
        return "screenwriter", False  # "Simon Beaufoy's script"
    if root.dep_ == "nsubj" and lemma(head).lower() in ("write", "pen", "co-write") \
            and any(c.dep_ == "dobj" and c.lower_ in _SCRIPTS for c in head.children):
        return "screenwriter", False  # "Melissa Rosenberg is writing the screenplay"
    if root.dep_ == "pobj" and head.dep_ == "agent":
        verb = head.head
        noun = _BY.get(lemma(verb).lower())
        # The work is the passive's subject ("Moon will be adapted ... by X"),
        # or the noun the participle qualifies ("the sequel, directed by X").
        works = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ in ("acl", "amod"):
            works.append(verb.head)
        if noun and any(_a_work(w) for w in works):
            return noun, False
    return None
