"""An excerpt of a sentence for a note: the clause some words stand in, in
the article's own words, cut where the sentence goes on. Split from
:mod:`.wording`, which builds the other parts of a note."""

from __future__ import annotations

import re

from ..claims.nlp import parse
from .excerpt_heads import noun_it_modifies
from .excerpt_sayings import (_SUBJECTS, AUXILIARY_REACH, _on_to_what_it_says,
                              subject_of_the_clause_it_hangs_on)
from .excerpt_tokens import (_AUXILIARIES, _ends_clause, _in_name, _place_goes_on, _quoted_word,
                             _split_decimal, _with_what_inverts_it, after_the_dateline)
from .quote_marks import with_its_opening_mark
from .wording import _DETERMINER_WORDS, _FUNCTION_WORDS, _RELATIVES, _TOKEN, rejoin_possessives


def excerpt(sentence: str, start: int, end: int, before: int = 6, after: int = 6,
            whole_clause: bool = False) -> str:
    """The words of ``sentence`` around the characters ``start:end``: the
    clause they stand in, at most ``before`` words before and ``after`` words
    after, an ellipsis where the sentence goes on. The note quotes it, so it
    is the article's English, not a rebuilt phrase; a bracket it would cut
    open is left out. With ``whole_clause`` (an excerpt that stands alone,
    a figure's words) the excerpt also reaches the verb of the clause the
    words stand in and that verb's subject (:func:`_complete_clause`)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    if not tokens:
        return ""
    inside = [i for i, (s, e, _) in enumerate(tokens) if e > start and s < max(end, start + 1)]
    lo, hi = (inside[0], inside[-1]) if inside else (0, 0)
    first, last = lo, hi
    while first > 0 and lo - first < before \
            and not (tokens[first][2].startswith(("(", "“")) and lo - first >= 2) \
            and not _ends_clause(tokens[first - 1][2]):
        first -= 1
    acted = ""
    if 0 < first and before and lo - first < 3 and tokens[first - 1][2].endswith(",") \
            and re.fullmatch(r"[a-z]+ing", tokens[first][2]):
        # "…border in June, marking a 21-year high": a participle's clause
        # says of what the main clause did: who did it, then the clause.
        acted = _who_acted(sentence, tokens[first][0])
    if not acted and 0 < first and before and lo - first < 3 \
            and tokens[first - 1][2].endswith(",") \
            and not any(re.search(r"[A-Z]", t) for _, _, t in tokens[first:lo]):
        # "…usually around six weeks": a clause this short, naming no one,
        # says too little (of what?): the clause before it too.
        first -= 1
        while first > 0 and lo - first < before and not _ends_clause(tokens[first - 1][2]):
            first -= 1
    while first > 0 and lo - first < before + 3 and _in_name(tokens[first - 1][2], tokens[first][2]):
        first -= 1  # not "…Aden on Saturday" for "the Gulf of Aden", nor "Kahn" for "Strauss - Kahn"
    if first > 0 and before and tokens[first][2].lower() in _AUXILIARIES:
        # "…been circulating Twitter" starts inside a verb: from its subject
        # ("…a petition has been circulating Twitter"), a few words back.
        reach = first - 4
        while first > max(0, reach) and tokens[first][2].lower() in _AUXILIARIES \
                and not _ends_clause(tokens[first - 1][2]):
            first -= 1
        if first > 0 and tokens[first - 1][2].lower() in _DETERMINER_WORDS:
            first -= 1
    if first > 0 and tokens[first][2].lower() in _RELATIVES:
        # "…which were made public Tuesday" names nothing: the clause it hangs on too
        reach = first - before
        while first > max(0, reach) and not re.search(r"[.!?;:]$", tokens[first - 1][2]):
            first -= 1
    in_place = False  # within "Rochester, New York," its closing comma ends nothing
    while last < len(tokens) - 1 and last - hi < after \
            and (not (re.search(r"[,;:)”\"]$|[!?]$", tokens[last][2])
                      or (tokens[last][2].endswith(".") and _ends_clause(tokens[last][2])))
                 or _quoted_word(tokens[last][2], tokens[last + 1][2])
                 or _split_decimal(tokens[last][2], tokens[last + 1][2])
                 or _place_goes_on(tokens[last][2], tokens[last + 1][2])
                 or (in_place and re.fullmatch(r"[A-Z][\w.'’-]*,", tokens[last][2]))) \
            and tokens[last + 1][2] not in ("and", "but", "or"):  # "…three months and a sign…"
        in_place = in_place or _place_goes_on(tokens[last][2], tokens[last + 1][2])
        last += 1
    while last < len(tokens) - 1 and last - hi < after + 3 and _in_name(tokens[last][2],
                                                                      tokens[last + 1][2]):
        last += 1  # not "…after state Attorney General" for "Attorney General Letitia James"
    while last > hi and tokens[last][2].lower().strip(",;:") in _FUNCTION_WORDS:
        last -= 1  # "…questions Tuesday about the…": not on a word that leads on
    if last > hi and last < len(tokens) - 1 and _a_number(tokens, last):
        # "…are controlled by 100…" says not what the 100 are: on to the
        # end of the clause, a few words at most, or else to the noun the
        # number counts ("…pledge the distribution of 1 billion…" of "1
        # billion vaccines to 100 developing nations during…").
        stop = last
        while stop < len(tokens) - 1 and stop - last < 5 and not _ends_clause(tokens[stop][2]):
            stop += 1
        if _ends_clause(tokens[stop][2]) or stop == len(tokens) - 1:
            last = stop
        else:
            last = _counted_noun(sentence, tokens, last)
    elif last > hi and last < len(tokens) - 1 and (
            tokens[last][2].lower() in _AUXILIARIES
            or (tokens[last][2].lower() == "not" and tokens[last - 1][2].lower() in _AUXILIARIES)):
        # "…the U.S. military mission in Afghanistan is…" stops on the verb
        # that would say what the mission is ("…Americans who have not…",
        # what they have not done): on to the end of its clause, as far as a
        # news clause's complement runs ("is on track to end on Aug. 31,":
        # seven words); else the auxiliary is left out.
        stop = last
        while stop < len(tokens) - 1 and stop - last < AUXILIARY_REACH \
                and not _ends_clause(tokens[stop][2]):
            stop += 1
        if _ends_clause(tokens[stop][2]) or stop == len(tokens) - 1:
            last = stop
        else:
            while last > hi and tokens[last][2].lower() in _AUXILIARIES | _FUNCTION_WORDS | {"not"}:
                last -= 1
    if whole_clause and before:
        first, last, acted = _complete_clause(sentence, tokens, first, last, lo, acted)
        if not acted:
            from .excerpt_arguments import from_the_opening_verbs_subject  # it imports this module
            first = from_the_opening_verbs_subject(sentence, tokens, first, CLAUSE_REACH)
    if whole_clause and hi < last < len(tokens) - 1:
        last = _on_to_what_it_says(sentence, tokens, last)
    first = _with_what_inverts_it(tokens, first)
    opening = after_the_dateline(sentence, tokens)  # "(CNN)": page furniture, left out
    opening = opening if opening <= last else 0
    first = max(first, opening)
    if hi <= last < len(tokens) - 1:
        # not "…encircled a police…" for "a police station", nor "…to his
        # second…" for "his second wife"
        last = noun_it_modifies(sentence, tokens, last)
    if last == len(tokens) - 2 and hi <= last and not _ends_clause(tokens[last][2]):
        last += 1  # "…along party…" for "along party lines.": the sentence's last word too
    last = _close_quotes(tokens, first, last, hi)
    words = [t for _, _, t in tokens[first:last + 1]]
    text = " ".join(words)
    # A bracket the excerpt cuts open is left out; what it holds is kept.
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    text = text.strip(" ,;:“”\"'‘’-—…").rstrip(".")
    text = with_its_opening_mark(rejoin_possessives(text), sentence, tokens[first][0])
    if words[0].startswith("‘") and "‘" not in text and re.search(r"\w’(?=[\s,.;:!?]|$)", text):
        text = "‘" + text  # a title in single marks ("‘Catching Fire’ has…") keeps its opening one
    if text.count("“") > text.count("”") and " ".join(words).rstrip(" ,;:.…").endswith("”"):
        text += "”"  # the quotation's own end, stripped with the clause's marks above
    if text.count("“") != text.count("”"):
        # A quotation the excerpt cuts open or shut: its marks are left out.
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2 and " ".join(words).rstrip(" ,;:.…").endswith('"'):
        text += '"'
    if text.count('"') % 2:
        # The same for straight marks, which do not say which way they face.
        text = text.replace('"', "")
    # A mark the source spaced off its word ("“ Twilight,”"), left out above,
    # leaves two spaces ("like  Twilight": notes gold, heldout9); kept, it
    # joins its word again (a curly mark says which way it faces).
    text = re.sub(r"“\s+", "“", re.sub(r"\s+”", "”", re.sub(r"\s{2,}", " ", text))).strip()
    # A sentence that opens on a small letter was cut before it reached us.
    lead = "…" if first > opening or not re.match(r"[\W_]*[A-Z]", words[0]) else ""
    tail = "…" if last < len(tokens) - 1 or re.search(r"[,;:]$|\.\.\.$|…$", words[-1]) else ""
    if acted and sentence.startswith(acted) and re.fullmatch(r"[\s,]*", sentence[len(acted):
                                                                            tokens[first][0]]):
        return excerpt(sentence, 0, end, before=0, after=after)  # the two meet: one excerpt
    if acted:
        lead = f"{acted} … "
    return f"{lead}{text}{tail}"


#: How many words an excerpt may grow by to reach the verb of its clause or
#: that verb's subject. A news sentence's subject with its modifiers runs to
#: about ten words ("The number of Americans filing new claims for
#: unemployment benefits fell"); "The release of thousands of emails to and
#: from U.S. infectious disease chief Dr. Anthony Fauci has fueled" needs
#: eleven (notes gold, heldout6). Further than this, who acted is said
#: before an ellipsis instead, or the excerpt is left as it was.
CLAUSE_REACH = 12
#: How many words a subject's own noun phrase may hold before its head (its
#: determiner and modifiers: "The Republican governor") to be said alone
#: before an ellipsis when its aside is too long to quote.
SUBJECT_HEAD_REACH = 4


def _complete_clause(sentence: str, tokens: list[tuple[int, int, str]], first: int, last: int,
                     lo: int, acted: str) -> tuple[int, int, str]:
    """``first`` and ``last`` moved so that the excerpt holds the verb of the
    clause its focus word (``tokens[lo]``) stands in and that verb's subject:
    "Millions of retirees on Social Security…" stopped before what the
    retirees get ("…will get a 5.9% boost…"); "…airport has left dozens of
    passengers stranded" started after who left them ("A dayslong standoff
    over charter planes at another airport…"). A subject too far back is
    said before an ellipsis ("President Biden on Wednesday will present …
    create millions more jobs"). An excerpt that already holds its verb and
    subject, or whose focus hangs on no verb, is left as it is."""
    if first == 0 and last == len(tokens) - 1:
        return first, last, acted  # the whole sentence: nothing to complete, nothing to parse
    doc = parse(sentence)
    focus = next((t for t in doc if tokens[lo][0] <= t.idx < tokens[lo][1]), None)
    if focus is None:
        return first, last, acted

    def word_at(char: int) -> int:
        return next(i for i, (s, e, _) in enumerate(tokens) if s <= char < e or char < s)

    def modifies_a_noun(t) -> bool:
        # "passengers stranded", "a 23-page document highlighting": a participle
        # said of a noun is no verb of the clause
        return t.tag_ in ("VBG", "VBN") and t.dep_ in ("amod", "acl")

    # A participle heading a preposition's phrase ("…, including a 10 percent
    # increase in April alone") is no verb of the clause either, nor a gerund
    # a preposition holds ("barred from entering the bloc"): the clause's is
    # the verb they hang on ("Used car and truck prices … surged", notes
    # gold, heldout12, "…surged 21 percent…" without what surged; "…who have
    # been mostly barred from entering…", heldout11, without who).
    verb = focus
    while (verb.pos_ not in ("VERB", "AUX") or modifies_a_noun(verb)
           or verb.dep_ in ("prep", "pcomp")) and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or modifies_a_noun(verb):
        return first, last, acted  # a sentence without a verb
    span_end = tokens[last][1]
    if verb.idx >= span_end:
        reach = word_at(verb.idx)
        if reach - last > CLAUSE_REACH:
            return first, last, acted
        # with what it does or is, when that follows within a few words: the
        # head of its object ("will get a 5.9% boost…"), a short complement
        # whole ("are behind on rent", not "…rental properties are…")
        done = next((c for c in verb.children if c.dep_ in _COMPLEMENTS and c.idx > verb.idx),
                    None)
        if done is not None and done.right_edge.i - done.i <= 3:
            done = done.right_edge
        last = max(last, word_at(done.idx) if done is not None and
                   word_at(done.idx) - reach <= 5 else reach)
    elif verb.idx < tokens[first][0] and first - word_at(verb.idx) <= CLAUSE_REACH:
        # back to the verb the focus hangs on ("…during May and June among
        # hundreds of Kentucky residents…" left out that a study examined
        # them: notes gold, heldout13)
        first = word_at(verb.idx)
    # the verb that has the subject: a conjoined or complement verb shares its head's
    holder = verb
    while not any(c.dep_ in _SUBJECTS for c in holder.children) \
            and holder.dep_ in ("conj", "xcomp", "advcl") and holder.head.pos_ in ("VERB", "AUX"):
        holder = holder.head
    subject = next((c for c in holder.children if c.dep_ in _SUBJECTS), None)
    if subject is None and _finite_under_a_noun(holder):
        subject = holder.head  # "the sirens blared": the noun is what did it
    if subject is not None and _bare_infinitive(holder) \
            and min(subject.left_edge.idx, tokens[first][0]) > holder.head.left_edge.idx \
            and first - word_at(holder.head.left_edge.idx) <= CLAUSE_REACH:
        # "…Obama bring the desired energy…" of "Tuesday night saw Obama
        # bring…" (notes gold, heldout17): a bare infinitive with its own
        # subject completes the verb before it ("saw", "made", "let"), which
        # the excerpt says with its own words
        return word_at(holder.head.left_edge.idx), last, acted
    if subject is not None and subject.lower_ in _RELATIVES and holder.dep_ == "relcl":
        # "…that compromised tens of thousands of firms": "that" names nothing;
        # the noun the clause is said of does ("a hack that compromised…")
        subject = holder.head
    if subject is not None and subject.left_edge.idx >= tokens[first][0]:
        outer = subject_of_the_clause_it_hangs_on(holder, tokens[first][0])
        if outer is not None and first - word_at(outer.left_edge.idx) <= CLAUSE_REACH:
            return word_at(outer.left_edge.idx), last, acted
    if subject is None or subject.left_edge.idx >= tokens[first][0]:
        return first, last, acted or _who_expects(doc, holder, tokens[first][0])
    back = word_at(subject.left_edge.idx)
    if first - back <= CLAUSE_REACH:
        return back, last, _who_expects(doc, holder, tokens[back][0])
    if subject.pos_ != "PRON" and not acted and holder.idx < tokens[first][0] \
            and holder.i - subject.left_edge.i <= 8:
        acted = doc[subject.left_edge.i:_what_it_needs(holder, tokens[first][0]) + 1].text
    elif subject.pos_ != "PRON" and not acted \
            and (holder.idx >= tokens[first][0] or _joined_in_the_excerpt(verb, holder, tokens[first][0])) \
            and subject.i - subject.left_edge.i < SUBJECT_HEAD_REACH \
            and not (len(subject.text) > 4 and subject.text.isupper()) \
            and not re.search(r"[:;]", doc[subject.i:holder.i].text):
        # A subject whose own words are few but whose aside runs long ("The
        # budget — which would set … — calls for", "The study, published as
        # part of …, examined": notes gold, heldout13) is said by those words
        # before an ellipsis, the excerpt from its verb: "The budget … calls
        # for…". Not a heading's word ("ORIGINALLY PUBLISHED …:").
        # A verb joined by "and" to the one that has the subject, and the
        # excerpt from it: "Dwight Hammond, Jr. … received sentences of 3
        # months…" (notes gold, heldout16: "…an anti-terrorism statute and
        # received sentences of 3 months…" cut who received them).
        acted = doc[subject.left_edge.i:subject.i + 1].text
        said = holder if holder.idx >= tokens[first][0] else verb
        # from the verb's auxiliaries, which say whether it happened: "The
        # results … could be catastrophic", not "… be catastrophic" (notes
        # gold, heldout21)
        first = word_at(min([said.idx] + [c.idx for c in said.children
                                           if c.dep_ in _BEFORE_ITS_VERB and subject.i < c.i < said.i]))
    return first, last, acted


# The words of a verb's own that stand before it: its auxiliaries and a "not".
_BEFORE_ITS_VERB = frozenset({"aux", "auxpass", "neg"})


def _finite_under_a_noun(verb) -> bool:
    """``verb`` is a finite verb with no subject that the parse hung on the
    noun right before it as its modifier ("when the sirens blared in Kiryat
    Malachi", notes gold heldout17, parsed with "blared" an ``acl`` of
    "sirens"): a verb in the past or present tense modifies no noun without a
    relative word, so that noun is its subject. A participle ("passengers
    stranded") is left as the parse reads it."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and verb.head.i == verb.i - 1 and verb.head.pos_ in ("NOUN", "PROPN")


def _bare_infinitive(verb) -> bool:
    """``verb`` is an infinitive without "to", with a subject of its own, that
    completes a verb before it: "saw Obama bring", "made them wait"."""
    return verb.tag_ == "VB" and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" \
        and verb.head.i < verb.i and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _joined_in_the_excerpt(verb, holder, start: int) -> bool:
    """``verb``, in the excerpt (from character ``start``), is joined by a
    conjunction to ``holder``, the verb before the excerpt that has their
    subject ("were convicted … and received"): the excerpt from ``verb``
    says what that subject did, once the subject is said."""
    return verb.idx >= start > holder.idx and verb.dep_ == "conj" and verb.head == holder \
        and any(c.dep_ == "cc" and holder.i < c.i < verb.i for c in holder.children)


#: How many words the object of a verb said before an ellipsis may hold up to
#: its head ("her second budget", "police shootings"): more is a phrase of
#: its own, and the verb is said without it.
OBJECT_HEAD_REACH = 4


def _what_it_needs(verb, before: int) -> int:
    """The index of the last word of what ``verb`` needs said with it before
    an ellipsis, when the excerpt resumes at character ``before``: its
    particle and the head of its object ("a Tulsa police major played down
    police shootings … we’re shooting…" for "…played … we’re shooting…",
    "The new rules modify Title IX … other things detailed…" for "The new
    rules modify … other things…": notes gold, heldout14), else the verb
    itself. An object that reaches the excerpt is the excerpt's."""
    end = verb.i
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i <= end or child.idx >= before:
            continue
        if child.dep_ == "prt" and child.i == end + 1:
            end = child.i
        elif child.dep_ == "dobj" and child.i - child.left_edge.i < OBJECT_HEAD_REACH \
                and child.left_edge.i == end + 1 and child.pos_ in ("NOUN", "PROPN", "PRON"):
            # (not a number the parser took for the head: "his third $1" of
            # "his third $1 trillion+ package")
            end = child.i
            break
    return end


# Verbs of a forecast: what they report has not happened.
_FORECAST_VERBS = frozenset("expect forecast predict project anticipate estimate".split())


def _who_expects(doc, clause, start: int) -> str:
    """Who forecast what the excerpt's ``clause`` says, when the clause is
    what a verb of forecasting before the excerpt (at character ``start``)
    reports, in at most eight words ("Economists surveyed by Refinitiv were
    expecting … the unemployment rate to slip to 5.1%": without them it
    read as if the rate had slipped, notes gold, heldout10); empty
    otherwise."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_ not in _FORECAST_VERBS or verb.idx >= start:
        return ""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or verb.i - subject.left_edge.i > 8:
        return ""
    return doc[subject.left_edge.i:verb.i + 1].text


# Words of a number's size, written after its digits ("1 billion").
_SCALES = frozenset("hundred thousand million billion trillion".split())


def _a_number(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """``tokens[i]`` is a number or the word of its size after it ("100",
    "$2.5", "1 billion")."""
    number = re.compile(r"[$€£]?\d[\d,.]*%?")
    word = tokens[i][2]
    return bool(number.fullmatch(word)) or (
        word.lower() in _SCALES and i > 0 and bool(number.fullmatch(tokens[i - 1][2])))


def _counted_noun(sentence: str, tokens: list[tuple[int, int, str]], i: int) -> int:
    """The word index of the noun the number at ``tokens[i]`` counts, when the
    parse gives one within three words after it ("100 different suppliers",
    "1 billion vaccines"); ``i`` otherwise."""
    doc = parse(sentence)
    number = next((t for t in doc if tokens[i][0] <= t.idx < tokens[i][1]), None)
    head = number
    while head is not None and head.dep_ in ("nummod", "compound", "quantmod") \
            and head.head.i > head.i:
        head = head.head
    if number is None or head is number or head.pos_ not in ("NOUN", "PROPN") \
            or head.i - number.i > 3:
        return i
    return next((n for n, (s, e, _) in enumerate(tokens) if s <= head.idx < e), i)


_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "xcomp", "oprd", "prep", "advmod", "dative"})


def _who_acted(sentence: str, before: int) -> str:
    """The main clause's subject and verb, when both come before the
    character ``before`` and the subject opens the sentence ("U.S. border
    agents stopped"): who did what a participle's clause after them says
    of; empty otherwise (the parse gives no such subject)."""
    doc = parse(sentence)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if root is not None else None
    if subject is None or subject.pos_ == "PRON" or subject.left_edge.i != 0 \
            or root.idx + len(root.text) >= before or len(doc[:root.i + 1]) > 8:
        return ""
    # with what it did it to, when that is said in a few words ("stopped
    # more than 188,000 immigrants", "took the late Ruth Bader Ginsburg’s seat")
    done_to = next((c for c in root.children if c.dep_ == "dobj"), None)
    end = done_to if done_to is not None and done_to.idx < before and done_to.i < 12 else root
    return doc[:end.i + 1].text


def _close_quotes(tokens: list[tuple[int, int, str]], first: int, last: int, hi: int) -> int:
    """Where the excerpt ends when it holds the end of a quotation opened
    before it or at its first word, and goes on past it ("…at the White House
    on Tuesday,” CNBC…"): at the quotation's end, what follows being who said
    it, cut short. Not before ``hi``, the words the excerpt is about."""
    depth = 0
    for i in range(first, last + 1):
        token = tokens[i][2]
        depth += token.count("“") - token.count("”")
        if depth < 0 or (depth == 0 and i > first and "”" in token
                         and tokens[first][2].startswith("“")):
            return i if hi <= i < last else last
    return last
