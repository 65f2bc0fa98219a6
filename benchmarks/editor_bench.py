"""Editor speed: how long Wagtail's page editor takes to become usable for a dossier page.

    .venv/bin/python benchmarks/editor_bench.py [--runs 3] [--cards 500] [--baseline main]

Starts the example site with ``runserver`` on a free port (8002 or above) and a throw-away
SQLite database: ``migrate``, ``load_demo`` (the demo registry and the seed dossier, about
60 blocks), a superuser, and a generated dossier of ``--cards`` cards imported with
``import_dossier``. Then, in Debian's Chromium, it logs in through the admin login form
and opens each page's edit view ``--runs`` times, timing from navigation start
(``performance.now()`` is 0 there) until the editor is usable: every StreamField block
rendered, every rich text field ready (a mounted Draftail editor, or the text of one that
mounts when it comes into view, is clicked or focused: ``wagtail_dossiers.draftail``), and
"Save draft" enabled. Prints the medians, with how many editors had mounted by then, and
stops its server.

With ``--baseline REF`` it also prepares the same site from that git revision (``git
archive`` into a temporary directory, its own code and database) and serves both; every
visit to a page of this tree is paired with a visit to the same page of the baseline, in
alternating order, so both see the same load, and it prints the ratio of the medians.
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
# Where ``load_demo`` finds the seed by default; passed on, so a baseline tree
# exported elsewhere imports the same seed.
SEED = ROOT.parent / "shared" / "seed" / "lokale-verkiezingen-2024.txt"

# Usable: the body's blocks all rendered, every rich text field's Draftail editor
# mounted, "Save draft" enabled. Returns performance.now(), 0 being navigation start,
# and the number of elements in the document then (what the editor built; no noise).
READY_JS = """
(expected) => {
    const form = document.querySelector("form[data-edit-form]");
    if (!form || form.querySelectorAll("[data-streamfield-child]").length < expected.children) {
        return false;
    }
    // A rich text field is ready as a mounted Draftail editor or as its text waiting for
    // one (wagtail_dossiers.draftail: mounted when it comes into view, clicked or focused).
    // Those in the viewport must have mounted.
    const mounted = form.querySelectorAll(".DraftEditor-root").length;
    const waiting = Array.from(form.querySelectorAll("[data-dossiers-lazy-draftail]"));
    if (mounted + waiting.length < expected.rich_text) {
        return false;
    }
    const inView = (element) => {
        const box = element.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
    };
    if (waiting.some(inView)) {
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
        elements: document.getElementsByTagName("*").length,
        mounted: mounted,
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


def manage_command(root: Path) -> list[str]:
    # manage.py puts its own tree's ``src`` first on sys.path: the site runs that tree's code.
    return [sys.executable, str(root / "example_project" / "manage.py")]


def manage(*args: str, env: dict, root: Path = ROOT, **kwargs) -> str:
    result = subprocess.run(
        [*manage_command(root), *args], env=env, check=True, capture_output=True, text=True,
        **kwargs,
    )  # fmt: skip
    return result.stdout


PAGES_CODE = """
import json
import wagtail_dossiers
from wagtail_dossiers.models import DossierPage
print(wagtail_dossiers.__file__)
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


def prepare_site(workdir: Path, sizes: list[int], root: Path = ROOT) -> tuple[dict, list[dict]]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    manage("migrate", "--no-input", env=env, root=root)
    manage("load_demo", "--seed", str(SEED), env=env, root=root)
    manage(
        "createsuperuser", "--no-input", "--username", USER, "--email", "b@x.org",
        env=env, root=root,
    )  # fmt: skip
    sources = []
    for cards in sizes:
        sources.append(workdir / f"dossier-{cards}-kaarten.txt")
        sources[-1].write_text(large_dossier(cards), "utf-8")
    manage(
        "import_dossier", *map(str, sources), "--parent", "/", "--user", USER,
        env=env, root=root,
    )  # fmt: skip
    # The last two lines: Django 5.2's shell may announce its automatic imports first.
    *_, package, data = manage("shell", "-c", PAGES_CODE, env=env, root=root).strip().splitlines()
    if not package.startswith(str(root / "src")):
        raise RuntimeError(f"the site in {root} runs the app from {package}")
    pages = json.loads(data)
    return env, [{"id": p["id"], "title": p["title"], **editor_size(p["body"])} for p in pages]


def start_server(env: dict, port: int, root: Path = ROOT) -> subprocess.Popen:
    server = subprocess.Popen(
        [*manage_command(root), "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
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


def login(browser, base: str):
    """A tab logged in to the admin at ``base``, in its own context (cookies ignore ports)."""
    tab = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    tab.goto(f"{base}/admin/login/")
    tab.fill("input[name=username]", USER)
    tab.fill("input[name=password]", PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url(f"{base}/admin/")
    return tab


def thread_time(cdp) -> float:
    """CPU seconds the page's renderer main thread has used (DevTools ``ThreadTime``)."""
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return next(metric["value"] for metric in metrics if metric["name"] == "ThreadTime")


def visit(tab, base: str, page: dict) -> dict:
    """Open the page's editor until usable: its timings, and the main thread's CPU time
    meanwhile, which other jobs on a busy machine slow far less than the clock."""
    tab.goto("about:blank")
    cdp = tab.context.new_cdp_session(tab)
    cdp.send("Performance.enable")
    before = thread_time(cdp)
    started = time.perf_counter()
    tab.goto(f"{base}/admin/pages/{page['id']}/edit/", wait_until="commit")
    ready = tab.wait_for_function(READY_JS, arg=page, polling="raf", timeout=300_000).json_value()
    wall = (time.perf_counter() - started) * 1000
    after = thread_time(cdp)
    cdp.detach()
    # A navigation to another renderer process starts its count afresh.
    cpu = (after - before if after >= before else after) * 1000
    return {**ready, "wall": wall, "cpu": cpu}


def measure(sites: list[dict], runs: int) -> None:
    """Visit every page of every site ``runs`` times (after one warm-up visit), pairing the
    sites page by page in alternating order; the timings land in ``site["timings"]``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for site in sites:
            site["tab"] = login(browser, site["base"])
            site["timings"] = [[] for _ in site["pages"]]
        for run in range(runs + 1):  # run 0 warms caches and is not counted
            for number in range(len(sites[0]["pages"])):
                order = sites if (run + number) % 2 == 0 else sites[::-1]
                for site in order:
                    page = site["pages"][number]
                    ready = visit(site["tab"], site["base"], page)
                    if not run:
                        continue
                    site["timings"][number].append(ready)
                    print(
                        f"  run {run}, {site['name']:>8}, {page['cards']:>4} cards: usable at "
                        f"{ready['ready']:.0f} ms (HTML {ready['html_kb']:.0f} kB received at "
                        f"{ready['response']:.0f} ms, DOMContentLoaded {ready['dom']:.0f} ms; "
                        f"wall {ready['wall']:.0f} ms; main thread CPU {ready['cpu']:.0f} ms)"
                    )
        browser.close()


def export_tree(ref: str, workdir: Path) -> Path:
    """The files of git revision ``ref`` in ``workdir/tree`` (no history, no .venv)."""
    tree = workdir / "tree"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def serve(sites: list[dict], port: int) -> list[subprocess.Popen]:
    servers = []
    for site in sites:
        port = free_port(port)
        servers.append(start_server(site["env"], port, site["root"]))
        site["base"] = f"http://127.0.0.1:{port}"
        print(f"{site['name']}: runserver on port {port} (pid {servers[-1].pid})")
        port += 1
    return servers


def stop(servers: list[subprocess.Popen]) -> None:
    for server in servers:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--cards", type=int, nargs="+", default=[500], help="Sizes of generated dossiers."
    )
    parser.add_argument("--port", type=int, default=8002)
    parser.add_argument(
        "--baseline", metavar="REF", help="Also measure this git revision, visit by visit."
    )
    options = parser.parse_args()

    sites = [{"name": "this", "root": ROOT}]
    if options.baseline:
        sites.append({"name": options.baseline, "root": None})
    for site in sites:
        workdir = Path(tempfile.mkdtemp(prefix="dossiers-editor-bench-"))
        site["root"] = site["root"] or export_tree(options.baseline, workdir)
        print(f"Preparing the example site of {site['root']} in {workdir} …")
        site["env"], site["pages"] = prepare_site(workdir, options.cards, site["root"])
    servers = serve(sites, max(options.port, 8002))
    try:
        measure(sites, options.runs)
    finally:
        stop(servers)

    print(f"\nmedians of {options.runs} runs, ms from navigation start (CPU: main thread):")
    header = (
        f"  {'page':<38} {'site':>8} {'cards':>5} {'blocks':>6} {'elements':>8} {'HTML kB':>8} "
        f"{'HTML in':>8} {'usable':>7} {'CPU':>7} {'mounted':>9}"
    )
    print(header + (" ratio usable, CPU" if len(sites) > 1 else ""))
    for number in range(len(sites[0]["pages"])):
        usable, cpu = [], []
        for site in sites:
            page, runs = site["pages"][number], site["timings"][number]

            def median(key: str, runs=runs) -> float:
                return statistics.median(run[key] for run in runs)

            usable.append(median("ready"))
            cpu.append(median("cpu"))
            ratio = ""
            if len(usable) > 1:
                ratio = f" {usable[0] / usable[-1]:>5.2f} {cpu[0] / cpu[-1]:>5.2f}"
            print(
                f"  {page['title'][:38]:<38} {site['name'][:8]:>8} {page['cards']:>5} "
                f"{page['children']:>6} {median('elements'):>8.0f} {median('html_kb'):>8.0f} "
                f"{median('response'):>8.0f} {usable[-1]:>7.0f} {cpu[-1]:>7.0f} "
                f"{median('mounted'):>4.0f}/{page['rich_text']:<4}{ratio}"
            )


if __name__ == "__main__":
    main()
