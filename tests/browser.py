"""Shared helpers for the Playwright tests: Debian's Chromium, axe-core, screenshot folders.

Why a thread for the browser: Playwright's sync API leaves its asyncio loop marked as
running in the thread that started it, between calls too. In such a thread Django
refuses the ORM (``SynchronousOnlyOperation``), and, worse, asgiref then hands out a
*different* database connection than the one pytest-django prepared (the test
database's serialized contents, the live server's shared connection...). Opening
Chromium inside each test keeps the two apart in time, as
``test_admin_import_browser.py`` does; :class:`BrowserThread` keeps one Chromium for a
whole module in a thread of its own, and the test thread stays a plain sync thread.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"  # gitignored: every screenshot, full size
# The small screenshots the docs show are committed; a test run refreshes them only
# when asked (UPDATE_DOCS_SCREENSHOTS=1), so `make test` leaves the checkout clean.
DOCS_IMG = ROOT / "docs" / "img" if os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1" else ARTIFACTS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# WCAG 2.0, 2.1 and 2.2 at levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def skip_without_chromium() -> None:
    pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")


class BrowserThread:
    """One headless Chromium, driven from a worker thread; tests hand it functions.

    ``in_page(check)`` runs ``check(page)`` there, in a fresh browser context, and
    returns its result or raises its exception (assertions included) in the caller.
    """

    def __init__(self) -> None:
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
        self._playwright = self.browser = None
        try:
            self.run(self._start)
        except BaseException:
            self.close()
            raise

    def _start(self) -> None:
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )

    def _stop(self) -> None:
        if self.browser is not None:
            self.browser.close()
        if self._playwright is not None:
            self._playwright.stop()

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        return self._worker.submit(function, *args).result()

    def in_page(self, check: Callable[[Any], Any], **context_options: Any) -> Any:
        """``check(page)`` in a new context (``DESKTOP`` viewport unless told otherwise);
        fails if the page threw an uncaught JavaScript error."""
        context_options.setdefault("viewport", DESKTOP)

        def visit():
            context = self.browser.new_context(**context_options)
            errors: list[str] = []
            try:
                page = context.new_page()
                page.on("pageerror", lambda error: errors.append(str(error)))
                result = check(page)
            finally:
                context.close()
            assert errors == [], f"uncaught JavaScript errors: {errors}"
            return result

        return self.run(visit)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.run(self._stop)
        self._worker.shutdown()


@contextlib.contextmanager
def chromium() -> Iterator[BrowserThread]:
    """A :class:`BrowserThread` (skips when Playwright or the browser is missing)."""
    skip_without_chromium()
    browser = BrowserThread()
    try:
        yield browser
    finally:
        browser.close()


def ensure_tree_root() -> None:
    """Bring back Wagtail's default locale and root page, which its migrations made and
    the flush after every transactional (live server) test removes. Call it first in a
    live-server fixture. (``serialized_rollback`` is no way out: after another module's
    plain flush has remade the content types with new ids, restoring them fails.)"""
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale, Page

    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))


def axe_violations(page, context=None, tags=AXE_TAGS) -> list[dict]:
    """axe-core's violations on the page as it is now, for the given rule tags
    (``tags=None``: every rule axe runs by default)."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"resultTypes": ["violations"]}
    if tags:
        options["runOnly"] = {"type": "tag", "values": list(tags)}
    return Axe().run(page, context=context, options=options).response["violations"]


def describe_violations(violations: list[dict]) -> list[tuple]:
    """A readable assertion message: rule, impact and the offending nodes."""
    return [
        (v["id"], v["impact"], [(n["target"], n["failureSummary"]) for n in v["nodes"]])
        for v in violations
    ]


def screenshot(page, name: str, *, full_page: bool = True, folder: Path = ARTIFACTS) -> Path:
    """Save a PNG of the page in ``folder`` (``test-artifacts/`` unless told otherwise)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path), full_page=full_page)
    return path


EDITOR, EDITOR_PASSWORD = "editor", "correct horse"


def make_editor():
    """A superuser whose admin speaks English, so that tests and screenshots read in one
    language; ``log_in`` signs in as it."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser(EDITOR, "editor@example.org", EDITOR_PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def log_in(page, live_server) -> None:
    """Sign in through the admin's own login form as ``make_editor``'s user."""
    import re

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", EDITOR)
    page.fill("input[name=password]", EDITOR_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
