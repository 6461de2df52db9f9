"""Gate: HTML body extraction (trafilatura + our cleaning) on the Zyte benchmark."""

import pytest

from _gate import floors
from crosscheck.eval.html_extraction import evaluate

FLOORS = floors("html")


@pytest.mark.quality
def test_html_extraction_holds_its_floors(data_dir):
    scores = evaluate(data_dir / "zyte-extraction")
    assert scores.pages == 181
    assert scores.f1 >= FLOORS["html_extraction.f1"], scores
    assert scores.precision >= FLOORS["html_extraction.precision"], scores
    assert scores.recall >= FLOORS["html_extraction.recall"], scores
