"""What tells two alike statements apart (crosscheck.corroborate.statement_contrast):
each feature on a pair it must mark and one it must not."""

from crosscheck.corroborate.statement_contrast import CONTRAST_FEATURES, contrast
from crosscheck.models import Claim, Event, content_id


def _statement(article: str, sentence: str, text: str = "", tense: str | None = "past",
               when: str = "") -> Claim:
    return Claim(id=content_id("c", article, sentence), article=article, kind="event",
                 sentence=sentence, span=(0, len(sentence)),
                 event=Event(text=text, date=None, date_text="", tense=tense, when_text=when))


def _features(a: Claim, b: Claim) -> dict[str, float]:
    return dict(zip(CONTRAST_FEATURES, contrast(a, b)))


def test_two_times_named_apart_and_one_time_in_common_not():
    last_week = _statement("a1", "Gov. Greg Abbott announced last week a vague plan to build a wall.")
    wednesday = _statement("a2", "Gov. Greg Abbott on Wednesday formally announced the wall.",
                           when="Wednesday")
    also_wednesday = _statement("a3", "On Wednesday the governor announced the wall.",
                                when="Wednesday")
    assert _features(last_week, wednesday)["times_apart"] == 1.0
    assert _features(wednesday, also_wednesday)["times_apart"] == 0.0
    # Clock times and parts of a day are times too.
    morning = _statement("a1", "Police this morning arrested a woman over the 1967 killings.")
    afternoon = _statement("a2", "Police will hold a press conference this afternoon.")
    assert _features(morning, afternoon)["times_apart"] == 1.0
    untimed = _statement("a3", "Police arrested a woman over the 1967 killings.")
    assert _features(morning, untimed)["times_apart"] == 0.0


def test_only_one_side_naming_a_time():
    dated = _statement("a1", "The Senate passed the bill on Tuesday.", when="Tuesday")
    undated = _statement("a2", "The Senate passed the bill by a wide margin.")
    assert _features(dated, undated)["times_one"] == 1.0
    assert _features(undated, undated)["times_one"] == 0.0


def test_a_modal_or_plan_on_one_side_only():
    done = _statement("a1", "LaSalle was charged with murder, police said.")
    due = _statement("a2", "LaSalle is expected to be charged today, police said.")
    may = _statement("a3", "LaSalle may be charged with murder, police said.")
    assert _features(done, due)["modal_one"] == 1.0
    assert _features(due, may)["modal_one"] == 0.0


def test_attributed_on_one_side_only():
    said = _statement("a1", "The driver dragged her 10 feet, a witness said.")
    stated = _statement("a2", "The car dragged her 10 feet.")
    also_said = _statement("a3", "The car dragged her ten feet, according to police.")
    assert _features(said, stated)["attributed_one"] == 1.0
    assert _features(said, also_said)["attributed_one"] == 0.0


def test_tense_apart_only_when_both_are_read():
    past = _statement("a1", "The Alabama House passed the bill.", tense="past")
    future = _statement("a2", "The Alabama Senate will pass the bill.", tense="future")
    unknown = _statement("a3", "The Alabama Senate passing the bill.", tense=None)
    assert _features(past, future)["tense_apart"] == 1.0
    assert _features(past, unknown)["tense_apart"] == 0.0


def test_a_main_clause_name_the_other_lacks():
    house = _statement("a1", "The Alabama House passed the bill earlier this month.",
                       text="The Alabama House passed bill")
    senate = _statement("a2", "The Alabama Senate on Tuesday passed the ban.",
                        text="The Alabama Senate passed ban")
    also_house = _statement("a3", "Lawmakers in the Alabama House passed the bill.",
                            text="Lawmakers passed bill")
    assert _features(house, senate)["gist_names_missing"] > 0.0
    assert _features(house, also_house)["gist_names_missing"] == 0.0
    assert _features(house, also_house)["gist"] > _features(house, senate)["gist"]


def test_numbers_apart_but_not_years():
    six = _statement("a1", "Voting will close at 6 p.m. after 88 percent had voted.")
    four = _statement("a2", "Some 2.44 million people cast ballots, 75 percent of voters.")
    same = _statement("a3", "By then 88 percent of voters had cast ballots.")
    assert _features(six, four)["numbers_apart"] == 1.0
    assert _features(six, same)["numbers_apart"] == 0.0
    years = (_statement("a1", "Klitschko stopped Thompson in 2008."),
             _statement("a2", "Klitschko beat Thompson again, as in 2012."))
    assert _features(*years)["numbers_apart"] == 0.0
