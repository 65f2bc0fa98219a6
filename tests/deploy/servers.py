"""The real parts of a deployment with several app servers, for the tests in this folder:
a PostgreSQL database of their own, a Redis, and the example project under gunicorn.

Each part is a context manager that cleans up after itself, on failure too: the servers
are stopped, Redis with them, and the database dropped. A part that is missing skips the
tests, except under ``CI``, where it fails them: CI must never pass without running them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PROJECT = ROOT / "example_project"
MANAGE = EXAMPLE_PROJECT / "manage.py"
# A cold worker renders the seed dossier in seconds, but a busy CI machine may take far
# longer; gunicorn's default of 30 s would kill it mid-request.
WORKER_TIMEOUT = 180
STARTUP_TIMEOUT = 120


def unavailable(reason: str) -> NoReturn:
    """Skip the test for want of a part, or fail it when ``CI`` is set."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: this test may not be skipped)", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A new, empty database on the PostgreSQL server that ``DATABASE_URL`` names; yields
    its URL and drops it afterwards. The role needs the right to create databases, as
    for the test suite on PostgreSQL."""
    import dj_database_url

    url = os.environ.get("DATABASE_URL", "")
    config = dj_database_url.parse(url) if url else {}
    if "postgresql" not in config.get("ENGINE", ""):
        unavailable(
            "needs PostgreSQL: set DATABASE_URL=postgres://user:password@host:port/name "
            "(a role that may create databases)"
        )
    import psycopg
    from psycopg import sql

    server = f"{config['HOST'] or 'localhost'}:{config['PORT'] or 5432}"
    try:
        admin = psycopg.connect(
            host=config["HOST"] or None,
            port=config["PORT"] or None,
            user=config["USER"] or None,
            password=config["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
            connect_timeout=10,
        )
    except psycopg.OperationalError as error:
        unavailable(f"PostgreSQL at {server} (DATABASE_URL) is not reachable: {error}")
    name = f"dossiers_servers_{secrets.token_hex(4)}"
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield urlsplit(url)._replace(path=f"/{name}").geturl()
        finally:
            # FORCE: a server that would not stop must not leave the database behind.
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@contextlib.contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    """``REDIS_URL`` when it is set, else a ``redis-server`` of our own on a free port,
    keeping nothing on disk; yields its URL."""
    import redis

    if url := os.environ.get("REDIS_URL"):
        try:
            redis.Redis.from_url(url, socket_connect_timeout=5).ping()
        except redis.RedisError as error:
            unavailable(f"Redis at REDIS_URL is not reachable: {error}")
        yield url
        return
    binary = shutil.which("redis-server")
    if binary is None:
        unavailable("needs redis-server (apt-get install redis-server) or REDIS_URL")
    port = free_port()
    log = directory / "redis.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(directory)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1)
        _wait(lambda: _answers(client), process, log, "redis-server")
        yield url
    finally:
        _stop(process)


def _answers(client) -> bool:
    import redis

    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


def site_environment(*, database_url: str, redis_url: str, base_url: str) -> dict[str, str]:
    """The environment every process of the site shares, as on real app servers: one
    database, one cache, one secret key (sessions and CSRF tokens work on any server),
    no debug. It imports this checkout's code, whatever the virtual environment holds."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "WAGTAIL"))
    }
    path = [str(ROOT / "src"), str(EXAMPLE_PROJECT)]
    env.update(
        PYTHONPATH=os.pathsep.join(path + [p for p in [env.get("PYTHONPATH")] if p]),
        DJANGO_SETTINGS_MODULE="demo_site.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(40),
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        WAGTAILADMIN_BASE_URL=base_url,
    )
    return env


def manage(env: dict[str, str], *args: str, **extra_env: str) -> str:
    """Run a management command of the example project; its output, or a failure
    that shows it."""
    result = subprocess.run(
        [sys.executable, str(MANAGE), *args],
        env={**env, **extra_env},
        capture_output=True,
        text=True,
        timeout=900,
    )
    if result.returncode:
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


class AppServer:
    """The example project under gunicorn on a port of its own: one of several app
    servers behind a load balancer, each with its own worker processes."""

    def __init__(self, name: str, env: dict[str, str], directory: Path, *, port: int) -> None:
        self.name = name
        self.env = env
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log = directory / f"gunicorn-{name}.log"
        self.process: subprocess.Popen | None = None

    def __repr__(self) -> str:
        return f"<server {self.name} at {self.url}>"

    def __enter__(self) -> AppServer:
        with self.log.open("wb") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "demo_site.wsgi:application"]
                + ["--bind", f"127.0.0.1:{self.port}", "--workers", "2"]
                + ["--timeout", str(WORKER_TIMEOUT), "--graceful-timeout", "5"]
                + ["--access-logfile", "-", "--error-logfile", "-"]
                # Not one control socket in $HOME for every instance on the machine.
                + ["--no-control-socket"],
                cwd=EXAMPLE_PROJECT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: its workers stop with it
            )
        try:
            # gunicorn listens before its workers have imported Django: wait for an answer.
            _wait(self._answers, self.process, self.log, f"gunicorn {self.name}")
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        if self.process is not None:
            _stop(self.process, group=True)

    def _answers(self) -> bool:
        try:
            return requests.get(f"{self.url}/admin/login/", timeout=WORKER_TIMEOUT).ok
        except requests.ConnectionError:
            return False

    def get(self, path: str, session: requests.Session | None = None) -> requests.Response:
        """GET ``path`` as a visitor (or through ``session``); any status but 200 fails."""
        response = (session or requests).get(
            f"{self.url}{path}", timeout=WORKER_TIMEOUT, allow_redirects=False
        )
        assert response.status_code == 200, (
            f"{self} answered {response.status_code} for {path}:\n{self.log_tail()}"
        )
        return response

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def _wait(ready, process: subprocess.Popen, log: Path, what: str) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not ready():
        if process.poll() is not None:
            pytest.fail(f"{what} exited with {process.returncode}:\n{log.read_text()}")
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not answer in {STARTUP_TIMEOUT} s:\n{log.read_text()}")
        time.sleep(0.2)


def _stop(process: subprocess.Popen, *, group: bool = False) -> None:
    """SIGTERM (gunicorn stops its workers gracefully), then SIGKILL for what remains."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        # Not reaped yet, so its id still names the group it leads: workers and all.
        if group:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait()
