"""Hand-built articles for the group tests (no shared data needed)."""

import pytest

from crosscheck.models import Article

WIRE = (
    "Rescue teams searched through the night for survivors after a magnitude 6.1 earthquake "
    "struck the mountain town of Ardenne early on Tuesday, flattening dozens of stone houses "
    "and cutting the only road into the valley. Officials said at least 14 people had died "
    "and more than 80 were injured. The regional governor said the army had sent two "
    "helicopters and a field hospital, and that schools would stay closed for the week. "
    "Aftershocks continued into the morning, and residents slept outside in the cold. "
    "The quake was felt as far away as the coast, where windows shattered in several shops."
)


def make(aid, text, outlet=None, title=None, published=None, agencies=(), removed=()):
    return Article(id=aid, origin=aid, title=title, published=published, text=text,
                   outlet=outlet, agencies=tuple(agencies), removed=tuple(removed))


@pytest.fixture
def make_article():
    return make


@pytest.fixture
def wire_text():
    return WIRE
