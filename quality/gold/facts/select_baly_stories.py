"""Candidate stories for the Baly parts of the fact gold (dev5 to dev8): groups
of Baly articles from two or more outlets about one event, found by dates,
topic and word overlap only (no crosscheck stage runs).

The articles are the day-sorted Baly list the notes gold uses
(:func:`crosscheck.eval.notes._baly_rows`): dev5 read slice ``[5000:6500)``,
dev6 ``[3000:4600)``, dev7 ``[1000:3000)``, dev8 reads ``[0:1000)`` (the
notes gold reads ``4600:5000``, ``6556:7106`` and ``0:1000``, rendered notes
only; each fact part keeps out of the others' slices). Two news articles are
linked when they are at most :data:`MAX_DAYS` apart and their titles and
opening paragraphs share enough rare words (idf-weighted cosine of the two
bags of words); a candidate is a connected group with two outlets or more (67
groups). The groups printed were
then read by hand and kept only when the articles report one event: 29 became
the stories of ``baly-dev5.json``. The same script on ``[3000:4600)`` gave
the candidates of ``baly-dev6.json``, on ``[1000:3000)`` the 86 candidates
of ``baly-dev7.json`` (31 stories kept), and on ``[0:1000)`` the 62
candidates of ``baly-dev8.json`` (31 stories kept), chosen the same way.

Run: ``PYTHONPATH=src python quality/gold/facts/select_baly_stories.py [START STOP]``
(``0 1000`` by default, dev8's slice; ``1000 3000``, ``3000 4600`` and
``5000 6500`` print dev7's, dev6's and dev5's candidates).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter

from crosscheck.eval import shared_data
from crosscheck.eval.notes import _baly_rows

#: dev8's slice of the day-sorted list (dev7's was 1000, 3000; dev6's 3000, 4600;
#: dev5's 5000, 6500).
START, STOP = 0, 1000
#: AllSides' single-event stories run over one to three days.
MAX_DAYS = 3
#: Read by eye on the printed pairs: below 0.30 the pairs mostly share a
#: subject (Kavanaugh, the impeachment) but not an event.
MIN_SIMILARITY = 0.30
#: Outlets whose articles are columns, not news reports.
OPINION = re.compile(r"Guest Writer|Editorial|Opinion|Victor Hanson|Townhall|National Review"
                     r"|Reason|Slate|Vox|Salon|The Atlantic|Daily Beast|FiveThirtyEight", re.I)
STOPWORDS = frozenset("""the a an and or of to in on for with by at from as is are was were be been
has have had it its this that these those his her their he she they we you not but says said over
after about into more than will would could can new up out who what how why when just""".split())


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'-]{2,}", text.lower()) if w not in STOPWORDS]


def _day(date: str) -> int:
    y, m, d = map(int, date.split("-"))
    return y * 372 + m * 31 + d  # ordering and small gaps are all that is needed


def candidates(rows: list[dict]) -> list[list[dict]]:
    news = [r for r in rows if not OPINION.search(r["outlet"])
            and not re.match(r"(opinion|op-ed|column)\b", r["title"] or "", re.I)]
    bags = [Counter(_words((r["title"] or "") + " " + (r["title"] or "") + " " + r["text"][:1500]))
            for r in news]
    df = Counter(w for b in bags for w in b)
    idf = {w: math.log(len(news) / n) for w, n in df.items()}
    vecs = []
    for b in bags:
        v = {w: c * idf[w] for w, c in b.items() if df[w] > 1}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    parent = list(range(len(news)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(news)):
        for j in range(i + 1, len(news)):
            if _day(news[j]["date"]) - _day(news[i]["date"]) > MAX_DAYS:
                break
            if news[i]["outlet"] == news[j]["outlet"]:
                continue
            a, b = vecs[i], vecs[j]
            if sum(x * b.get(w, 0.0) for w, x in a.items()) >= MIN_SIMILARITY:
                parent[find(i)] = find(j)
    groups: dict[int, list[dict]] = {}
    for i, r in enumerate(news):
        groups.setdefault(find(i), []).append(r)
    return [g for g in groups.values() if len({r["outlet"] for r in g}) >= 2]


def main() -> int:
    data = shared_data()
    if data is None:
        sys.exit("../shared/data is absent: the Baly articles cannot be read")
    start, stop = map(int, sys.argv[1:3]) if len(sys.argv) >= 3 else (START, STOP)
    rows = _baly_rows(data)[start:stop]
    for group in candidates(rows):
        print("+".join(sorted(r["id"] for r in group)))
        for r in group:
            print(f"  {r['id']} {r['date']} {r['outlet']:<28} {r['topic']:<18} {r['title'][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
