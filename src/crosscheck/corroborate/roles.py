"""Roles across articles: one person, titles that can or cannot both be true.

A "former" title beside the same title held now conflicts ("former Mines
Minister" vs "Mines Minister") between articles of the same days, and is
compatible with it otherwise (titles change); two offices of the same kind
conflict ("Mines Minister" vs "Energy Minister"), while a rank of one office
beside it is compatible ("co-producer", "producer"); spelling variants of one title agree
("U.S. President", "US President", "President"); titles of different kinds
("spokeswoman", "chief executive") are never set against each other: all of
one person's titles are one finding, compatible when no kind is given by
every article (issue 12), a membership title ("employee", "official") and a
party description ("the West Virginia Democrat") counted with the person's
one other title: the first is compatible with it, the second says nothing.
The words of titles as compared are :mod:`.role_titles`'s.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Sequence

from ..claims.epithets import PARTY_WORDS, party_headed
from ..claims.role_descriptions import is_description
from ..claims.titles import TITLE_WORDS
from ..models import Claim, Finding
from .common import Context, join_names, make_finding, says, sources_phrase
from .people import canonical, display_name, name_tokens, same_person
from .role_titles import (ABBREVIATIONS, ACTING, CALLINGS, KIND_REASONS, MEMBERSHIP, RANK_QUALIFIERS,
                          different_offices, is_office, same_office, shares_a_word, title_words,
                          unfolded_words)
from .role_times import before_name, is_former, past_context, quoted_name
from .title_articles import with_the_article_written
from .wording import (title_as_written, with_its_article, without_an_outlet,
                      without_brackets)


def _same_days(ctx: Context, a: Claim, b: Claim) -> bool:
    da, db = ctx.day(a.article), ctx.day(b.article)
    if not da or not db:
        return False
    from datetime import date

    try:
        return abs((date.fromisoformat(da[:10]) - date.fromisoformat(db[:10])).days) <= 1
    except ValueError:
        return False


def _capitalised(title: str) -> set[str]:
    """The capitalised words of a title, folded as title_words folds them:
    the places and bodies that say whose office it is ("Senate", "Haiti")."""
    return {ABBREVIATIONS.get(w.lower(), w.lower()) for w in re.findall(r"[A-Za-z][\w.'’-]*", title)
            if w[0].isupper() and w.lower() not in ("the", "of", "former")}


def _fits(described: Claim, named: Claim) -> bool:
    """A description ("the Senate minority leader", "The special envoy to
    Haiti") fits a title a named person holds: the same head word, held then
    or now alike, and every capitalised word of the description (the place
    or body of the office) among the title's words. "the Democratic governor
    of New York" does not fit "California Democratic Gov."."""
    a, b = title_words(described.role.title), title_words(named.role.title)
    caps = _capitalised(described.role.title)
    # The place or party written before the title counts as the title's
    # ("California Democratic Gov. Gavin Newsom", read as "Gov.").
    qualifiers = set(b[:-1]) | _capitalised(before_name(named) or "")
    return bool(a and b and caps) and a[-1] == b[-1] and is_former(named) == described.role.former \
        and all(shares_a_word({w}, qualifiers) for w in caps - {a[-1]})


def _holder(described: Claim, by_person: dict[tuple[str, ...], list[Claim]]) -> tuple[str, ...] | None:
    """The one person of the story holding a title the description fits, or
    None. An indefinite description ("an ex-Justice Department official")
    introduces someone: only a person its own article gives that title
    ("The official, Jeffrey Clark, ...") can be the one it introduces."""
    holders = [p for p, held in by_person.items() if any(_fits(described, c) for c in held)]
    if described.role.person.split(" ", 1)[0].lower() in ("a", "an"):
        head = title_words(described.role.title)[-1:]
        holders = [p for p in holders if any(
            c.article == described.article and title_words(c.role.title)[-1:] == head
            for c in by_person[p])]
    return holders[0] if len(holders) == 1 else None


def _referent(described: Claim, by_person: dict[tuple[str, ...], list[Claim]]
              ) -> tuple[str, ...] | None:
    """The person an epithet's article names as the one it describes
    (``Role.refers_to``, claims/epithets.py), unless the story gives its
    title to someone else: "the committee chairman" after a sentence about
    the witness is the chairman another mention names. A description whose
    capitalised words fit the title of the one it names and of no one else
    ("The Massachusetts senator" of "Massachusetts Sen. Elizabeth Warren and
    Minnesota Sen. Amy Klobuchar", dev7) names that one, whoever else holds a
    title of its head word."""
    named = name_tokens(described.role.refers_to)
    if not named:
        return None
    key = next((p for p in by_person if same_person(p, named)), named)
    if _holder(described, by_person) == key:
        return key
    head = title_words(described.role.title)[-1:]
    if not party_headed(described.role.title) and any(
            p != key and any(title_words(c.role.title)[-1:] == head for c in held)
            for p, held in by_person.items()):
        return None
    return key


def _bare_rank(claim: Claim) -> bool:
    """The title is a rank word alone ("His deputy, David Black"): the
    office it is a rank of is said elsewhere ("Deputy Commissioner")."""
    return title_words(claim.role.title) in {(w,) for w in RANK_QUALIFIERS}


def _joined(by_head: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A person's titles by head word, a party-headed description or a
    membership title (MEMBERSHIP) put with the person's one other title:
    "the West Virginia Democrat" is one more mention of Sen. Joe Manchin, not
    another office. A party description beside several titles goes with the
    one most mentions give (ties: the first head word). A rank word alone
    ("deputy") goes with the one head word whose titles carry it ("Deputy
    Social Security Commissioner")."""
    specific = [h for h in by_head if h not in MEMBERSHIP and h not in PARTY_WORDS and h not in CALLINGS]
    if not specific:
        return by_head
    out = {h: list(m) for h, m in by_head.items()}
    for rank in [h for h in specific if all(_bare_rank(c) for c in by_head[h])]:
        carriers = [h for h in specific if h != rank
                    and any(rank in title_words(c.role.title) for c in by_head[h])]
        if len(carriers) == 1:
            out[carriers[0]] += out.pop(rank)
            specific.remove(rank)
    main = min(specific, key=lambda h: (-len(out[h]), h))
    for h in list(out):
        if h in PARTY_WORDS or h in CALLINGS or h in MEMBERSHIP and len(specific) == 1:
            out[main] += out.pop(h)
    return out


def _one_office(claim: Claim) -> tuple[str, ...] | None:
    """The words of an office only one person holds at a time, as the claim
    gives it held now: capitalised and qualified ("Senate Majority Leader",
    "Guatemalan President"), not a bare "Sen." that a hundred people hold."""
    words = title_words(claim.role.title)
    if len(words) < 2 or claim.role.former or not is_office(claim.role.title) or past_context(claim):
        return None
    return words


def _same_holder(by_person: dict[tuple[str, ...], list[Claim]]) -> None:
    """Join, in place, two names of one surname whose given names do not fit
    each other but who hold one office now: "Senate Majority Leader Chuck
    Schumer" and "Senate Majority Leader Charles E. Schumer" (dev3, two
    stories; a given name and its hypocorism, "Bob" and "Robert", which no
    rule on letters reads). The office held now, qualified, has one holder."""
    # Each claim's office read once, not once per pair of names; a name's
    # offices follow its claims when it takes another's in.
    offices = {p: [w for c in claims if (w := _one_office(c))] for p, claims in by_person.items()}
    for a in sorted(by_person, key=lambda p: (-len(by_person[p]), p)):
        if a not in by_person:
            continue
        own = list(offices[a])  # as they are when its turn comes
        for b in [p for p in sorted(by_person) if p != a and p[-1] == a[-1]]:
            if any(same_office(w, v) for v in offices[b] for w in own):
                by_person[a] += by_person.pop(b)
                offices[a] += offices.pop(b)


def role_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    roles = [c for c in claims if c.role is not None and not is_description(c.role.person)]
    names = canonical([name_tokens(c.role.person, c.role.title) for c in roles])
    by_person: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in roles:
        key = names[name_tokens(c.role.person, c.role.title)]
        if key:
            by_person[key].append(c)
    _same_holder(by_person)
    # A person mentioned by title alone is the one whom the story names with
    # it (named mentions only: one description never vouches for another).
    described = [(c, _referent(c, by_person) if c.role.refers_to else _holder(c, by_person))
                 for c in claims if c.role is not None and is_description(c.role.person)]
    for c, holder in described:
        if holder is not None:
            by_person[holder].append(c)
    # Where an article gives the same office to someone else now ("House
    # Speaker Paul D. Ryan"), its bare title for another ("than Speaker John
    # A. Boehner's top-down approach", dev6) tells the past: one office, one
    # holder at a time in most offices, and where several hold it (senators)
    # the rule only spares a conflict (precision before recall).
    holders: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
    for person, members in by_person.items():
        for c in members:
            if not is_former(c) and is_office(c.role.title):
                holders[c.article].append((person, title_words(c.role.title)))
    succeeded = {c.id for person, members in by_person.items() for c in members
                 if any(other != person and same_office(words, title_words(c.role.title))
                        for other, words in holders[c.article])}
    findings = []
    for person in sorted(by_person):
        # One office kind per head word ("minister", "spokeswoman"), compared
        # within the kind; all of a person's kinds are one finding, since the
        # fact gold writes one role fact per person ("Steve Portnoy as WHCA
        # president / CBS reporter", "McKenzie as Marine general / commander
        # of US Central Command", dev): findings by kind left such facts in two.
        titled = [c for c in by_person[person] if title_words(c.role.title)]
        if titled:
            findings.append(_finding(ctx, titled, succeeded))
    return findings


def shown_title(claim: Claim, outlet: str = "") -> str:
    """The title as a note writes it after "is": "Sen." spelled out, no
    "When" or "for" run into it, no ``outlet`` (the article's) told or
    credited before it, an article before a bare occupation ("a
    publicist"), "former" when the text says so."""
    title = without_an_outlet(claim.role.title, claim.sentence, outlet)
    title = title_as_written(title, claim.sentence) or title
    # (title_as_written already says "former" of "then-President": not twice,
    # dev3 "Donald Trump is former former President")
    again = is_former(claim) and not title.lower().startswith("former ")
    return with_the_article_written(("former " if again else "") + title, claim.sentence)


def _written(ctx: Context, members: list[Claim]) -> str:
    """The way most of ``members`` write their title (ties: the first in
    sort order, so the same story always reads the same)."""
    shown = Counter(shown_title(c, ctx.outlet(c.article)) for c in members)
    return min(shown, key=lambda t: (-shown[t], t))


def _mention_order(claim: Claim) -> tuple:
    """Named mentions before descriptions, then where they stand: the order a
    role note lists outlets and picks among equally long names in."""
    return (is_description(claim.role.person), claim.article, tuple(claim.span), claim.id)


def _days(ctx: Context, titled: list[Claim]) -> tuple[str, str] | None:
    """The days of the articles calling the title former and of those giving it
    as held now, that decide whether the two are set against each other (issue
    12): ("2025-03-12", "2020-05-01"); None when an article has no date."""
    days = {}
    for former in (True, False):
        dated = {ctx.day(c.article) for c in titled if is_former(c) == former
                 and (former or not past_context(c))}
        if not dated or None in dated or "" in dated:
            return None
        days[former] = sorted(d[:10] for d in dated)
    return " and ".join(days[True]), " and ".join(days[False])


def _then_and_former(kind: list[Claim]) -> bool:
    """One article says the title was held at the time it tells ("then-President
    Donald Trump"), another that it is held no more ("former President"): both
    true, not the same statement (fact gold dev3: compatible)."""
    held = [c for c in kind if is_former(c) and not party_headed(c.role.title)]
    return len({past_context(c) for c in held}) > 1


def _kind_differs(kind: list[Claim]) -> tuple[bool, bool, bool, set[str]]:
    """What tells the titles of one kind apart: (changed, ranked, acting, heads).
    Both true, each of its own time: "former" beside the title held now in
    articles of different days (no conflict, see _finding, but not the same
    statement either); or another office of the same kind ("co-producer"
    beside "producer", "deputy director" beside "director").
    (A party description has no time of its own: "the Ohio Republican"
    beside "former Sen. X" says nothing of a title that changed.)"""
    titled = [c for c in kind if not party_headed(c.role.title)]
    # Held now only as an office written as one ("Chief of Staff"): narrative
    # of the past gives a lower-case description without "former" ("Trump's
    # chief of staff Mark Meadows" beside "his former chief-of-staff", fact
    # gold dev3: agree), as the conflict rule of _finding reads it.
    changed = any(is_former(a) for a in titled) and any(
        not is_former(b) and not past_context(b) and is_office(b.role.title) for b in titled)
    ranked = len({frozenset(title_words(c.role.title)) & RANK_QUALIFIERS for c in kind}) > 1
    # An acting (or interim) title beside the office itself: both true, each of
    # its time, since an acting holder is often then appointed to the office.
    acting = len({bool(ACTING.search(c.role.title)) for c in kind}) > 1
    # "publicist" beside "spokesman": one job said two ways, both true; so
    # is a post beside a membership title ("employee", MEMBERSHIP). A party
    # description says who the person is, nothing to compare.
    # An outlet giving a membership title beside the post itself ("a former
    # Facebook employee", "a former product manager at Facebook") says more,
    # not otherwise: only an outlet giving it alone makes the titles differ.
    posts = {c.article for c in kind
             if unfolded_words(c.role.title)[-1] not in MEMBERSHIP and not party_headed(c.role.title)}
    heads = {unfolded_words(c.role.title)[-1] for c in kind if not party_headed(c.role.title)
             and not (unfolded_words(c.role.title)[-1] in MEMBERSHIP and c.article in posts)
             and not _bare_rank(c) and unfolded_words(c.role.title)[-1] not in CALLINGS}
    return changed, ranked, acting, heads


def _moved_on(titled: list[Claim]) -> bool:
    """An article gives the title as former beside another kind held now ("a
    senior fellow at the Jain Family Institute and a former Federal Reserve
    economist"), another gives the first without "former" ("as an economist at
    the Fed"): the person moved from one post to the next, both true at
    different times (fact gold dev, compatible). Without the new post ("his
    former chief-of-staff" beside "Trump's chief of staff", dev3) one fact."""
    def head(c: Claim) -> str:
        return title_words(c.role.title)[-1]

    return any(is_former(a) and any(b.article == a.article and not is_former(b) and head(b) != head(a)
                                    and head(b) not in CALLINGS for b in titled)
               and any(c.article != a.article and not is_former(c) and head(c) == head(a) for c in titled)
               for a in titled)


def _joined_titles(title: str) -> bool:
    """Two titles joined by "and", a title word before the "and" ("president
    and chief executive", claims/titles.py joins_titles); not the "and" of a
    body's name ("Secretary of Health and Human Services")."""
    words = unfolded_words(title)
    return any(w == "and" and i > 0 and words[i - 1] in TITLE_WORDS
               for i, w in enumerate(words[:-1]))


def _says_more(group: list[Claim]) -> bool:
    """One outlet gives two titles joined ("its president and chief
    executive"), another one of them ("West Coast Bank Chief Executive"):
    both true, one says more (fact gold dev4: compatible)."""
    joined = {_joined_titles(c.role.title) for c in group if not party_headed(c.role.title)}
    return joined == {True, False}


def _kinds_split_outlets(kinds: list[list[Claim]]) -> bool:
    """No kind of title is given by most articles: outlets call the person
    different things ("CBS's Steven Portnoy", a journalist, in one; "the
    White House Correspondents' Association President" in another). An
    article giving another kind beside the one most give says more, not
    otherwise: four outlets' "The Golden Compass director Chris Weitz" and
    a fifth's "filmmaker Chris Weitz" agree on the director (fact gold, dev)."""
    given = [{c.article for c in kind if not party_headed(c.role.title)} for kind in kinds]
    articles = set().union(*given)
    return len([g for g in given if g]) > 1 and not any(2 * len(g) > len(articles) for g in given)


def _kinds(group: list[Claim]) -> list[list[Claim]]:
    """One person's titles by kind: by head word ("minister", "spokeswoman"),
    a membership or party title put with the one other (_joined)."""
    by_head: dict[str, list[Claim]] = defaultdict(list)
    for c in group:
        by_head[title_words(c.role.title)[-1]].append(c)
    joined = _joined(by_head)
    return [joined[head] for head in sorted(joined)]


def _finding(ctx: Context, group: list[Claim], succeeded: set[str] = frozenset()) -> Finding:
    # The words depend on the mentions, not on the order they come in: a
    # finding records its mentions by id, so a note rendered again from them
    # (the notes gold, a stored story) must give the pipeline's words.
    group = sorted(group, key=_mention_order)
    person = max((without_brackets(display_name(c.role.person, c.role.title))
                  if not is_description(c.role.person)
                  else display_name(c.role.refers_to or "", c.role.title) for c in group), key=len)
    # A body's name opens its clause of the note with its article ("the
    # Heritage Foundation is a think tank"); the topic names it bare.
    subject = with_its_article(person, " ".join(c.sentence for c in group))
    offices: list[tuple[tuple[str, ...], list[Claim]]] = []
    for c in group:
        words = title_words(c.role.title)
        for i, (office, members) in enumerate(offices):
            if same_office(office, words):
                offices[i] = (max(office, words, key=len), members + [c])
                break
        else:
            offices.append((words, [c]))
    # "former" against the same title held now, word for word: only when the
    # current-title sentences speak of the present ("under President X" and
    # "then-President" speak of the past, and agree with "former").
    exact: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in group:
        exact[title_words(c.role.title)].append(c)
    # Titles change: "former" and the title held now conflict only between
    # articles that speak of the same days (dated at most a day apart), since
    # an article of last year may rightly give the title a newer one calls
    # former. Only offices written as such ("former Mines Minister", "Mines
    # Minister"): a lower-case title is a description, which narrative in the
    # past gives without "former" ("emails from Trump's chief of staff Mark
    # Meadows" of 2021 beside "his former chief-of-staff", dev3: one fact).
    # The title held now must be the article's own word: not one it quotes
    # ("“If President Obama had crossed his stated Red Line…”", a tweet of
    # Trump's), nor one beside its own "former" (an article that calls a
    # person both tells the past, or quotes it; dev6: 2 of 3 false role
    # conflicts).
    former_conflict = any(
        _same_days(ctx, a, b) and is_office(a.role.title) and is_office(b.role.title)
        for members in exact.values()
        for a in members if is_former(a)
        for b in members if not is_former(b) and not past_context(b) and not quoted_name(b)
        and b.id not in succeeded and not any(is_former(m) and m.article == b.article for m in members))
    office_conflict = any(different_offices(a, b) and all(is_office(c.role.title) for c in ma + mb)
                          for i, (a, ma) in enumerate(offices) for b, mb in offices[i + 1:])
    conflict = former_conflict or office_conflict
    titled = [c for c in group if not party_headed(c.role.title)]
    kinds = _kinds(group)
    differs = [_kind_differs(kind) for kind in kinds]
    changed = any(d[0] for d in differs) or _moved_on(titled)
    ranked = any(d[1] for d in differs)
    acting = any(d[2] for d in differs)
    heads = set().union(*(d[3] for d in differs if len(d[3]) > 1))
    kindred = bool(heads)
    member = kindred and bool(heads & MEMBERSHIP)
    # Titles of different kinds ("White House correspondent" and "CBS
    # journalist", "Marine general" and "commander of US Central Command")
    # are not set against each other: one person holds several titles at
    # once, and telling which pairs exclude each other needs more than the
    # words (precision before recall: a false conflict costs more). Both
    # true, so compatible, when the kinds split the outlets.
    several = _kinds_split_outlets(kinds)
    more = _says_more(group)
    # Outlets giving one title in other capitals ("Chief Executive" before a
    # name, "the company's chief executive" after it, shown "a chief
    # executive"), or with the article one sentence writes ("House Speaker",
    # "the House speaker"), say the same thing: one camp, shown as most of
    # them write it.
    then = any(_then_and_former(kind) for kind in kinds)
    camps: dict[str, list[Claim]] = defaultdict(list)
    for c in group:
        # (beside "former", a title held then is its own camp, as written)
        held_then = then and is_former(c) and past_context(c)
        camps[("then " if held_then else "")
              + re.sub(r"^(?:an?|the) ", "", shown_title(c, ctx.outlet(c.article)).casefold())].append(c)
    parts = []
    # An honorific alone ("Dr." of "Dr. Joshua Dyck") is no title to show
    # beside the post the same outlets give ("is a political science
    # professor"): "Joshua Dyck is Dr." is no English (notes gold, heldout23).
    # Only in a note that says nothing more of its titles.
    plain = not (conflict or changed or then or acting or more or kindred or several)
    told = {ctx.outlet(c.article) for k, ms in camps.items() if k.strip(".") not in CALLINGS for c in ms}
    for key, members in sorted(camps.items(), key=lambda km: (-len(km[1]), _written(ctx, km[1]))):
        if plain and key.strip(".") in CALLINGS and {ctx.outlet(c.article) for c in members} <= told:
            continue
        title = _written(ctx, members)
        outlets = [ctx.outlet(c.article) for c in members]
        if key.startswith("then "):
            title = re.sub(r"^(?:an? )?former ", "", title)
            parts.append(f"{join_names(outlets)} {says(outlets)} {subject} was {title} at the time")
        else:
            parts.append(f"{join_names(outlets)} {says(outlets)} {subject} is {title}")
    status = "conflict" if conflict else "single-source" if len(group) == 1 else \
        "compatible" if changed or ranked or acting or kindred or several or then or more else "agree"
    note = "; ".join(parts)
    if conflict:
        note += ": these cannot all be true"
        days = _days(ctx, titled)
        if former_conflict and not office_conflict and days:
            note += f" (called former and held now in articles of the same days, {days[0]})"
    elif changed:
        note += ": both can be true, at different times (a title held before and one held now"
        days = _days(ctx, titled)
        # Days that do not tell the two apart (a membership title beside
        # "former" in articles of one day) explain nothing: none said then.
        if days and not set(days[0].split(" and ")) & set(days[1].split(" and ")):
            note += f": called former on {days[0]}, held on {days[1]}"
        note += ")"
    elif then:
        note += (": both can be true (a title held at the time told, and called former,"
                 " held no more)")
    elif acting:
        note += (": both can be true, at different times (an acting title is held until the"
                 " office is filled)")
    elif more and not kindred and not several:
        note += ": both can be true (one outlet gives a second title beside it)"
    elif member and heads & MEMBERSHIP == {"journalist"}:
        note += ": both can be true (a journalist of an outlet may hold another post)"
    elif member:
        note += ": both can be true (an employee or official of a body may hold a post in it)"
    elif kindred:
        kinds = {title_words(c.role.title)[-1] for c in group if title_words(c.role.title)}
        reasons = [KIND_REASONS[k] for k in sorted(kinds) if k in KIND_REASONS]
        note += f": both can be true ({reasons[0] if reasons else KIND_REASONS['spokesperson']})"
    elif several:
        note += ": both can be true (one person may hold titles of different kinds at once)"
    note += f" [{sources_phrase(ctx, [c.article for c in group])}]."
    return make_finding(ctx, "role", person, status, group, note)
