"""Which figure mentions in different articles count the same thing: the pair
features the model of :mod:`.align` weighs, the strict rules of
corroborate.v1 kept beside it (a conflict needs them), and the grouping of
mentions into facts. :func:`.figures.figure_findings` turns the facts into
findings. A figure's month, its rounding and forecasts are read in
:mod:`.figure_months`.
"""

from __future__ import annotations

from functools import cached_property
from typing import Sequence

import numpy as np

from ..claims.figure_labels import SPELLED as _SPELLED
from ..claims.figure_units import BASES, converted, one_amount, same_amount, value_as_written
from ..claims.numbers import DURATION_UNITS, significant_digits
from ..models import Claim
from .common import Context, words
from .figure_months import ROUNDED_COSINE, forecasts_alike, is_rounding, own_month, rounded_alike
from .figure_bounds import ROUNDED_UNITS, bound_holding, bound_of_the_bare_number, in_common_unit, intervals_meet
from .figure_joins import MARKS, MONEY_UNITS, bound_alike, distinct_value_alike, range_alike
from .figure_subjects import (_HEADS, _RATE, _STATES, FATES, KINDRED_FATES, counted_head, figure_states,
                              subject_key)

#: The features of a pair of figure mentions, in the order the shipped model
#: (``data/align-figure.v2.json``) was trained on. See :mod:`.align`. A
#: model weighs those its file names (its "features"), picked by name.
#: v2 adds ``value_share_if_same``: the share of the story's mentions of one
#: quantity class that give the pair's value. A value the story gives for
#: many things ("two regulators", "two vaccines", "two Saudis") says less
#: than one it gives once.
FIGURE_FEATURES = (
    "same_value", "overlap", "log_ratio", "digits_if_same", "subject_cos", "subject_jaccard",
    "same_head", "same_key", "vague_subject", "sentence_cos", "window_jaccard", "names_jaccard",
    "numbers_jaccard", "state_same", "state_differ", "period_same", "period_differ",
    "rate_differ", "is_count", "is_percent", "is_money", "is_duration", "subject_cos_if_same",
    "small_same", "value_share_if_same",
)
#: ``digits_if_same`` counts at most this many significant digits, as the
#: models were always trained: past four, more digits shared say no more.
SHARED_DIGITS_CAP = 4
#: ... and a value of a million or more counts four, as the shipped model
#: (v2) was trained: the digits were then read from the exponent form
#: ("3.2e+09", "1e+09"), which gave every such value four or more. Retrained
#: with the digits read whole (claims/numbers.significant_digits), with or
#: without the value's order as a feature of its own, the model linked fewer
#: figure facts on both tuning parts (dev 0.824 -> 0.800, dev2 0.907 -> 0.884
#: with the order; "more than 1 billion doses" and "500 million" twice left
#: apart) and lost two of the findings gold's four conflicts (six against
#: seven hours waited, two against three months of a debt-limit extension),
#: so v2 stays, and with it what it learnt: a shared large value is telling.
#: Retrained since, with the digits read whole and more features, it linked
#: fewer held-out or dev figure facts each time: none shipped (the
#: measures are in docs/corroborator-versions.md, "The figure model retrained").
LARGE_VALUE = 1e6


def shared_digits(value: float) -> int:
    """The ``digits_if_same`` of a value two mentions share (see :data:`LARGE_VALUE`)."""
    if abs(value) >= LARGE_VALUE:
        return SHARED_DIGITS_CAP
    return min(significant_digits(value), SHARED_DIGITS_CAP)


def _head_as_trained(claim: Claim) -> str | None:
    """The head noun of the ``same_head`` feature as the shipped model (v2)
    was trained: the subject's last word but its states. The model weighs a
    shared head against a link (-0.75, beside the shared key's +0.59: one
    head with another key is a look-alike), so the counted noun
    (:func:`.figure_subjects.counted_head`, "boats" of "boats intercepted") given
    it in place lowered true pairs (dev3: "recovered the remains of 24
    people" and "24 confirmed deaths", 0.76 -> 0.36). The rules read the
    counted noun."""
    rest = [t for t in words(claim.figure.subject) if t not in _STATES]
    return _HEADS.get(rest[-1], rest[-1]) if rest else None


