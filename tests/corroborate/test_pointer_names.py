"""An opening "he" or "she" shown as the one person the article's words before
it name, in brackets (pointer_names.py), and left alone wherever those words
leave a doubt; the notes built from stored parts give the pipeline's words."""

from dataclasses import replace

import pytest

from corroborate_builders import claim

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.common import Context
from crosscheck.corroborate.pointer_names import text_before, with_named_pointer
from crosscheck.corroborate.render import NoteParts, render_finding
from crosscheck.models import Event

NAMED = [
    # the one subject named before, another person named as an object
    ("Since that win over Monte Barrett, Rahman has gone 4-2-1 with a no-contest, beating "
     "nothing but club fighters. He's had a long, strange career.",
     "He was so thoroughly overmatched tonight that he's clearly finished.",
     "[Rahman] was so thoroughly overmatched tonight that he's clearly finished."),
    # after a short opening phrase set off by a comma
    ("The partial shutdown entered its twelfth day on Wednesday. Senator Ron Wyden has stayed "
     "in Washington through the holidays with his staff.",
     "Last week, he convened a hearing on the funding lapse.",
     "Last week, [Ron Wyden] convened a hearing on the funding lapse."),
    # a plural subject after ("…, aides said") is no one "he" can stand for
    ("Senator Ron Wyden has stayed in Washington through the holidays with his staff, aides said.",
     "He convened a hearing on the funding lapse on Friday.",
     "[Ron Wyden] convened a hearing on the funding lapse on Friday."),
    # a possessive, shown as the name's
    ("Special Counsel Robert Mueller took over the counterintelligence investigation in May "
     "2017, when he was appointed.",
     "His probe resulted in a host of indictments and convictions.",
     "[Robert Mueller's] probe resulted in a host of indictments and convictions."),
    # a woman named with an honorific that says so
    ("Ms. Yellen spoke to reporters at the Treasury on Monday.",
     "She said the department would keep paying its bills.",
     "[Yellen] said the department would keep paying its bills."),
]


@pytest.mark.parametrize("before, sentence, expected", NAMED)
def test_an_opening_pronoun_is_shown_as_the_one_person_named_before(before, sentence, expected):
    assert with_named_pointer(sentence, sentence, before) == expected


def test_an_excerpt_opening_inside_its_sentence_reads_the_words_cut_before_it():
    sentence = ("Secretary of State Antony Blinken is defending his record on Tuesday, as he "
                "faces the Senate Foreign Relations Committee one day after the House hearing.")
    shown = "…he faces the Senate Foreign Relations Committee one day after the House hearing"
    before = "The withdrawal from Afghanistan ended last month after twenty years of war. "
    assert with_named_pointer(shown, sentence, before) == (
        "…[Antony Blinken] faces the Senate Foreign Relations Committee one day after the "
        "House hearing")


LEFT_ALONE = [
    # the last subject is an unnamed man: "he" is the man
    ("Police Chief John Smith said a man was arrested on Friday near the station.",
     "He was charged with murder."),
    # two people are subjects: either may be meant
    ("Senator John McCain spoke first. Mitch McConnell answered him an hour later.",
     "He said the bill would pass."),
    # a pronoun of the other gender: a second person is about
    ("Hillary Clinton testified on Wednesday, and her deputy spoke after her.",
     "He accepted personal blame."),
    # an honorific gives the one person named the other gender
    ("Ms. Warren spoke on the Senate floor on Tuesday.",
     "He said the amendment would fail."),
    # no one is named: a title is no name
    ("The president spoke to reporters on the South Lawn.",
     "He said the talks would go on."),
    # another person is named after the one subject: "he" may be that one
    # ("Count Bruce Bennett, a senior defense analyst, among the skeptics. He said …")
    ("Senator Ron Wyden questioned the nominee for an hour before handing the floor to Mitch "
     "McConnell.",
     "He said the hearing would resume on Monday."),
    # an opening phrase that points already is no lead to name after
    ("Paul Ryan is a conservative in every respect of the term, and he says so.",
     "His philosophy, his demeanor and his words all convey respect for the founders."),
    # a plural is left alone: a group is seldom one entity
    ("Senator Chuck Schumer met the Democrats of the committee on Monday.",
     "They said the vote would be close."),
    # a name alone does not say whose "her" it is
    ("Governor Gavin Newsom spoke in Sacramento on Monday.",
     "Her plan would raise the tax on fuel."),
]


