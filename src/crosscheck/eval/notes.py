"""Notes a reader sees: is each finding's topic and note readable English?

The gold (``quality/gold/notes/{dev,heldout,…,heldout11}.json``) holds
findings of real stories (AllSides dev, ECB+ dev events), each stored as the
input of the note renderer (:class:`crosscheck.corroborate.render.NoteParts`:
the mentions, with their sentences, and what the note needs of their
articles), the topic and note it rendered, and a judgment made by reading them as a journalist would:
``readable`` (grammatical, says what it means, no fragment such as "is When
President", no mangled word) or not, with a ``reason`` when not.

The evaluator re-renders every stored input. A note whose words are unchanged
keeps its judgment; one whose words changed is *unjudged*: it is listed, and
the gate fails until someone reads it and judges it again. Alignment can
change freely (the stored inputs do not move); the words cannot change unread.

Scores, per split (``dev`` is tuned on; ``heldout``, by story, is not looked
at while fixing; ``heldout2``, by story apart from both, was collected and
judged after ``heldout``'s misses had been read and before the renderer was
changed again, with ``--collect FILE --allsides 4:232:24 --ecb
2_2,10_10plus,19_19,22_22``, statement notes included; ``heldout3``, one
note per story and kind, with ``--allsides 2:232:16 --ecb
4_4,7_7plus,11_11,14_14plus,21_21,23_23plus --per-kind 1``, read and
tuned on since; ``heldout4``, collected and judged before the renderer
changed again, with ``--allsides 1:232:20 --ecb 6_6plus,9_9,13_13,18_18plus``,
tuned on since; ``heldout5``, collected and judged before the renderer
changed again, with ``--allsides 3:232:20 --ecb
10_10,14_14,18_18,22_22plus``, tuned on since; ``heldout6``, likewise, with
``--allsides 5:232:20 --ecb 2_2plus,7_7,16_16,21_21plus``, tuned on since;
``heldout7``, likewise, with ``--allsides 7:232:20 --ecb
1_1plus,12_12plus,19_19plus,24_24``, tuned on since; ``heldout8``, likewise,
with ``--allsides 9:232:20 --ecb 3_3,9_9plus,15_15,17_17plus,20_20``, tuned
on since the notes9 round; ``heldout9``, likewise, with ``--allsides
11:232:20 --ecb 4_4plus,5_5plus,6_6,8_8,11_11plus,13_13plus,23_23``, tuned on
since the notes10 round; ``heldout10``, likewise, from AllSides dev lines
13:232:20 and 15:232:20 (no ECB+ event is left unused), tuned on since the
notes11 round; ``heldout11``, likewise, from AllSides dev lines 17:232:20 and
19:232:20 and the eight stories refused before role notes stopped hanging on
the order of their mentions, tuned on since the notes12 round; ``heldout12``,
likewise, from 31 AllSides dev lines no other part used, tuned on since the
notes13 round; ``heldout13``, likewise, from the last 31 AllSides dev lines no
part used (30 of them: one the collector refuses), tuned on since the notes14
round; ``heldout14``, likewise, from stories no part used, found by the
engine's story stage in two slices of the day-sorted Baly articles
(``--baly``), tuned on since the notes15 round; ``heldout15``, likewise, from
24 stories the story stage finds in another slice of the Baly articles
(``--baly 4600:5000``), tuned on since the notes16 round; ``heldout16``,
likewise, from the other 24 stories of that slice, tuned on since the notes17
round; ``heldout17``, likewise, from 25 stories of the oldest Baly articles
(``--baly 0:1000``, the first 28 stories by name less the 3 the collector
refuses), tuned on since the notes18 round; ``heldout18``, likewise, from 22
stories of the Baly articles 5000:6500 (``--baly 5000:6500 --first 27``, the
first 27 stories by name less the 5 the collector refuses), tuned on since
the notes19 round; ``heldout19``, likewise, from the next 24 stories of that
slice (``--baly 5000:6500 --skip 27 --first 28``, less the 4 the collector
refuses), tuned on since the notes20 round; ``heldout20``, likewise, from the
stories of the Baly articles 3000:4600 (``--baly 3000:4600 --first 28``), tuned
on since the notes23 round; ``heldout21``, likewise, from the next 22 stories of
that slice (``--baly 3000:4600 --skip 28 --first 26``, less the 2 the collector
refuses and the 2 heldout20 holds), tuned on since heldout22 was collected;
``heldout22``, likewise, from 25 more stories of that slice no part holds
(``--baly 3000:4600 --skip 55 --first 26`` and ``--skip 81 --first 5``, less
the 6 the collector refuses), tuned on since heldout23 was collected;
``heldout23``, likewise, from the next 25 stories of that slice
(``--skip 86 --first 26``, less 1), tuned on since heldout24 was collected;
``heldout24`` from the next 23 (``--skip 112``), tuned on since heldout25 was
collected; ``heldout25`` from the last 20 (``--skip 138``), tuned on since
heldout26 was collected; ``heldout26`` from the 6 stories of Baly 6500:6556 and
16 more of 5000:6500 (``--skip 55 --first 21``, sharing no article with a facts
or notes story), its misses not read; ``heldout27`` from 20 stories of
5000:6500 past the 76 names heldout18, heldout19 and heldout26 took or passed
over (``--allsides "" --ecb "" --per-kind 1 --baly 5000:6500 --skip 76 --first
25``, less the 2 the collector refuses and the 3 sharing an article with a
facts story), collected with corroborate.v119's renderer before it changed, its
misses not read):
``notes.readable`` (share of judged notes judged readable),
``notes.n``, ``notes.unjudged``, and the readable share per kind.

Run: ``python -m crosscheck.eval.notes [--verbose]``;
``python -m crosscheck.eval.notes --rejudge`` writes the new words of unjudged
notes into the gold with ``readable`` set to null, to be judged by reading;
``--collect FILE`` renders candidate notes from the shared data (to add to
the gold after reading them); ``--refresh-sources`` re-reads who the stored
mentions name (attributions, speakers) with the present claims reader, so that
a fix there shows in the notes, which are then judged again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Sequence

from ..corroborate.render import NoteParts, render_finding
from ..corroborate.statements import is_statement
from .notes_stories import allsides_and_ecb_stories, baly_stories, story_articles

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "quality" / "gold" / "notes"
#: ``heldout2`` was collected and judged after the misses of ``heldout`` had
#: been read, before the renderer changed again; ``heldout3`` after the
#: changes that reading ``heldout2`` led to, to measure them on notes nobody
#: had read; ``heldout4`` after ``heldout3``'s misses had been read (it is
#: now tuned on), before the renderer changed again; ``heldout5`` likewise
#: before ``heldout4``'s misses were read (tuned on since the notes6 round);
#: ``heldout6`` before ``heldout5``'s misses were read (tuned on since the
#: notes7 round); ``heldout7`` before ``heldout6``'s misses were read (tuned
#: on since the notes8 round); ``heldout8`` before ``heldout7``'s misses were
#: read (tuned on since the notes9 round); ``heldout9`` before ``heldout8``'s
#: misses were read (tuned on since the notes10 round); ``heldout10`` before
#: ``heldout9``'s misses were read (tuned on since the notes11 round);
#: ``heldout11`` before ``heldout10``'s misses were read (tuned on since the
#: notes12 round); ``heldout12`` before ``heldout11``'s misses were read (tuned
#: on since the notes13 round); ``heldout13`` before ``heldout12``'s misses were
#: read; ``heldout14``, of Baly stories (``--baly``), before ``heldout13``'s misses
#: were read (tuned on since the notes15 round); ``heldout15``, of Baly stories of
#: 2018, before ``heldout14``'s misses were read (tuned on since the notes16
#: round); ``heldout16``, the other stories of that slice, before ``heldout15``'s
#: misses were read (tuned on since the notes17 round); ``heldout17``, of the
#: oldest Baly stories (2012-2013), before ``heldout16``'s misses were read (tuned
#: on since the notes18 round); ``heldout18``, of Baly stories of 2018-2020
#: (``--baly 5000:6500 --first 27``), before ``heldout17``'s misses were read
#: (tuned on since the notes19 round); ``heldout19``, the next stories of that
#: slice (``--skip 27 --first 28``), before ``heldout18``'s misses were read
#: (tuned on since the notes20 round); ``heldout20``, of Baly stories of
#: 2016-2018 (``--baly 3000:4600 --first 28``), before ``heldout19``'s misses
#: were read (tuned on since the notes23 round); ``heldout21``, the next
#: stories of that slice (``--skip 28``), before ``heldout20``'s misses were
#: read (tuned on since heldout22 was collected); ``heldout22``, more stories of that
#: slice (``--skip 55``, ``--skip 81``), before ``heldout21``'s misses were read
#: (tuned on since heldout23 was collected); ``heldout23``, the next stories of
#: that slice (``--skip 86``), before ``heldout22``'s misses were read (tuned on
#: since heldout24 was collected); ``heldout24`` (``--skip 112``) likewise (tuned
#: on since heldout25 was collected); ``heldout25`` (``--skip 138``) likewise
#: (tuned on since heldout26 was collected); ``heldout26``, of the stories of
#: the only Baly slice no facts or notes part had read (``--baly 6500:6556``)
#: and of more of heldout18's and heldout19's slice (``--baly 5000:6500 --skip
#: 55 --first 21``, those sharing no article with a facts or notes story),
#: before ``heldout25``'s misses were read; ``heldout27``, of more of that
#: slice (``--baly 5000:6500 --skip 76 --first 25``), before the renderer
#: changed again.
#: Each is by story apart from all the others.
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
          "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
          "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
          "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25",
          "heldout26", "heldout27")
#: The kinds a note is sampled and scored by; "attribution" is a figure note
#: whose mentions name a source they cite ("…, the union said"); "statement"
#: is an event note of undated sentences told alike ("… report the same: “…”").
KINDS = ("figure", "attribution", "role", "quote", "event", "statement")


def note_kind(parts: NoteParts) -> str:
    if parts.kind == "figure" and any(c.attribution for c in parts.claims):
        return "attribution"
    if parts.kind == "event" and all(is_statement(c) for c in parts.claims):
        return "statement"
    return parts.kind


def render(parts: NoteParts) -> tuple[str, str]:
    """(topic, note) as a reader sees them."""
    finding = render_finding(parts)
    return finding.topic, finding.note


def load_gold(gold: Path = GOLD) -> dict[str, list[dict]]:
    return {split: json.loads((gold / f"{split}.json").read_text(encoding="utf-8"))["items"]
            for split in SPLITS if (gold / f"{split}.json").is_file()}


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def score(items: Sequence[dict], unjudged: list[dict] | None = None,
          unreadable: list[dict] | None = None) -> dict[str, float]:
    """The readable share of ``items`` whose stored words the renderer still
    writes; the others are added to ``unjudged``."""
    unjudged = unjudged if unjudged is not None else []
    unreadable = unreadable if unreadable is not None else []
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in items:
        parts = NoteParts.from_dict(item["input"])
        topic, note = render(parts)
        if (topic, note) != (item["topic"], item["note"]) or item.get("readable") is None:
            unjudged.append({"id": item["id"], "story": item["story"], "was_topic": item["topic"],
                             "was_note": item["note"], "topic": topic, "note": note})
            continue
        for key in ("all", item["kind"]):
            counts[key][0] += 1
            counts[key][1] += bool(item["readable"])
        if not item["readable"]:
            unreadable.append({"id": item["id"], "topic": topic, "note": note,
                               "reason": item.get("reason", "")})
    out = {"notes.n": len(items), "notes.unjudged": len(items) - counts["all"][0],
           "notes.readable": _ratio(counts["all"][1], counts["all"][0])}
    for kind in KINDS:
        if counts[kind][0]:
            out[f"{kind}.readable"] = _ratio(counts[kind][1], counts[kind][0])
    return out


def evaluate(gold: Path = GOLD, unjudged: list[dict] | None = None,
             unreadable: list[dict] | None = None, split: str = "all") -> dict[str, dict[str, float]]:
    return {name: score(items, unjudged, unreadable) for name, items in load_gold(gold).items()
            if split in ("all", name)}


def rejudge(gold: Path = GOLD, split: str = "all") -> int:
    """Write the renderer's present words into the gold for every note whose
    words changed, its judgment cleared (``readable: null``) for a reader to
    fill in. Returns how many were cleared."""
    cleared = 0
    for name in SPLITS:
        path = gold / f"{name}.json"
        if split not in ("all", name):
            continue
        if not path.is_file():
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        for item in doc["items"]:
            topic, note = render(NoteParts.from_dict(item["input"]))
            if (topic, note) != (item["topic"], item["note"]):
                item.update(topic=topic, note=note, readable=None, reason="")
                cleared += 1
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return cleared


def refresh_sources(data: Path, gold: Path = GOLD) -> tuple[int, int]:
    """Re-read who each stored mention names with the present claims reader:
    its ``attribution``, a quote's speaker, and a quote finding's story
    speakers. Nothing else of a stored input moves (figures, events stay as
    judged; a sentence only as said below), so a change to who the claims reader
    names shows in the notes, to be judged again (``readable`` cleared where
    the words change). A mention the reader no longer finds where it was
    (a quote it no longer gives anyone) is left as stored and counted; a
    mention read from the same place in a longer sentence (the reader no
    longer cuts it short) takes the longer sentence and its span.
    Returns (notes whose inputs changed, mentions no longer read)."""
    from ..claims import extract_claims_batch
    from ..models import Claim

    docs = {name: json.loads((gold / f"{name}.json").read_text(encoding="utf-8"))
            for name in SPLITS if (gold / f"{name}.json").is_file()}
    items = [item for doc in docs.values() for item in doc["items"]]
    changed = gone = 0
    for story, articles in story_articles(data, {i["story"] for i in items}).items():
        found = [c for cs in extract_claims_batch(sorted(articles, key=lambda a: a.id))
                 for c in cs]
        read = {(c.article, c.kind, tuple(c.span)): c for c in found}
        from_start = {(c.article, c.kind, c.span[0]): c for c in found}
        for item in (i for i in items if i["story"] == story):
            before = json.dumps(item["input"], sort_keys=True)
            for stored in item["input"]["claims"]:
                new = read.get((stored["article"], stored["kind"], tuple(stored["span"]))) \
                    or from_start.get((stored["article"], stored["kind"], stored["span"][0]))
                if new is not None and new.sentence != stored["sentence"] \
                        and new.sentence.startswith(stored["sentence"]):
                    # the same sentence, no longer cut short ("…,” said Sgt." now goes
                    # on to the name): the sentence a note quotes is the reader's now
                    stored["sentence"], stored["span"] = new.sentence, list(new.span)
                if new is None or new.sentence != stored["sentence"]:
                    gone += 1  # the mention is no longer read there: left as stored
                    continue
                stored["attribution"] = new.attribution
                if stored.get("quote") and new.quote is not None:
                    stored["quote"]["speaker"] = new.quote.speaker
            if item["input"]["kind"] == "quote":
                parts = NoteParts.from_dict(item["input"])
                item["input"]["speakers"] = list(NoteParts.of(
                    parts.context(), "quote", [Claim.from_dict(c) for c in item["input"]["claims"]],
                    found).speakers)
            if json.dumps(item["input"], sort_keys=True) != before:
                changed += 1
                topic, note = render(NoteParts.from_dict(item["input"]))
                if (topic, note) != (item["topic"], item["note"]):
                    item.update(topic=topic, note=note, readable=None, reason="")
    for name, doc in docs.items():
        (gold / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    return changed, gone


def story_note_parts(articles: list) -> list[NoteParts]:
    """The note inputs of every finding of one story, as the pipeline builds it."""
    from dataclasses import replace

    from ..claims import extract_claims_batch
    from ..corroborate import corroborate
    from ..corroborate.common import Context
    from ..embed import reusing_vectors
    from ..group import find_links, relations_by_article, source_groups
    from ..inferred_dates import infer_published, resolve_inferred_events

    articles = sorted(articles, key=lambda a: a.id)
    claims = sorted((c for cs in extract_claims_batch(articles) for c in cs),
                    key=lambda c: (c.article, c.span, c.id))
    with reusing_vectors():
        links = find_links(articles)
        relations = relations_by_article(links)
        groups = {i: g[0] for g in source_groups([a.id for a in articles], links) for i in g}
        inferred = infer_published(articles, claims)
        claims = resolve_inferred_events(claims, inferred)
        members = [replace(a, relations=relations.get(a.id, ())) for a in articles]
        findings = corroborate(members, claims, groups)
    ctx = Context.of(members, groups)
    by_id = {c.id: c for c in claims}
    out = []
    for f in findings:
        parts = NoteParts.of(ctx, f.kind, [by_id[i] for i in f.claims], claims)
        if render(parts) != (f.topic, f.note):
            raise AssertionError(f"the renderer does not give the pipeline's words for {f.note!r}")
        out.append(parts)
    return out


def collect(data: Path, allsides: Iterable[int], ecb: Iterable[str], per_kind: int = 2,
            seed: str = "notes.v1", baly: tuple[int, int] | None = None,
            first: int | None = None, skip: int = 0) -> list[dict]:
    """Candidate gold items: per story and kind at most ``per_kind`` findings,
    picked by a hash of their words (no favourite), single-source and
    multi-source alike. ``readable`` is left null, to be judged by reading.
    ``baly`` (start, stop) adds the multi-outlet stories of that slice of the
    day-sorted Baly articles (:func:`.notes_stories.baly_stories`); ``first``
    keeps only the first so many of those Baly stories (by name), the rest left
    for a later part;
    ``skip`` passes over the first so many (those an earlier part took)."""
    items = []
    found_stories = allsides_and_ecb_stories(data, allsides, ecb) + (
        baly_stories(data, *baly)[skip:][:first] if baly else [])
    for name, articles in found_stories:
        by_kind: dict[str, list[NoteParts]] = defaultdict(list)
        try:
            found_parts = story_note_parts(articles)
        except AssertionError as refused:
            # a story whose stored input would not give the pipeline's words cannot be
            # judged fairly: it is left out, and said so, the others are collected
            print(f"{name} left out: {refused}", file=sys.stderr)
            continue
        for parts in found_parts:
            by_kind[note_kind(parts)].append(parts)
        for kind, found in sorted(by_kind.items()):
            def pick(p: NoteParts) -> str:
                return hashlib.sha256((seed + render(p)[1]).encode()).hexdigest()
            several = sorted((p for p in found if len(p.claims) > 1), key=pick)
            one = sorted((p for p in found if len(p.claims) == 1), key=pick)
            chosen = (several[:1] + one[:1] + several[1:] + one[1:])[:per_kind]
            for parts in chosen:
                topic, note = render(parts)
                items.append({"id": hashlib.sha256(json.dumps(parts.to_dict(), sort_keys=True)
                                                   .encode()).hexdigest()[:12],
                              "story": name, "kind": kind, "topic": topic, "note": note,
                              "readable": None, "reason": "", "input": parts.to_dict()})
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--verbose", action="store_true",
                        help="print every unreadable and unjudged note to stderr, a JSON object a line")
    parser.add_argument("--rejudge", action="store_true",
                        help="write the new words of unjudged notes into the gold, judgment cleared")
    parser.add_argument("--refresh-sources", action="store_true",
                        help="re-read the attributions and speakers of the stored mentions with "
                        "the present claims reader (needs ../shared/data); changed notes are "
                        "left to judge")
    parser.add_argument("--collect", type=Path, metavar="FILE",
                        help="write candidate notes of real stories to FILE (needs ../shared/data)")
    # The defaults are the stories the gold was collected from (then split by story).
    parser.add_argument("--allsides", default="0:232:8", metavar="START:STOP:STEP[,…]",
                        help="AllSides dev lines to collect from (ranges joined by commas)")
    parser.add_argument("--baly", metavar="START:STOP",
                        help="also collect from the stories the story stage finds in this slice "
                        "of the Baly articles sorted by day, those told by two outlets or more")
    parser.add_argument("--first", type=int, metavar="N",
                        help="with --baly, collect from only the first N stories found (by name)")
    parser.add_argument("--skip", type=int, default=0, metavar="N",
                        help="with --baly, pass over the first N stories found (by name), "
                        "those an earlier part took")
    parser.add_argument("--per-kind", type=int, default=2, metavar="N",
                        help="at most N candidate notes per story and kind")
    parser.add_argument("--ecb", default="1_1,3_3plus,5_5,8_8plus,12_12,16_16plus,20_20plus,"
                        "24_24plus",
                        help="ECB+ dev events to collect from, topic_event")
    args = parser.parse_args(argv)
    if args.collect:
        from . import shared_data

        data = shared_data()
        if data is None:
            print("../shared/data is absent: nothing to collect from", file=sys.stderr)
            return 2
        lines = [line for part in args.allsides.split(",") if part
                 for line in range(*(int(x) for x in part.split(":")))]
        baly = tuple(int(x) for x in args.baly.split(":")) if args.baly else None
        items = collect(data, lines, [e for e in args.ecb.split(",") if e], args.per_kind,
                        baly=baly, first=args.first, skip=args.skip)
        args.collect.write_text(json.dumps({"items": items}, ensure_ascii=False, indent=1) + "\n",
                                encoding="utf-8")
        print(f"{len(items)} candidate notes written to {args.collect}")
        return 0
    if args.refresh_sources:
        from . import shared_data

        data = shared_data()
        if data is None:
            print("../shared/data is absent: the stories cannot be read again", file=sys.stderr)
            return 2
        changed, gone = refresh_sources(data)
        print(f"{changed} notes' mentions name someone else now: judge the notes whose readable "
              f"is null by reading; {gone} stored mentions are no longer read (left as stored)")
        return 0
    if args.rejudge:
        print(f"{rejudge(GOLD, args.split)} notes changed their words: judge them by reading (readable: true/false, "
              "and a reason when false)")
        return 0
    unjudged: list[dict] = []
    unreadable: list[dict] = []
    results = evaluate(GOLD, unjudged, unreadable, args.split)
    if args.verbose:
        for e in unreadable:
            print(json.dumps({"unreadable": e}, ensure_ascii=False), file=sys.stderr)
        for e in unjudged:
            print(json.dumps({"unjudged": e}, ensure_ascii=False), file=sys.stderr)
    print(json.dumps({"notes": results}, indent=2))
    if unjudged:
        print(f"{len(unjudged)} notes changed their words and are unjudged: read them and judge "
              "them again (python -m crosscheck.eval.notes --rejudge, then set readable and reason)",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