class FigureVectors:
    """The vectors of a story's figure mentions, each text embedded once and
    only when first asked: the subjects and the sentences (stored with the
    article, :mod:`crosscheck.sentence_vectors`), which the pair model
    compares, and the subjects as their labels show them, which the join of
    an article's restatements compares (:mod:`.figure_restatements`): a label
    that is some mention's subject ("immigrants") has that subject's vector,
    and the few others are embedded when the join asks for them. A story
    whose figures have nothing to compare embeds nothing."""

    def __init__(self, figures: Sequence[Claim]):
        self._figures = figures
        self._row = {c.id: i for i, c in enumerate(figures)}
        self._subject_row = {c.figure.subject: i for i, c in enumerate(figures)}
        self._other_labels: dict[str, np.ndarray] = {}

    @cached_property
    def subjects(self) -> np.ndarray:
        from ..embed import embed  # loaded only when there is something to compare

        return embed([c.figure.subject for c in self._figures])

    @cached_property
    def sentences(self) -> np.ndarray:
        from ..embed import embed

        return embed([c.sentence for c in self._figures])

    def label_cos(self, a: Claim, b: Claim) -> float:
        """The cosine of two of the figures' subjects as their labels show them."""
        return float(self._label_vector(a) @ self._label_vector(b))

    def _label_vector(self, claim: Claim) -> np.ndarray:
        from ..embed import embed

        text = claim.figure.label or claim.figure.subject
        row = self._subject_row.get(text)
        if row is not None:
            return self.subjects[row]
        if text not in self._other_labels:
            self._other_labels[text] = embed([text])[0]
        return self._other_labels[text]


def figure_pairs(ctx: Context, figures: Sequence[Claim], vectors: FigureVectors | None = None
                 ) -> list[tuple[int, int, list[float]]]:
    """(i, j, features) for every candidate pair: figures of one quantity class
    (the same unit, or both counts) in two different articles. ``vectors``
    are the figures' own (made here when not given)."""
    from .align import jaccard, log_ratio, names, numbers, periods, window_words

    common = [in_common_unit(c.figure) for c in figures]  # 75 basis points = 0.75 point
    candidates = [(i, j) for i in range(len(figures)) for j in range(i + 1, len(figures))
                  if figures[i].article != figures[j].article and common[i].unit == common[j].unit]
    if not candidates:
        return []
    vectors = vectors or FigureVectors(figures)
    subjects, sentences = vectors.subjects, vectors.sentences
    keys = [subject_key(c) for c in figures]
    heads = [_head_as_trained(c) for c in figures]
    subject_words = [frozenset(words(c.figure.subject)) - set(_STATES) for c in figures]
    states = [figure_states(c) for c in figures]
    windows = [window_words(c.sentence, c.figure.value) for c in figures]
    named = [names(c.sentence) for c in figures]
    others = [numbers(c.sentence, c.figure.value) for c in figures]
    times = [periods(c.sentence) for c in figures]
    rates = [bool(_RATE.search(c.figure.subject) or _RATE.search(c.sentence)) for c in figures]
    per_class: dict[tuple, int] = {}
    for f in common:
        per_class[(f.unit, f.value)] = per_class.get((f.unit, f.value), 0) + 1
    class_size: dict[str | None, int] = {}
    for f in common:
        class_size[f.unit] = class_size.get(f.unit, 0) + 1
    out = []
    for i, j in candidates:
        a, b = common[i], common[j]
        # A length in one unit and its conversion in another give one value
        # (figure_units.converted), however each outlet words its rounding:
        # "64 kilometres" and "about 40 miles" scored 0.11 as two values,
        # 0.81 as one. Their digits are read as written (10 of "10 feet",
        # not 3.048 metres), as the model was trained.
        conversion = converted(a, b)
        one = a.value == b.value or conversion
        same = one and (a.qualifier == b.qualifier or conversion)
        written = value_as_written(a)
        unit = a.unit or ""
        out.append((i, j, [
            float(same), float(intervals_meet(a, b)), log_ratio(a.value, b.value),
            float(shared_digits(written)) if one else 0.0,
            float(subjects[i] @ subjects[j]), jaccard(subject_words[i], subject_words[j]),
            float(heads[i] is not None and heads[i] == heads[j]),
            float(keys[i] is not None and keys[i] == keys[j]),
            float(keys[i] is None or keys[j] is None),
            float(sentences[i] @ sentences[j]), jaccard(windows[i], windows[j]),
            jaccard(named[i], named[j]), jaccard(others[i], others[j]),
            float(bool(states[i]) and states[i] == states[j]),
            float(bool(states[i]) and bool(states[j]) and not states[i] & states[j]),
            float(bool(times[i]) and times[i] == times[j]),
            float(bool(times[i]) and bool(times[j]) and not times[i] & times[j]),
            float(rates[i] != rates[j]),
            # A length or speed counts as the shipped model was trained, when
            # lengths carried no unit (claims/figure_units.py).
            float(not unit or unit in BASES), float(unit == "percent"), float(unit in MONEY_UNITS),
            float(unit in DURATION_UNITS),
            # Interactions a linear model cannot make itself: one value given
            # twice says little when the subjects differ ("two regulators",
            # "two vaccines"), and less for a small round number.
            float(subjects[i] @ subjects[j]) if one else 0.0,
            float(one and significant_digits(written) == 1 and abs(written) < 100),
            per_class[(a.unit, a.value)] / class_size[a.unit] if one else 0.0,
        ]))
    return out


