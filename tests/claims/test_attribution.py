"""Attribution: who a sentence says its content comes from (claims/attribution.py),
on sentences of the kind the notes gold showed it misread."""


def test_a_time_of_day_is_no_source(claims_of):
    # a sentence the splitter opened at "am": the parser reads "am" as the subject of "said"
    text = ("Voters began to cast their ballots at 8: 00 am local time (0300 GMT) on Sunday in the "
            "country's fourth parliamentary election, said reports from the capital.")
    assert {c.attribution for c in claims_of(text) if c.kind == "figure"} == {None}
    # must not: a named source in the same place is kept
    text = ("Voters began to cast their ballots at 8 o'clock on Sunday in the country's fourth "
            "parliamentary election, the election commission said.")
    assert {c.attribution for c in claims_of(text) if c.kind == "figure"} == {"the election commission"}
