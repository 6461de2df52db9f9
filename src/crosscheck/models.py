"""The records that flow through crosscheck.

Every stage is a plain function from these records to these records. They are
frozen so that a stage cannot change what an earlier stage produced; plain
dicts appear only at the edges (JSON, SQL), where ``to_dict``/``from_dict``
validate them.

Ids are content hashes (see :func:`content_id`): the same input gives the same
id on every machine, so ingesting the same file twice is harmless.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, Mapping

import numpy as np

ClaimKind = Literal["figure", "quote", "role", "event"]
RelationKind = Literal["duplicate", "syndicated", "rewrite", "same-wire"]
FindingStatus = Literal["agree", "compatible", "conflict", "single-source"]
Qualifier = Literal["exact", "over", "at-least", "under", "at-most", "about", "nearly", "range"]


def content_id(prefix: str, *parts: Any) -> str:
    """A short, stable id: ``prefix`` + the first 16 hex digits of a SHA-256.

    The parts are serialised as canonical JSON so that dict order, platform and
    Python version cannot change the id. 64 bits make an accidental collision
    negligible below billions of records.
    """
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return prefix + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class RawDoc:
    """One document as it came in, before cleaning.

    ``content`` is the decoded text of the document (HTML stays HTML);
    ``meta`` holds what the source itself gave (a JSON record's title, a feed
    item's date...). ``format`` is ``"text"`` or ``"html"``: how to read
    ``content``. ``container`` says what it was found in (``txt``, ``html``,
    ``json``, ``jsonl``, ``feed``, ``warc``), for reports only.
    ``entry_id`` is a feed item's own id (RSS guid, Atom id), by which
    ``watch`` recognises an entry whose link changed; it is in neither the
    document's id nor the store, so that reading a feed gives the same
    documents as before it existed.
    """

    id: str
    origin: str
    format: Literal["text", "html"]
    content: str
    meta: Mapping[str, str] = field(default_factory=dict)
    container: str = "txt"
    entry_id: str = field(default="", compare=False)

    @classmethod
    def make(cls, origin: str, format: Literal["text", "html"], content: str,
             meta: Mapping[str, str] | None = None, container: str = "txt",
             entry_id: str = "") -> "RawDoc":
        """Build a RawDoc whose id hashes its content and source metadata.

        The origin is left out of the hash on purpose: the same bytes found at
        another path are the same document, so re-ingesting a moved folder
        adds nothing.
        """
        meta = {k: v for k, v in sorted((meta or {}).items()) if v}
        return cls(id=content_id("a", format, content, meta), origin=origin, format=format,
                   content=content, meta=meta, container=container, entry_id=entry_id)


@dataclass(frozen=True)
class Relation:
    """How one article relates to another (contract: article.relations[])."""

    article: str
    kind: RelationKind
    score: float
    #: same-wire: the agency whose material both carry, when either credits
    #: one (named also when the other credits nobody); None when neither does
    #: and the shared passages alone show two edits of one text.
    agency: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article: the contract's article fields, plus provenance.

    ``removed`` keeps every fragment that cleaning took out, verbatim, so that
    nothing disappears silently. ``stage`` names the versioned cleaner that
    produced it (``clean.v1``), so stored results say which version made them.
    """

    id: str
    origin: str
    title: str | None
    published: str | None
    text: str
    removed: tuple[str, ...] = ()
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    agencies: tuple[str, ...] = ()
    cited_media: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()
    published_inferred: str | None = None
    dateline_date: str | None = None
    url: str | None = None
    stage: str = ""
    #: ISO 639-1 code of the text's language (clean/language.py), None when too short to say.
    language: str | None = None
    #: Why ``published_inferred`` is that day, in a short note a reader checks (inferred_dates.py).
    published_inferred_reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("removed", "agencies", "cited_media"):
            d[key] = list(d[key])
        d["relations"] = [asdict(r) for r in self.relations]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Article":
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in d.items() if k in names}
        for key in ("removed", "agencies", "cited_media"):
            values[key] = tuple(values.get(key) or ())
        values["relations"] = tuple(Relation(**r) for r in values.get("relations") or ())
        return cls(**values)


@dataclass(frozen=True)
class Figure:
    """A number with what it counts and the bounds its wording allows.

    ``against`` is the second count of a vote tally ("passed 65-35": value 65,
    against 35, unit ``vote``), None otherwise.

    ``label`` and ``written_unit`` are what the claims reader's parse of the
    sentence says of the figure's words (``claims/figure_labels.py``), carried
    so that no later stage parses the sentence again: ``label``, the subject
    as a topic shows it ("indian sailors had" gives "indian sailors"; "number
    risen", "number of people who have lost their lives"), and
    ``written_unit``, a unit of measure written after the number that is none
    of ``unit``'s ("about 60 metres"). None in claims made before they were
    read (figures.v7 and older). They say nothing the figure does not: left
    out of its repr, which the claim's id hashes, and of its comparisons.
    """

    subject: str
    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    unit: str | None = None
    against: float | None = None
    label: str | None = field(default=None, repr=False, compare=False)
    written_unit: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Quote:
    speaker: str | None
    text: str