def _one_value_per_article(members: list[Claim]) -> bool:
    """A fact holds one value from each article: an article giving two values
    for what looks like one thing is speaking of two things, unless one is
    the other rounded ("the index reached 8.54% in March" and, later, "the
    index rose from 8.5%": one figure, given twice), or given again rounded
    or bounded in another sentence (:func:`.figure_restatements._restated_form`:
    "more than $3 billion" in the lead, "the $3.2 billion investment" further
    on, which kept two facts of one investment apart on AllSides dev2)."""
    from .figure_restatements import _restated_form

    seen: dict[str, list[Claim]] = {}
    for c in members:
        for other in seen.setdefault(c.article, []):
            # (in the unit the pair was scored in: "the 35-day shutdown" and
            # "unpaid for five weeks" of one article are one span, dev5)
            if not same_amount(c.figure, other.figure) and not one_amount(c.figure, other.figure) \
                    and not same_amount(in_common_unit(c.figure), in_common_unit(other.figure)) \
                    and not is_rounding(c, other) and not bound_holding(c, other) \
                    and not _restated_form(c, other) and not _restated_form(other, c):
                return False
        seen[c.article].append(c)
    return True


# The strict rules of corroborate.v1, kept beside the model: they were checked
# on the findings gold with no false conflict, and a conflict needs them.
# Sentences that say the same thing in other words score 0.80–0.95 under
# all-MiniLM-L6-v2; 0.82 keeps "waited seven hours to vote" with "waited six
# hours", and apart "rescued some 30 hours after" from "nearly 48 hours
# underground". Related sentences (0.65–0.80) count only when
# the words leading to the number share a content word ("debt limit for two
# months" and "borrowing limit for only three months").
SENTENCE_COSINE = 0.82
#: Two groups of figure mentions join when half of the pairs between them are
#: linked and every pair was scored, as events do (event_links.EVENT_LINKED_SHARE),
#: and no pair between them is one a rule keeps apart (:func:`_kept_apart`,
#: align.KEPT_APART): a fact told by three or more outlets was kept apart
#: whenever one outlet's words fell below the bar against one other's ("the
#: remaining three skiffs intercepted" against "three boats intercepted",
#: 0.43, where it met "the remaining three boats" at 0.86). Measured on the
#: tuning parts: facts dev4 0.4382 -> 0.4438 (a chase's top speed, a fire's
#: volunteer firefighters), every other part, its look-alikes and the
#: findings gold unchanged. With the rules' pairs a share like any other
#: (no veto) dev4 and dev7 gained two facts more, but a month apart ("its
#: gains for July to 9.1%" / "a 40-year high of 9.1% in June") and two small
#: counts of unlike things ("two counts of murder" / "killing two women")
#: were linked: look-alikes the rules are there to keep apart.
FIGURE_LINKED_SHARE = 0.5
RELATED_COSINE = 0.65
LEAD_IN_WORDS = 10
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "dozen", "hundred", "thousand", "million", "billion", "only",
                 "about", "nearly", "almost", "some", "more", "than", "least", "over", "under",
                 "percent", "hour", "day", "week", "month", "year", "minute"}

def _lead_in(claim: Claim) -> frozenset[str]:
    """Content words in the few words before the figure's number."""
    tokens = words(claim.sentence.replace(",", ""))
    f = claim.figure
    spelled = {f"{f.value:g}"} | {w for w, n in _SPELLED.items() if n == f.value}
    at = next((i for i, t in enumerate(tokens) if t.rstrip("%") in spelled), None)
    if at is None:
        return frozenset()
    return frozenset(t for t in tokens[max(0, at - LEAD_IN_WORDS):at]
                     if len(t) >= 4 and t not in _NUMBER_WORDS and not t[0].isdigit())


