"""Finding a gold mention among the claims (crosscheck.eval.facts.mention_claims):
a figure mention is carried by a claim of its sentence whose number it writes,
or, when it writes none, by a claim of the thing it names."""

from crosscheck.eval.facts import mention_claims
from crosscheck.models import Article, Claim, Figure

SENTENCE = ("The court, with a 6-3 conservative majority, left in place the ban on abortion "
            "after the sixth week of pregnancy.")
STRIKE = "YouTube suspended the channel for a week and gave it a first strike on the channel."


def _figure(cid: str, sentence: str, subject: str, value: float, low: float, high: float,
            unit: str) -> Claim:
    return Claim(id=cid, article="a", kind="figure", sentence=sentence, span=(0, 1),
                 figure=Figure(subject=subject, value=value, low=low, high=high,
                               qualifier="range" if low != high else "exact", unit=unit))


ARTICLE = Article(id="a", origin="test", title=None, published=None, text=SENTENCE + " " + STRIKE)
WEEKS = _figure("w", SENTENCE, "weeks", 5, 5, 6, "week")
ONE_WEEK = _figure("s", STRIKE, "weeks", 1, 1, 1, "week")


def test_a_given_value_may_be_a_bound():
    mention = {"text": "after the sixth week of pregnancy", "value": 6}
    assert mention_claims(mention, "figure", ARTICLE, [WEEKS]) == [WEEKS]


def test_a_number_read_from_the_text_must_be_the_claims_own():
    # "6-3" writes 6, the top of "five to six weeks", but not its number
    assert mention_claims({"text": "a 6-3 conservative majority"}, "figure", ARTICLE, [WEEKS]) == []


def test_a_mention_without_a_number_is_carried_by_a_claim_of_what_it_names():
    assert mention_claims({"text": "a first strike on the channel"}, "figure", ARTICLE,
                          [ONE_WEEK]) == []
    assert mention_claims({"text": "the channel for a week"}, "figure", ARTICLE,
                          [ONE_WEEK]) == [ONE_WEEK]


def test_a_given_value_may_be_in_the_unit_figures_are_compared_in():
    high = _figure("h", SENTENCE, "high", 4, 4, 4, "decade")
    assert mention_claims({"text": "sixth week", "value": 40}, "figure", ARTICLE, [high]) == [high]
    assert mention_claims({"text": "sixth week", "value": 41}, "figure", ARTICLE, [high]) == []


def test_a_scale_word_in_the_text_scales_the_number_read():
    # a look-alike side often gives its number only as text: "$37.4 million"
    # is carried by the claim valued 37,400,000, not by the $12 million beside it
    sentence = "The studio paid $37.4 million for the rights, up from $12 million in 2010."
    article = Article(id="a", origin="test", title=None, published=None, text=sentence)
    paid = _figure("p", sentence, "rights", 37.4e6, 37.4e6, 37.4e6, "USD")
    before = _figure("b", sentence, "rights", 12e6, 12e6, 12e6, "USD")
    assert mention_claims({"text": "$37.4 million"}, "figure", article, [paid, before]) == [paid]
    assert mention_claims({"text": "$12 million"}, "figure", article, [paid, before]) == [before]


def test_of_two_figures_of_the_value_the_one_the_mention_names_carries_it():
    sentence = ("The soldier, who spent five years in captivity, was released in exchange for "
                "five prisoners held at Guantanamo.")
    article = Article(id="a", origin="test", title=None, published=None, text=sentence)
    years = _figure("y", sentence, "captivity", 5, 5, 5, "year")
    prisoners = _figure("p", sentence, "prisoners held", 5, 5, 5, None)
    assert mention_claims({"text": "in exchange for five prisoners"}, "figure", article,
                          [years, prisoners]) == [prisoners]
    # a mention that names neither keeps both, as before
    assert mention_claims({"text": "five"}, "figure", article, [years, prisoners]) == [years, prisoners]
