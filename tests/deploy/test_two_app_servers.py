"""Two app servers, one database, one cache: what an editor does through one server,
every visitor sees through either.

The example project runs as two gunicorn instances of two workers each, on one PostgreSQL
database and one Redis cache (Django's ``RedisCache``), with the demo loaded,
as behind a load balancer. The tests act over HTTP only: as visitors, and as an editor
in the admin. They need PostgreSQL (``DATABASE_URL``, where they create a database of their
own) and ``redis-server`` (or ``REDIS_URL``, an empty Redis: they read what the cache
holds); CI runs them in its PostgreSQL stage.
"""

from __future__ import annotations

import contextlib
import importlib.util
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

import pytest
import requests
from bs4 import BeautifulSoup

from tests import expected
from tests.paths import SEED

from .servers import (
    AppServer,
    free_port,
    manage,
    postgres_database,
    redis_server,
    site_environment,
    unavailable,
)

if TYPE_CHECKING:
    import redis

pytestmark = pytest.mark.servers

EDITOR = "editor"
# A sentence of the seed's first card, and the editor's correction of it.
SENTENCE = "Avansa Limburg gaat er binnenkort actief mee aan de slag!"
CORRECTED = "Avansa Limburg gaat er vanaf september actief mee aan de slag!"
# An organisation named on cards of the seed, and the name an editor gives it.
ORGANISATION = "okra"
NEW_NAME = "OKRA-trefpunt 55+"


@dataclass
class Deployment:
    servers: list[AppServer]
    env: dict[str, str]
    cache: redis.Redis
    password: str
    dossier_id: int
    dossier_path: str


@pytest.fixture(scope="module")
def deployment(tmp_path_factory) -> Iterator[Deployment]:
    """The demo on two app servers, A and B; the cache as Redis holds it."""
    for module in ("gunicorn", "redis"):
        if importlib.util.find_spec(module) is None:
            unavailable(f"needs {module} (the test extra): pip install -e '.[test]'")
    import redis

    directory = tmp_path_factory.mktemp("servers")
    ports = [free_port()]
    while len(ports) < 2:
        ports += {free_port()} - set(ports)
    with contextlib.ExitStack() as stack:
        env = site_environment(
            database_url=stack.enter_context(postgres_database()),
            redis_url=stack.enter_context(redis_server(directory)),
            base_url=f"http://127.0.0.1:{ports[0]}",
        )
        manage(env, "migrate", "--no-input")
        manage(env, "load_demo")
        password = secrets.token_urlsafe(12)
        manage(
            env,
            *("createsuperuser", "--no-input", "--username", EDITOR),
            *("--email", "editor@example.org"),
            DJANGO_SUPERUSER_PASSWORD=password,
        )
        servers = [
            stack.enter_context(AppServer(name, env, directory, port=port))
            for name, port in zip("AB", ports, strict=True)
        ]
        query = urlencode({"type": "wagtail_dossiers.DossierPage", "title": expected.TITLE})
        (dossier,) = servers[0].get(f"/api/v2/pages/?{query}").json()["items"]
        yield Deployment(
            servers=servers,
            env=env,
            cache=redis.Redis.from_url(env["REDIS_URL"]),
            password=password,
            dossier_id=dossier["id"],
            dossier_path=urlsplit(dossier["meta"]["html_url"]).path,
        )


def test_the_second_server_serves_the_body_the_first_rendered_into_the_shared_cache(
    deployment,
):
    a, b = deployment.servers
    assert copies_in_cache(deployment.cache, SENTENCE) == set(), "REDIS_URL: use an empty Redis"

    assert SENTENCE in a.get(deployment.dossier_path).text
    rendered = copies_in_cache(deployment.cache, SENTENCE)
    assert rendered, "server A kept the rendered dossier nowhere that server B can read"
    everything = set(deployment.cache.keys())

    assert SENTENCE in b.get(deployment.dossier_path).text
    # One copy for all servers: B read A's, and wrote nothing of its own.
    assert copies_in_cache(deployment.cache, SENTENCE) == rendered
    assert set(deployment.cache.keys()) == everything