def _strict(a: Claim, b: Claim, sentence_cos: float) -> bool:
    """The strict rules say ``a`` and ``b`` count the same thing: one subject
    key with a state, or, for subjects that are only a unit, sentences that
    say the same thing."""
    ka, kb = subject_key(a), subject_key(b)
    if ka is not None:
        return bool(ka[2]) and _same_thing(ka, kb)
    if kb is not None or in_common_unit(a.figure).unit != in_common_unit(b.figure).unit \
            or not a.figure.unit:
        return False
    return sentence_cos >= SENTENCE_COSINE or (
        sentence_cos >= RELATED_COSINE and bool(_lead_in(a) & _lead_in(b))) or same_span(a, b)


# Two durations whose subjects are only their unit ("nine days", "almost three
# weeks") measure one span when the words leading to them name where it
# starts in the same words: "Page suffered a heart attack nine days earlier"
# and "complications from a heart attack suffered almost three weeks ago"
# share three ("heart", "attack", "suffered") at a sentence cosine of 0.51,
# below any bar the vectors could be given. Names do not count (a story's
# person is named everywhere), and two words are too few: "prices at the pump
# have declined 16% over the past six weeks" and "Gas prices have declined 21
# days in a row" share two ("price", "declined") and may count different runs. On the
# dev part of the fact gold, 25 pairs of durations disagree and share a word
# before their number; only the heart attack's shares three.
SAME_SPAN_WORDS = 3


def same_span(a: Claim, b: Claim) -> bool:
    """``a`` and ``b`` are durations of one span, named alike (:data:`SAME_SPAN_WORDS`)."""
    fa, fb = in_common_unit(a.figure), in_common_unit(b.figure)
    if fa.unit != fb.unit or fa.unit not in DURATION_UNITS:
        return False
    from .align import names

    named = set(words(" ".join(names(a.sentence) | names(b.sentence))))
    return len((_lead_in(a) & _lead_in(b)) - named) >= SAME_SPAN_WORDS


def align_figures(ctx: Context, figures: Sequence[Claim]) -> tuple[list[list[Claim]], dict, set]:
    """Figures grouped into facts by the pair model and the strict rules; also
    the model's probability for each scored pair and the pairs the strict
    rules link, both by pair of claim ids."""
    from .align import KEPT_APART, cluster, load_model, probabilities
    from .figure_restatements import join_restatements

    model = load_model("figure")
    vectors = FigureVectors(figures)
    pairs = figure_pairs(ctx, figures, vectors)
    rows = np.asarray([f for _, _, f in pairs], dtype=float).reshape(len(pairs), len(FIGURE_FEATURES))
    # A model may weigh some of the features only (its "features", by name).
    p = probabilities(model, rows[:, [FIGURE_FEATURES.index(f) for f in model["features"]]])
    cos, subject_cos = FIGURE_FEATURES.index("sentence_cos"), FIGURE_FEATURES.index("subject_cos")
    strict = {frozenset((figures[i].id, figures[j].id)) for i, j, f in pairs
              if _strict(figures[i], figures[j], f[cos])}
    told = _values_told(figures)
    scored = [(i, j, max(float(q), model["threshold"])
               if frozenset((figures[i].id, figures[j].id)) in strict
               or rounded_alike(figures[i], figures[j], f[cos])
               or converted_alike(figures[i], figures[j], f[cos])
               or bound_alike(figures[i], figures[j], f[cos], f[subject_cos])
               or range_alike(figures[i], figures[j], f[cos], f[subject_cos])
               or forecasts_alike(figures[i], figures[j])
               or distinct_value_alike(figures[i], figures[j])
               else KEPT_APART if _kept_apart(figures[i], figures[j], f, told) else float(q))
              for (i, j, f), q in zip(pairs, p)]
    groups = cluster(figures, scored, model["threshold"], _one_value_per_article,
                     linked_share=FIGURE_LINKED_SHARE)
    by_ids = {frozenset((figures[i].id, figures[j].id)): float(q) for (i, j, _), q in zip(pairs, p)}
    facts = join_restatements([[figures[k] for k in g] for g in groups], vectors.label_cos)
    return facts, by_ids, strict


