"""Gate: outlet, date, byline and body read from real articles in export layouts
(crosscheck.eval.layouts), on the development and the held-out layouts.

A sample of GATE_ARTICLES articles keeps the gate under a minute; `make eval`
prints the same figures on 500 articles."""

import pytest

from _gate import floors
from crosscheck.eval.layout_reading import FIELDS, evaluate

FLOORS = floors("layouts")
# 250 articles x 12 layouts: about 31 s on one core; the 500-article figures
# (make eval) differ from these by under 0.005 per split and field.
GATE_ARTICLES = 250


@pytest.mark.quality
def test_layout_reading_holds_its_floors(data_dir):
    report = evaluate(data_dir, GATE_ARTICLES)
    assert report.articles == GATE_ARTICLES
    for split, means in report.per_split.items():
        for name in FIELDS:
            floor = FLOORS[f"layouts.{split}.{name}"]
            assert means[name] >= floor, (split, name, means[name], floor, report.per_layout)