def test_a_dossier_published_through_one_server_is_new_on_both(deployment, tmp_path):
    a, b = deployment.servers
    for server in (a, b):
        assert SENTENCE in server.get(deployment.dossier_path).text  # and cached

    # The editor imports a corrected source: a draft, which no visitor sees yet...
    seed = SEED.read_text("utf-8")
    assert seed.count(SENTENCE) == 1
    corrected = tmp_path / SEED.name  # the same name: a new revision of the same page
    corrected.write_text(seed.replace(SENTENCE, CORRECTED), "utf-8")
    manage(deployment.env, "import_dossier", str(corrected), "--parent", "/", "--user", EDITOR)
    for server in (a, b):
        assert CORRECTED not in server.get(deployment.dossier_path).text

    # ...until it is published in the admin, through server A.
    editor = log_in(a, deployment.password)
    submit(a, editor, f"/admin/bulk/wagtailcore/page/publish/?id={deployment.dossier_id}")

    for server in (a, b):
        for _ in range(2):  # whichever of its workers answers
            body = server.get(deployment.dossier_path).text
            assert CORRECTED in body, f"{server} still serves the dossier as it was"
            assert SENTENCE not in body


@pytest.fixture(scope="module")
def renamed_organisation(deployment) -> str:
    """Okra renamed in the admin through server B, after both servers have served (and
    cached) the dossier and Okra's page; the path of that page."""
    a, b = deployment.servers
    (record,) = a.get(f"/api/v2/organisations/?slug={ORGANISATION}").json()["items"]
    path = urlsplit(record["meta"]["html_url"]).path
    for server in (a, b):
        assert chip_names(server.get(deployment.dossier_path).text) == {record["name"]}
        server.get(path)
    editor = log_in(b, deployment.password)
    submit(b, editor, f"/admin/wagtail_dossiers/organisation/edit/{record['id']}/", name=NEW_NAME)
    return path


def test_an_organisation_renamed_through_one_server_is_renamed_on_its_page_on_both(
    deployment, renamed_organisation
):
    for server in deployment.servers:
        page = BeautifulSoup(server.get(renamed_organisation).text, "html.parser")
        assert page.h1.get_text(strip=True) == NEW_NAME, server


def test_an_organisation_renamed_through_one_server_is_renamed_on_the_cards_on_both(
    deployment, renamed_organisation
):
    for server in deployment.servers:
        assert chip_names(server.get(deployment.dossier_path).text) == {NEW_NAME}, server


def chip_names(html: str) -> set[str]:
    """The names the dossier's cards show on the organisation's chips."""
    page = BeautifulSoup(html, "html.parser")
    chips = page.select(f'.dossiers-chip[data-organisation="{ORGANISATION}"]')
    assert chips, f"no card of the dossier names {ORGANISATION}"
    return {chip.get_text(strip=True) for chip in chips}


def copies_in_cache(cache: redis.Redis, text: str) -> set[bytes]:
    """The keys of the cache entries holding ``text`` (Django pickles strings as UTF-8)."""
    needle = text.encode()
    return {key for key in cache.scan_iter() if needle in (cache.get(key) or b"")}


def log_in(server: AppServer, password: str) -> requests.Session:
    """A session of the editor, logged in through the admin's own form on ``server``."""
    session = requests.Session()
    submit(server, session, "/admin/login/", username=EDITOR, password=password)
    return session


def submit(server: AppServer, session: requests.Session, path: str, **changes: str) -> None:
    """Send the admin form at ``path`` as a browser would, with ``changes`` typed in;
    the admin must accept it (it redirects)."""
    form = BeautifulSoup(server.get(path, session).text, "html.parser").find(
        "form", method=lambda method: (method or "").lower() == "post", action=path
    )
    assert form, f"{server} shows no form posting to {path}"
    response = session.post(
        f"{server.url}{path}", data={**form_data(form), **changes}, allow_redirects=False
    )
    assert response.status_code == 302, (
        f"{server} refused the form at {path} ({response.status_code})"
    )


def form_data(form) -> dict[str, str]:
    """What a browser sends for ``form`` as it stands (single values are enough here)."""
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name, kind = field.get("name"), field.get("type", "text")
        if not name or kind in {"submit", "button", "image", "reset", "file"}:
            continue
        if kind in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.name == "textarea":
            # A browser drops the newline that follows <textarea>; the parser keeps it.
            data[name] = field.get_text().removeprefix("\n")
        elif field.name == "select":
            option = field.find("option", selected=True) or field.find("option")
            data[name] = option.get("value", option.get_text()) if option else ""
        else:
            data[name] = field.get("value", "")
    return data
