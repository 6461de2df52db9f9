import pytest

from corroborate_builders import article


@pytest.fixture
def outlets():
    return [article(1, "Kestrel Herald"), article(2, "Valley Courier"),
            article(3, "Meridian Post"), article(4, "Daily Pulse")]
