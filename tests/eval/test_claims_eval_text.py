"""The claims eval reads raw gold text as the clean stage would: look-alike
spaces plain, one character for one (issue 12: a no-break space between a title
and a name hid the title from the claims stage here, never in the pipeline)."""

import pytest

from crosscheck.eval import shared_data


def test_raw_gold_text_has_plain_spaces_at_the_same_offsets():
    data = shared_data()
    if data is None:
        pytest.skip("../shared/data is absent")
    from crosscheck.eval.claims import load_gold

    pairs = load_gold(data)
    assert any(a.id.startswith("allsides-") for a, _, _ in pairs)
    assert all("\u00a0" not in a.text for a, _, _ in pairs)


def test_the_eval_uses_the_clean_stages_own_table():
    from crosscheck.clean import clean
    from crosscheck.eval.claims import LOOK_ALIKE_SPACES
    from crosscheck.models import RawDoc

    raw = "Senate Majority Leader\u00a0Chuck Schumer spoke on Tuesday about the bill before the Senate."
    assert raw.translate(LOOK_ALIKE_SPACES) == raw.replace("\u00a0", " ")
    assert len(raw.translate(LOOK_ALIKE_SPACES)) == len(raw)  # offsets hold
    # must not: anything but a look-alike space is changed
    assert "Leader\u2014Chuck".translate(LOOK_ALIKE_SPACES) == "Leader\u2014Chuck"
    assert clean(RawDoc(id="r", origin="a.txt", format="text", content=raw)).text.startswith("Senate Majority Leader Chuck")
