import pytest
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import clear_url_caches

# The custom base page tests need their own settings (``make test-custom-page``);
# the rest of the suite needs the example site's home app, which they replace.
CUSTOM_PAGE = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.Page") != "wagtailcore.Page"
collect_ignore_glob = [] if CUSTOM_PAGE else ["custom_page/*"]


@pytest.fixture
def dutch_and_empty_cache():
    """Dutch active and the cache empty around a test of the public pages. A request under
    /en/ leaves English active in the thread, and with it ``reverse()`` and ``page.url``."""
    from django.core.cache import cache
    from django.utils import translation

    with translation.override("nl"):
        cache.clear()
        yield
        cache.clear()


@pytest.fixture
def home(db):
    from tests.utils import make_home

    return make_home()


@receiver(setting_changed)
def forget_urls_reversed_in_another_default_language(*, setting, **kwargs):
    """``i18n_patterns(prefix_default_language=False)`` gives each language its prefix by
    comparing it with LANGUAGE_CODE, and Django keeps what it reversed per language: a test
    that overrides LANGUAGE_CODE and reverses a page URL would leave `/nl/…` behind for the
    tests after it. Django clears those caches for ROOT_URLCONF only; do it here too."""
    if setting == "LANGUAGE_CODE":
        clear_url_caches()
