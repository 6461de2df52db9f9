"""The label and written unit each figure carries (claims/figure_labels.py),
read from the claims pass's own parse: the corroborator words topics and
values from them without parsing the sentence again."""

import pytest

from crosscheck.models import Figure

LABELS = [
    # A passive participle whose subject is someone else, written before the number.
    ("Orozco was arrested five buildings away on 223rd Street.", "buildings arrested", "buildings"),
    # A past verb whose object is the counted thing is what was done to it.
    ("In 2007, the gang drove two cars through the window of a store.", "cars", "cars"),
    # "number" says of what.
    ("Government has announced that the number of people who have lost their lives due to the "
     "recent riots, has risen to 117.", "number risen",
     "number of people who have lost their lives"),
    # A range says whose.
    ("The Red Sox offer was expected to be in the range of $145 million to $175 million, "
     "possibly more.", "range", "Red Sox offer"),
    # must not: a regular past reads as what befell the counted thing, and stays
    ("The blast killed four miners on Monday.", "miners killed", "miners killed"),
    # must not: a participle of what befell them stays
    ("The three other former officers accused of aiding Chauvin will stand trial.",
     "former officers accused", "former officers accused"),
]


@pytest.mark.parametrize("text, subject, label", LABELS)
def test_a_figure_carries_the_label_its_parse_gives(claims_of, text, subject, label):
    [figure] = [c.figure for c in claims_of(text, kind="figure") if c.figure.subject == subject]
    assert figure.label == label


UNITS = [
    ("He died after slipping and falling about 60 metres from a ridge.", 60, "metres"),
    # The magnitude is part of the number, not its unit.
    ("The mine produces about 1.2 million tonnes of coal a year.", 1.2e6, "tonnes"),
    # must not: a count of people is no measure
    ("About 60 people were evacuated from the ridge.", 60, None),
    # must not: a figure with a unit of the claims reader's own has no second one
    ("Congress weighs a $3.5 trillion package.", 3.5e12, None),
]


@pytest.mark.parametrize("text, value, unit", UNITS)
def test_a_figure_carries_the_unit_of_measure_written_after_it(claims_of, text, value, unit):
    [figure] = [c.figure for c in claims_of(text, kind="figure") if c.figure.value == value]
    assert figure.written_unit == unit


def test_the_label_leaves_the_claim_id_as_it_was(claims_of):
    """Claim ids hash the figure's repr: what the parse says of its words is no
    part of it, so claims made before labels were read keep their ids."""
    [claim] = claims_of("In 2007, the gang drove two cars through the window of a store.",
                        kind="figure")
    bare = Figure(**{k: v for k, v in claim.figure.__dict__.items()
                     if k not in ("label", "written_unit")})
    assert repr(bare) == repr(claim.figure) and bare == claim.figure
    # must not: a figure that says another thing has another repr
    assert repr(Figure("cars", 3, 3, 3, "exact")) != repr(claim.figure)


def _label(sentence: str, subject: str, value: float, unit: str | None = None) -> str:
    from crosscheck.claims.figure_labels import labelled_alone

    figure = Figure(subject=subject, value=value, low=value, high=value, qualifier="exact",
                    unit=unit)
    return labelled_alone(figure, sentence).label


@pytest.mark.parametrize("sentence, subject, value, unit, label", [
    # a name says whose the figure is, not what it counts
    ("Nolan will be paid $4 million to direct the sequel, his agent said.", "nolan", 4e6, "USD",
     ""),
    ("Officials in Portland said Portland would spend $12 million on new bridges.",
     "portland", 12e6, "USD", ""),
    # must not: an ordinal counts a body's sessions; a group of people is counted
    ("The delegates met at the 68th World Health Assembly in Geneva.", "world health assembly",
     68, "ordinal", "world health assembly"),
    ("A poll said 61 percent of Danes were unhappy with the decision.", "danes", 61, "percent",
     "danes"),
    # a verb with a subject and an object of its own is no part of the label
    ("The group told the agency in three letters that in 2019 it had built two new "
     "laboratories in Ohio.", "letters built", 3, None, "letters"),
    # must not: what befell the counted thing stays ("harassed 11 women")
    ("The inquiry found he had harassed 11 women over a decade.", "women harassed", 11, None,
     "women harassed"),
])
def test_a_label_says_what_is_counted(sentence, subject, value, unit, label):
    assert _label(sentence, subject, value, unit) == label
