import pytest
from django.conf import settings

# The custom base page tests need their own settings (``make test-custom-page``);
# the rest of the suite needs the example site's home app, which they replace.
CUSTOM_PAGE = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.Page") != "wagtailcore.Page"
collect_ignore_glob = [] if CUSTOM_PAGE else ["custom_page/*"]


@pytest.fixture
def home(db):
    from tests.utils import make_home

    return make_home()
