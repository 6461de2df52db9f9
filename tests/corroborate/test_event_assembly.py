"""A sentence read both as a dated event and as a statement is in one event
finding (corroborate/__init__.py's assembly), on realistic sentences."""

from corroborate_builders import Event, claim

from crosscheck.corroborate import corroborate

FOX = ("Homeland Security Secretary Alejandro Mayorkas on Tuesday ordered Immigration and "
       "Customs Enforcement to stop mass worksite raids.")
NBC = ("Homeland Security Secretary Alejandro Mayorkas on Tuesday issued a memo ordering U.S. "
       "Immigration and Customs Enforcement to end mass worksite raids.")


def read_twice(article_id, sentence, gist):
    """The claims reader's two readings of a dated sentence: the event of its day, and the statement."""
    return [claim(article_id, sentence, event=Event(gist, "2025-03-11", "Tuesday", "past")),
            claim(article_id, sentence, event=Event("", None, "", "past"))]


def test_a_dated_sentence_read_twice_is_one_event_finding(outlets):
    claims = (read_twice("a1", FOX, "Mayorkas ordered Immigration and Customs Enforcement to stop raids")
              + read_twice("a2", NBC, "Mayorkas issued memo ordering Immigration and Customs Enforcement"))
    events = [f for f in corroborate(outlets, claims) if f.kind == "event"]
    assert len(events) == 1
    [finding] = events
    assert set(finding.claims) == {c.id for c in claims}
    assert finding.status == "agree" and finding.articles == ("a1", "a2")
    assert "2025-03-11" in finding.note  # the event's words, with its day


def test_a_statement_that_links_a_sentence_no_event_holds_stays_its_own(outlets):
    undated = claim("a3", "Mayorkas ordered Immigration and Customs Enforcement to end mass worksite "
                          "raids, the department said.", event=Event("", None, "", "past"))
    claims = (read_twice("a1", FOX, "Mayorkas ordered Immigration and Customs Enforcement to stop raids")
              + read_twice("a2", NBC, "Mayorkas issued memo ordering Immigration and Customs Enforcement")
              + [undated])
    events = [f for f in corroborate(outlets, claims) if f.kind == "event"]
    statement = [f for f in events if undated.id in f.claims]
    assert len(statement) == 1 and len(statement[0].articles) == 3
    assert len(events) == 2