# A length or speed converted by one outlet ("58km", "36 miles") is one
# figure with the other's when the two give one amount (figure_units.one_amount,
# however each is worded: "64 kilometres" and "about 40 miles")
# in sentences as alike as a share and its rounding must be (ROUNDED_COSINE,
# the same reason): the model, which reads a difference of values as a
# difference of things, never saw the two as one value.
def converted_alike(a: Claim, b: Claim, sentence_cos: float) -> bool:
    """``a`` and ``b`` are one length or speed written in two units, in alike sentences."""
    fa, fb = a.figure, b.figure
    return (fa.unit in BASES and fa.unit == fb.unit and fa.written_unit != fb.written_unit
            and one_amount(fa, fb) and sentence_cos >= ROUNDED_COSINE)


# A small round number ("two", "three", "8") is given for many things in one
# story, so its being shared says little; the model still linked "two Food and
# Drug Administration regulators" with "the two mRNA vaccines" (subjects 0.03
# alike) and "two leaders" with "two bombing attacks" (0.38). Such a pair is
# kept apart when both subjects name a counted thing, by different nouns, and
# neither the subjects nor the sentences are alike. The bars sit below the
# true pairs of the dev gold told in other nouns ("the second book" and "the
# second installment", subjects 0.31 and sentences 0.44 alike, are linked by
# the sentences of the other articles), see tests.
UNLIKE_SUBJECT_COSINE = 0.5
UNLIKE_SENTENCE_COSINE = 0.6


def _kept_apart(a: Claim, b: Claim, features: Sequence[float],
                told: dict[tuple[str, str], frozenset] | None = None) -> bool:
    """What the model must not link however alike the pair looks: one small
    number of unlike things, figures said of two different months ("push
    its gains for July to 9.1%" and "a 40-year high of 9.1% in June": the
    model gave 0.72, the sentences' other words being unlike either way), or
    a mark and a count (:data:`MARKS`), or a rank among people and another
    rank (:data:`PERSON_HEADS`), or a rise and a fall of a share (:func:`_opposite_changes`),
    or two fates of people (:data:`FATES`: the dead and the injured)."""
    ma, mb = own_month(a), own_month(b)
    return (_unlike_small_counts(a, b, features, told or {}) or (ma is not None and mb is not None and ma != mb)
            or (counted_head(a) in MARKS) != (counted_head(b) in MARKS) or _rank_of_people_and_other(a, b)
            or _opposite_changes(a, b) or _bound_of_another_subject(a, b, features)
            or _two_fates(a, b, features))


# A bound of the very number another outlet writes bare ("more than three
# hours", "three hours") is compatible with it (figure_bounds.bound_of_the_bare_number)
# only as a rounding of one thing; said of another thing it is a look-alike:
# "an eight-year offer to Teixeira in excess of $160 million" (the Red Sox')
# and "the eight-year, $160 million offers by the Angels and the Nationals",
# which the model, reading sentences 0.83 alike, linked at 0.9 and over.
# While such a pair read as two values that cannot both be true, the fact
# they made set the bound apart as an outlier (figures._without_outliers);
# read as compatible, it needs the subject a bound needs to join a value
# (figure_restatements.like_subjects: one head noun, or subjects 0.6 alike,
# and no two states): the Red Sox' "excess" and the "year offer" are 0.21
# alike.
def _bound_of_another_subject(a: Claim, b: Claim, features: Sequence[float]) -> bool:
    from .figure_restatements import like_subjects

    fa, fb = in_common_unit(a.figure), in_common_unit(b.figure)
    if not (bound_of_the_bare_number(fa, fb) or bound_of_the_bare_number(fb, fa)) or intervals_meet(fa, fb):
        # (a share's rounding already meets its bound: "just over 53
        # percent" and "53 percent" were linked before, and stay so)
        return False
    return not like_subjects(a, b, features[FIGURE_FEATURES.index("subject_cos")])


# A share that rose and one that fell are two changes, whatever their size:
# the model, for which a difference of state weighs little (-0.10), linked
# "GDP printed -0.9%" (a fall, figure_bounds.signed_fall) with "GDP rose by 0.9
# percent" at 0.6 and over, one value of one subject. Only shares: the states of
# a count are read from words near it (figure_subjects._state_near), which may be
# another clause's.
_DIRECTIONS = (frozenset({"rose"}), frozenset({"fell"}))


def _opposite_changes(a: Claim, b: Claim) -> bool:
    if in_common_unit(a.figure).unit not in ROUNDED_UNITS or in_common_unit(b.figure).unit not in ROUNDED_UNITS:
        return False
    return {figure_states(a), figure_states(b)} == set(_DIRECTIONS)


