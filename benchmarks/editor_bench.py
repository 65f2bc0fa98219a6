"""Editor speed: how long Wagtail's page editor takes to become usable for a dossier page.

    .venv/bin/python benchmarks/editor_bench.py [--runs 3] [--cards 500] [--port 8002]

Starts the example site with ``runserver`` on a free port (8002 or above) and a throw-away
SQLite database: ``migrate``, ``load_demo`` (the demo registry and the seed dossier, about
60 blocks), a superuser, and a generated dossier of ``--cards`` cards imported with
``import_dossier``. Then, in Debian's Chromium, it logs in through the admin login form
and opens each page's edit view ``--runs`` times, timing from navigation start
(``performance.now()`` is 0 there) until the editor is usable: every StreamField block
rendered, every rich text editor (Draftail) mounted, and "Save draft" enabled. Prints
the medians and stops its server.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from import_bench import sentence

ROOT = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, str(ROOT / "example_project" / "manage.py")]
ORGANISATIONS = ROOT / "example_project" / "home" / "fixtures" / "organisations.json"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
USER, PASSWORD = "bench", "bench-editor-speed"

# Usable: the body's blocks all rendered, every rich text field's Draftail editor
# mounted, "Save draft" enabled. Returns performance.now(), 0 being navigation start.
READY_JS = """
(expected) => {
    const form = document.querySelector("form[data-edit-form]");
    if (!form || form.querySelectorAll("[data-streamfield-child]").length < expected.children) {
        return false;
    }
    if (form.querySelectorAll(".DraftEditor-root").length < expected.rich_text) {
        return false;
    }
    const save = document.querySelector("button.action-save");
    if (!save || save.disabled || save.offsetParent === null) {
        return false;
    }
    const nav = performance.getEntriesByType("navigation")[0];
    return {
        ready: performance.now(),
        response: nav.responseEnd,
        dom: nav.domContentLoadedEventEnd,
        html_kb: nav.decodedBodySize / 1024,
    };
}
"""


def free_port(start: int = 8002) -> int:
    for port in range(start, start + 200):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port from {start}")


def large_dossier(cards: int, per_section: int = 25, seed: int = 7) -> str:
    """A legacy text dossier like the seed, with ``cards`` bullets naming known organisations."""
    rng = random.Random(seed)
    names = [record["name"] for record in json.loads(ORGANISATIONS.read_text("utf-8"))]
    lines = ["Een groot dossier", "", "Dossier: Benchmark", "", sentence(rng, 40), ""]
    for number in range(cards):
        if number % per_section == 0:
            lines += ["", f"Thema {number // per_section + 1}: {sentence(rng, 4)[:-1]}", ""]
        organisation = rng.choice(names)
        lines.append(f" • {sentence(rng, 16)} {organisation} werkt hieraan. {sentence(rng, 12)}")
    lines += ["", "Elke Verhaeghe Neem contact op met Elke"]
    return "\n".join(lines) + "\n"


def manage(*args: str, env: dict, **kwargs) -> str:
    result = subprocess.run(
        [*MANAGE, *args], env=env, check=True, capture_output=True, text=True, **kwargs
    )
    return result.stdout


PAGES_CODE = """
import json
from wagtail_dossiers.models import DossierPage
print(json.dumps([
    {"id": p.pk, "title": p.title, "body": list(p.body.raw_data)}
    for p in DossierPage.objects.order_by("pk")
]))
"""
RICH_TEXT_BLOCKS = {"section", "initiative", "paragraph"}  # one Draftail editor each


def editor_size(body: list[dict]) -> dict[str, int]:
    """What the editor must render: stream and list children, and rich text editors."""
    size = {"children": 0, "rich_text": 1, "cards": 0}  # 1: the page's intro field

    def walk(value) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            if "id" in value and "type" in value:
                size["children"] += 1
                size["rich_text"] += value["type"] in RICH_TEXT_BLOCKS
                size["cards"] += value["type"] == "initiative"
            for item in value.values():
                walk(item)

    walk(body)
    return size


def prepare_site(workdir: Path, sizes: list[int]) -> tuple[dict, list[dict]]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    manage("migrate", "--no-input", env=env)
    manage("load_demo", env=env)
    manage("createsuperuser", "--no-input", "--username", USER, "--email", "b@x.org", env=env)
    sources = []
    for cards in sizes:
        sources.append(workdir / f"dossier-{cards}-kaarten.txt")
        sources[-1].write_text(large_dossier(cards), "utf-8")
    manage("import_dossier", *map(str, sources), "--parent", "/", "--user", USER, env=env)
    # The last line: Django 5.2's shell may announce its automatic imports first.
    pages = json.loads(manage("shell", "-c", PAGES_CODE, env=env).strip().splitlines()[-1])
    return env, [{"id": p["id"], "title": p["title"], **editor_size(p["body"])} for p in pages]


def start_server(env: dict, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [*MANAGE, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/admin/login/", timeout=2)
            return server
        except OSError:
            if server.poll() is not None:
                raise RuntimeError("runserver exited") from None
            time.sleep(0.3)
    server.terminate()
    raise RuntimeError("runserver did not answer within 60 s")


def measure(base: str, pages: list[dict], runs: int) -> dict[int, list[dict]]:
    from playwright.sync_api import sync_playwright

    timings: dict[int, list[dict]] = {page["id"]: [] for page in pages}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        tab.goto(f"{base}/admin/login/")
        tab.fill("input[name=username]", USER)
        tab.fill("input[name=password]", PASSWORD)
        tab.click("button[type=submit]")
        tab.wait_for_url(f"{base}/admin/")
        for run in range(runs + 1):  # run 0 warms caches and is not counted
            for page in pages:
                tab.goto("about:blank")
                started = time.perf_counter()
                tab.goto(f"{base}/admin/pages/{page['id']}/edit/", wait_until="commit")
                ready = tab.wait_for_function(
                    READY_JS, arg=page, polling="raf", timeout=300_000
                ).json_value()
                wall = (time.perf_counter() - started) * 1000
                if run:
                    timings[page["id"]].append(ready)
                    print(
                        f"  run {run}, {page['cards']:>4} cards: usable at {ready['ready']:.0f} ms "
                        f"(HTML {ready['html_kb']:.0f} kB received at {ready['response']:.0f} ms, "
                        f"DOMContentLoaded {ready['dom']:.0f} ms; wall {wall:.0f} ms)"
                    )
        browser.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--cards", type=int, nargs="+", default=[500], help="Sizes of generated dossiers."
    )
    parser.add_argument("--port", type=int, default=8002)
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="dossiers-editor-bench-"))
    print(f"Preparing the example site in {workdir} …")
    env, pages = prepare_site(workdir, options.cards)
    port = free_port(max(options.port, 8002))
    server = start_server(env, port)
    print(f"runserver on port {port} (pid {server.pid})")
    try:
        timings = measure(f"http://127.0.0.1:{port}", pages, options.runs)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"\nmedians of {options.runs} runs, ms from navigation start:")
    print(f"  {'page':<45} {'cards':>5} {'blocks':>6} {'HTML kB':>8} {'HTML in':>8} {'usable':>7}")
    for page in pages:
        runs = timings[page["id"]]

        def median(key: str, runs=runs) -> float:
            return statistics.median(run[key] for run in runs)

        print(
            f"  {page['title'][:45]:<45} {page['cards']:>5} {page['children']:>6} "
            f"{median('html_kb'):>8.0f} {median('response'):>8.0f} {median('ready'):>7.0f}"
        )


if __name__ == "__main__":
    main()