@dataclass(frozen=True)
class Role:
    """A title given to a person. ``person`` is a name, or a description
    that names nobody ("the West Virginia Democrat", starting with its
    article); ``refers_to`` is then the name of the person the article means
    by it, where the claims reader could tell from the sentence before
    (claims/epithets.py), else None. Like ``Figure.label`` it says nothing
    the role does not: left out of the repr the claim's id hashes."""

    person: str
    title: str
    former: bool
    refers_to: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Event:
    """A happening. A dated one names its day ("on Tuesday"); ``tense``
    ("past", "future", "present") is kept so that an undated article's
    relative date can be resolved once its date is inferred; ``inferred`` says
    the date was resolved against an inferred publication date, not a stated
    one. A *statement* has no date words at all (``date_text`` is empty): a
    sentence saying that something happened or is so ("Page never regained
    consciousness"), kept so that outlets saying it in other words can be
    found to agree.

    ``when_text`` is every time word the claims reader saw in the sentence,
    dated event or statement alike, as written and in order, joined by
    "; " (``claims.events.time_words``: "Thursday; Dec. 3"): what an undated
    sentence says of the time is read there, not in the sentence again. ""
    when it names none; None in claims made before it was kept (events.v10
    and older), whose sentence the corroborator reads instead. Like ``Figure.label`` it says nothing the event does not:
    left out of the repr the claim's id hashes, and of comparisons."""

    text: str
    date: str | None
    date_text: str
    tense: str | None = None
    inferred: bool = False
    when_text: str | None = field(default=None, repr=False, compare=False)

    @property
    def statement(self) -> bool:
        return not self.date_text


@dataclass(frozen=True)
class Claim:
    """One checkable statement of one article (contract: story.claims[]).

    Exactly one of ``figure``, ``quote``, ``role``, ``event`` is set, matching
    ``kind``. ``span`` is the [start, end) of ``sentence`` in the article's
    cleaned text. ``extractor`` is the versioned name of the rule set that made
    it (``figures.v1``).
    """

    id: str
    article: str
    kind: ClaimKind
    sentence: str
    span: tuple[int, int]
    attribution: str | None = None
    figure: Figure | None = None
    quote: Quote | None = None
    role: Role | None = None
    event: Event | None = None
    extractor: str = ""

    def to_dict(self) -> dict[str, Any]:
        # Built by hand, not with dataclasses.asdict: asdict deep-copies every
        # value and made 60 % of the time of a big story's page (760 claims).
        # The parts hold only strings and numbers; keys keep the field order.
        d: dict[str, Any] = {"id": self.id, "article": self.article, "kind": self.kind,
                             "sentence": self.sentence, "span": list(self.span),
                             "attribution": self.attribution}
        for key in ("figure", "quote", "role", "event"):
            part = getattr(self, key)
            if part is not None:
                d[key] = dict(part.__dict__)
        d["extractor"] = self.extractor
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Claim":
        parts = {"figure": Figure, "quote": Quote, "role": Role, "event": Event}
        values = dict(d)
        values["span"] = tuple(values["span"])
        for key, kind in parts.items():
            if values.get(key) is not None:
                values[key] = kind(**values[key])
        return cls(**{k: v for k, v in values.items() if k in _CLAIM_FIELDS})


_CLAIM_FIELDS = frozenset(f.name for f in fields(Claim))


@dataclass(frozen=True)
class Finding:
    """One claim compared across the articles of a story (contract: finding)."""

    id: str
    kind: ClaimKind
    topic: str
    status: FindingStatus
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    note: str
    independent_sources: int = 1


@dataclass(frozen=True)
class Cited:
    """A sentence of the brief, or of the timeline, with the articles behind it."""

    text: str
    sources: tuple[str, ...]
    date: str | None = None
    #: Articles that report a fact the sentence states but not the sentence
    #: as a whole (brief sentences only): cited apart, as "in part".
    in_part: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    """Articles grouped by event, with what was learnt about them."""

    id: str
    headline: str
    articles: tuple[str, ...]
    claims: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    brief: tuple[Cited, ...] = ()
    timeline: tuple[Cited, ...] = ()
    first_date: str | None = None
    last_date: str | None = None
    sources: int = 0
    fingerprint: str = ""


@dataclass(frozen=True)
class Link:
    """One relation between two articles, ``a < b`` by id, as
    :mod:`crosscheck.group.relations` and :mod:`crosscheck.group.wire` find it."""

    a: str
    b: str
    kind: str
    score: float
    #: same-wire: the agency whose material both carry.
    agency: str | None = None


@dataclass(frozen=True)
class QuotedProse:
    """One text's passages split by voice (:mod:`crosscheck.group.quoted_prose`),
    read once per story: the first position of each passage inside its
    quotations and outside them, which of the quoted ones are pasted after
    "X writes:", and how many distinct passages the whole text has."""

    quoted: Mapping[str, int]
    prose: Mapping[str, int]
    total: int
    pasted: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class StoryCluster:
    """One story under construction (:mod:`crosscheck.group.stories`): its
    members and what scoring needs."""

    id: str
    articles: tuple[str, ...]
    titles: tuple[str, ...]
    vectors: np.ndarray  # float32 (len(articles), 384): the members' vectors
    entities: tuple[tuple[str, int], ...]  # entity key -> members naming it
    first_day: int | None
    last_day: int | None
    last_arrival: int
    #: Each member's entity keys and day, in member order (what a split needs);
    #: empty in states stored before splits existed: such stories never split.
    member_entities: tuple[frozenset[str], ...] = ()
    member_days: tuple[int | None, ...] = ()

    @property
    def centroid(self) -> np.ndarray:
        total = self.vectors.sum(axis=0)
        return total / max(float(np.linalg.norm(total)), 1e-12)


@dataclass(frozen=True)
class InferredDate:
    """An inferred publication day and why: ``reason`` is one short note;
    ``exact`` says the evidence names the day itself, not a day it is after."""

    date: str
    reason: str
    exact: bool = False


@dataclass(frozen=True)
class Refusal:
    """An input that was not read, and why, in one line a user understands."""

    origin: str
    reason: str
