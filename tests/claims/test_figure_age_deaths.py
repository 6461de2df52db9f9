"""An age at death is the age of whoever died (figure_ages._who_died), read
through the claims pass: forms counted in AllSides, Baly and ECB+ text,
written with made-up names."""

import pytest


def ages(claims_of, text):
    return [(c.figure.subject, c.figure.value) for c in claims_of(text, kind="figure")
            if c.figure.unit == "age"]


@pytest.mark.parametrize("text, subject, value", [
    # a person named inside the words describing the one who died
    ("Harold Brandt, the former Navy secretary who was once married to Greta Lund, has died at "
     "94, his chief of staff said.", "age of Harold Brandt", 94),
    ("Marta Vehko, whose ex-husband was Paolo Ferri, died Thursday at 91.", "age of Marta Vehko",
     91),
])
def test_an_age_at_death_is_of_whoever_died(claims_of, text, subject, value):
    assert (subject, value) in ages(claims_of, text)


@pytest.mark.parametrize("text, wrong", [
    ("Harold Brandt, the former Navy secretary who was once married to Greta Lund, has died at "
     "94, his chief of staff said.", "age of Greta Lund"),
    ("Marta Vehko, whose ex-husband was Paolo Ferri, died Thursday at 91.", "age of Paolo Ferri"),
    # a name in apposition to the subject is the subject's own, not the one described by it
    ("Hollywood's Mermaid, Esther Williams, dies at 91.", "age of Mermaid"),
])
def test_an_age_at_death_is_not_of_someone_its_subject_is_described_by(claims_of, text, wrong):
    assert wrong not in [s for s, _ in ages(claims_of, text)]
