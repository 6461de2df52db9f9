"""Event notes rendered from stored parts (NoteParts) as corroborate words
them when statements join a dated event finding (event_joins.join_statements):
the notes collector refuses a story whose stored parts do not give the
pipeline's words."""

from corroborate_builders import claim

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.common import Context
from crosscheck.corroborate.render import NoteParts, render_finding
from crosscheck.models import Event


def test_statements_joined_to_an_event_finding_leave_its_words_alone(outlets):
    """The claims reader reads a dated sentence as a dated event and as a
    statement; corroborate joins such statements to the event finding that
    holds their sentences (AllSides 5888: "…announced Wednesday" came back as
    "… say 2021-07-07 (“Wednesday”); … say no date (“”)"). Its stored parts
    give the pipeline's words."""
    dated = [claim("a1", "Haitian President Jovenel Moise was assassinated at his home, the interim "
                   "prime minister announced Wednesday.",
                   event=Event("Jovenel Moise was assassinated", "2021-07-07", "Wednesday")),
             claim("a2", "Haitian President Jovenel Moise was assassinated on Wednesday at his "
                   "home, interim Prime Minister Claude Joseph said.",
                   event=Event("Jovenel Moise was assassinated", "2021-07-07", "Wednesday"))]
    undated = [claim(c.article, c.sentence, event=Event(c.event.text, None, "")) for c in dated]
    claims = dated + undated
    ctx = Context.of(outlets, None)
    by_id = {c.id: c for c in claims}
    [finding] = [f for f in corroborate(outlets, claims) if f.kind == "event"]
    assert set(finding.claims) == set(by_id)
    parts = NoteParts.from_dict(NoteParts.of(ctx, "event", claims).to_dict())
    again = render_finding(parts)
    assert (again.topic, again.note, again.claims) == (finding.topic, finding.note, finding.claims)
    assert "no date" not in again.note
    # must not: a finding of statements alone is still worded as statements
    alone = render_finding(NoteParts.of(ctx, "event", undated))
    assert "report the same" in alone.note and "2021-07-07" not in alone.note


def test_an_article_telling_a_joined_event_undated_is_said_with_no_day(outlets):
    """A statement of another article joined to a dated event finding
    (event_joins.join_statements) is worded as corroborate words it: "… says it
    with no day" (worded from the dated mentions alone, the notes collector
    refused 13 of 31 AllSides stories: "Politico says it with no day")."""
    from crosscheck.corroborate.events import _finding as event_finding

    dated = claim("a1", "Drugmaker Merck said Friday that its experimental pill reduced "
                  "hospitalizations.", event=Event("Merck said", "2025-03-07", "Friday"))
    same = claim("a1", dated.sentence, event=Event("Merck said", None, ""))
    other = claim("a2", "Merck said its experimental pill reduced hospitalizations and deaths.",
                  event=Event("Merck said", None, ""))
    ctx = Context.of(outlets, None)
    finding = render_finding(NoteParts.from_dict(NoteParts.of(ctx, "event",
                                                              [dated, same, other]).to_dict()))
    assert finding.note == event_finding(ctx, [dated, same, other]).note
    assert "Valley Courier says it with no day" in finding.note
    # must not: statements read from the dated sentence itself add nothing
    alone = render_finding(NoteParts.of(ctx, "event", [dated, same]))
    assert "no day" not in alone.note and "no date" not in alone.note


def test_an_event_note_quotes_the_outlet_that_names_who_acted(outlets):
    """Of the dated mentions of one event, the note quotes one whose excerpt
    does not open on a pronoun of people ("He turned himself in …" left the
    reader asking who: notes gold, heldout16), also after a short phrase
    ("Last Wednesday, he convened …"). Must keep: the longest gist when every
    excerpt opens so, and an excerpt opening on "It" ("It comes after …"),
    which readers read as readable."""
    from crosscheck.corroborate.events import _finding as event_finding

    ctx = Context.of(outlets, None)
    he = claim("a1", "Last Wednesday, he convened a Cabinet meeting at the White House to discuss "
               "the shutdown.", event=Event("he convened a Cabinet meeting at the White House",
                                           "2019-01-02", "Last Wednesday"))
    named = claim("a2", "Trump convened his Cabinet on Wednesday.",
                  event=Event("Trump convened", "2019-01-02", "Wednesday"))
    assert event_finding(ctx, [he, named]).topic.startswith("Trump convened")
    also_he = claim("a2", "He met his Cabinet on Wednesday.",
                    event=Event("He met", "2019-01-02", "Wednesday"))
    assert "he convened" in event_finding(ctx, [he, also_he]).topic
    it = claim("a1", "It comes after the council pledged on Sunday to dismantle the police "
               "department.", event=Event("the council pledged to dismantle the police department",
                                          "2020-06-07", "Sunday"))
    short = claim("a2", "The council pledged on Sunday.",
                  event=Event("council pledged", "2020-06-07", "Sunday"))
    assert event_finding(ctx, [it, short]).topic.startswith("It comes after")


def test_an_event_note_shows_the_day_s_words_without_line_breaks(outlets):
    """A tweet's embed line keeps the paragraph break after its date ('July
    14, 2016\\n\\n': notes gold, heldout23): the day's words are shown on one
    line. Must keep: words written on one line, as they are."""
    from crosscheck.corroborate.events import _finding as event_finding

    ctx = Context.of(outlets, None)
    tweeted = claim("a1", "Pence has left Indiana via airplane en route to New York on July 14, 2016.",
                    event=Event("Pence has left Indiana", "2016-07-14", "July 14, 2016\n\n"))
    note = event_finding(ctx, [tweeted]).note
    assert "(“July 14, 2016”)" in note and "\n" not in note
    plain = claim("a1", "Pence left Indiana on Thursday.",
                  event=Event("Pence left Indiana", "2016-07-14", "Thursday"))
    assert "(“Thursday”)" in event_finding(ctx, [plain]).note