# The dead and the injured of one attack are two counts, however alike the
# sentences: the model, for which a difference of state weighs little,
# linked "wounding 12 people" with "Twelve people were killed" once the
# gerund was read as a state (figure_subjects._STATES), one value in sentences
# alike. Two counts whose states are both what befell people, and none the
# same, are kept apart (figure_subjects.FATES).


def _two_fates(a: Claim, b: Claim, features: Sequence[float]) -> bool:
    # Counts only: an age or a duration takes the state of whatever its
    # sentence tells ("LaSalle, 36, was arrested", "the 36-year-old driver
    # killed…"), which says nothing of what is measured. Two fates apart are
    # two states apart, which the pair's features already say: the states
    # are read again only then (a state beside a fate is never a change,
    # figure_subjects.without_changes).
    if a.figure.unit is not None or b.figure.unit is not None \
            or not features[FIGURE_FEATURES.index("state_differ")]:
        return False
    fa, fb = figure_states(a) & FATES, figure_states(b) & FATES
    return bool(fa) and bool(fb) and not fa & fb and fa | fb not in KINDRED_FATES


# An ordinal of a person ("only the second woman to host the ceremony") ranks
# people; "for a second time" or "her second stint in the job" rank
# occasions, and the model linked them (0.82, 0.98) on the shared "second"
# alone. A rank among people is linked only with another rank among people.
PERSON_HEADS = frozenset({"person", "man", "woman", "child", "girl", "boy"})


def _rank_of_people_and_other(a: Claim, b: Claim) -> bool:
    if a.figure.unit != "ordinal" or b.figure.unit != "ordinal":
        return False
    return (counted_head(a) in PERSON_HEADS) != (counted_head(b) in PERSON_HEADS)


def _values_told(figures: Sequence[Claim]) -> dict[tuple[str, str], frozenset]:
    """(article, sentence) -> the (value, unit) of every figure read in it."""
    told: dict[tuple[str, str], set] = {}
    for c in figures:
        told.setdefault((c.article, c.sentence), set()).add((c.figure.value, c.figure.unit))
    return {k: frozenset(v) for k, v in told.items()}


# Two sentences that give, besides the pair's small number, another figure of
# one value and unit tell one set of facts in two wordings: "the six enrolled
# individuals were issued policies from five different insurance companies" /
# "six enrollments ... with five different issuers". There the nouns differ
# as two outlets' words do, not as two things do, so the small-count rule
# below does not keep such a pair apart (the model still has to link it).
# A sentence of three figures or more is most often a list ("seized seven
# AK-47s, a grenade launcher, three outboard motors ..." / "included seven
# AK-47 rifles, one grenade launcher and three other rifles"): two lists of
# one haul share a count or two whatever else they count, so a shared figure
# says nothing there of the pair's nouns (ECB+ dev3: the motors and the
# rifles were linked once the lists' sevens were both read).
TOLD_TOGETHER_MAX_FIGURES = 2


def _told_together(a: Claim, b: Claim, told: dict[tuple[str, str], frozenset]) -> bool:
    """``a``'s and ``b``'s sentences, neither a list (:data:`TOLD_TOGETHER_MAX_FIGURES`),
    share a figure besides the pair's own."""
    own = (a.figure.value, a.figure.unit)
    in_a, in_b = told.get((a.article, a.sentence), frozenset()), told.get((b.article, b.sentence), frozenset())
    if max(len(in_a), len(in_b)) > TOLD_TOGETHER_MAX_FIGURES:
        return False
    return bool((in_a & in_b) - {own, (b.figure.value, b.figure.unit)})


def _unlike_small_counts(a: Claim, b: Claim, features: Sequence[float],
                         told: dict[tuple[str, str], frozenset]) -> bool:
    at = FIGURE_FEATURES.index
    if not (features[at("small_same")] and features[at("is_count")]):
        return False
    ka, kb = subject_key(a), subject_key(b)
    return (ka is not None and kb is not None and ka[1] != kb[1]
            and features[at("subject_cos")] < UNLIKE_SUBJECT_COSINE
            and features[at("sentence_cos")] < UNLIKE_SENTENCE_COSINE
            and not _told_together(a, b, told))


def _same_thing(a: tuple, b: tuple | None) -> bool:
    """Two subject keys of one thing: the same unit, head, state and scope, and
    one's modifiers within the other's ("coal miners" and "miners")."""
    return b is not None and a[:4] == b[:4] and (a[4] <= b[4] or b[4] <= a[4])
