import pytest

from tests.utils import make_home


@pytest.fixture
def home(db):
    return make_home()