@pytest.mark.parametrize("before, sentence", LEFT_ALONE)
def test_a_pronoun_the_words_before_leave_in_doubt_is_left_alone(before, sentence):
    assert with_named_pointer(sentence, sentence, before) == sentence


def test_with_no_text_before_the_words_are_left_alone():
    sentence = "He was so thoroughly overmatched tonight that he's clearly finished."
    assert with_named_pointer(sentence, sentence, "") == sentence


def _article_with(outlet, before: str, sentence: str):
    text = before + sentence
    return replace(outlet, text=text), (len(before), len(text))


def test_a_statement_note_from_stored_parts_gives_the_pipelines_words(outlets):
    """The pipeline reads the article's text; the notes gold re-renders from
    stored parts, which keep the text before each mention's sentence
    (NoteParts.texts_before). Parts stored without it render as before."""
    sentence = "He turned himself in to authorities in Manhattan on Friday morning."
    before = ("Hollywood mogul and Hillary Clinton donor Harvey Weinstein has been charged with "
              "rape in New York, and he has denied it. ")
    first, span = _article_with(outlets[0], before, sentence)
    second, other_span = _article_with(outlets[1], "The hearing was set for next month. ", sentence)
    claims = [replace(claim(a.id, sentence, event=Event("turned himself in", None, "")), span=s)
              for a, s in ((first, span), (second, other_span))]
    articles = [first, second]
    [finding] = [f for f in corroborate(articles, claims) if f.kind == "event"]
    assert "“[Harvey Weinstein] turned himself in to authorities" in finding.note
    stored = NoteParts.from_dict(NoteParts.of(Context.of(articles, None), "event", claims).to_dict())
    again = render_finding(stored)
    assert (again.topic, again.note) == (finding.topic, finding.note)
    # must not: parts stored before the field render the pronoun as it was
    old = render_finding(replace(stored, texts_before=()))
    assert "“He turned himself in" in old.note
    # must not: only sentences holding "he" or "she" keep their text before
    assert text_before(first, claims[0]) == before


def test_a_statement_quotes_a_sentence_naming_its_subject_before_one_named_in_brackets(outlets):
    """Of two outlets' sentences, one that names its subject itself goes
    first; one opening on a pronoun named in brackets goes before one whose
    pronoun is left (statements._finding)."""
    named_before = ("Special Counsel Robert Mueller took over the investigation in May 2017, "
                    "when he was appointed. ")
    bracketed = "His probe resulted in a host of indictments and convictions of Trump aides."
    left = "He later pleaded guilty to lying to the FBI."
    own = ("The special counsel's probe resulted in a host of indictments and convictions of "
           "Trump aides, court records show.")
    first, span = _article_with(outlets[0], named_before, bracketed)
    second, left_span = _article_with(outlets[1], "The hearing was set for next month. ", left)
    third, own_span = _article_with(outlets[2], "", own)
    event = Event("probe resulted", None, "")
    mentions = {k: replace(claim(a.id, a.text[s[0]:s[1]], event=event), span=s)
                for k, a, s in (("bracketed", first, span), ("left", second, left_span),
                                ("own", third, own_span))}
    from crosscheck.corroborate.statements import _finding as statement_finding

    ctx = Context.of([first, second, third], None)
    assert "“[Robert Mueller's] probe resulted" in statement_finding(
        ctx, [mentions["left"], mentions["bracketed"]]).note
    # must not: a sentence naming its subject itself still goes first
    assert "“The special counsel's probe" in statement_finding(
        ctx, [mentions["left"], mentions["bracketed"], mentions["own"]]).note
