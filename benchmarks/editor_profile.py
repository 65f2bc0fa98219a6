"""Where the page editor's time goes: a Chromium CPU profile of opening one dossier's edit view.

    .venv/bin/python benchmarks/editor_profile.py [--cards 250] [--top 25] [--out editor.cpuprofile]

Prepares the same site as ``editor_bench.py`` (the seed and one generated dossier of
``--cards`` cards), opens the generated page's edit view once to warm the caches, then
once more under the DevTools CPU profiler until the editor is usable. Prints the time
spent in each script (self time) and the functions with the most self and total time,
each with the start of its source so that minified functions can be recognised. The
``.cpuprofile`` it writes opens in Chromium's DevTools (Performance tab).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlparse

from editor_bench import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PASSWORD,
    READY_JS,
    USER,
    free_port,
    prepare_site,
    start_server,
)

SITE_PACKAGES = Path(__import__("wagtail").__file__).resolve().parents[1]
ROOT = Path(__file__).resolve().parents[1]


def static_file(url: str) -> Path | None:
    """The file on disk behind a ``/static/…`` URL (Wagtail's or this app's)."""
    path = urlparse(url).path.removeprefix("/static/")
    for base in (SITE_PACKAGES.glob("*/static"), SITE_PACKAGES.glob("*/*/static")):
        for static in base:
            if (static / path).is_file():
                return static / path
    local = ROOT / "src" / "wagtail_dossiers" / "static" / path
    return local if local.is_file() else None


def source_at(url: str, line: int, column: int, width: int = 90) -> str:
    file = static_file(url) if url else None
    if not file:
        return ""
    lines = file.read_text("utf-8", errors="replace").splitlines()
    return lines[line][column : column + width] if line < len(lines) else ""


def summarise(profile: dict, top: int) -> None:
    nodes = {node["id"]: node for node in profile["nodes"]}
    parent = {child: node["id"] for node in profile["nodes"] for child in node.get("children", [])}
    self_ms: collections.Counter = collections.Counter()
    total_ms: collections.Counter = collections.Counter()
    by_script: collections.Counter = collections.Counter()

    def key(node: dict) -> tuple:
        frame = node["callFrame"]
        return (frame["functionName"] or "(anonymous)", frame["url"], frame["lineNumber"],
                frame["columnNumber"])  # fmt: skip

    for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        ms = delta / 1000
        node = nodes[sample]
        self_ms[key(node)] += ms
        by_script[Path(urlparse(node["callFrame"]["url"]).path).name or "(native)"] += ms
        seen, current = set(), sample
        while current is not None:  # count each function once per stack (recursion)
            seen.add(key(nodes[current]))
            current = parent.get(current)
        for frame in seen:
            total_ms[frame] += ms
    elapsed = (profile["endTime"] - profile["startTime"]) / 1000
    print(f"\nprofiled {elapsed:.0f} ms; self time by script:")
    for script, ms in by_script.most_common(12):
        print(f"  {ms:>8.0f} ms  {ms / elapsed:>5.1%}  {script}")
    for title, counter in (("self", self_ms), ("total", total_ms)):
        print(f"\nfunctions by {title} time:")
        for (name, url, line, column), ms in counter.most_common(top):
            where = f"{Path(urlparse(url).path).name}:{line + 1}:{column}" if url else ""
            print(f"  {ms:>8.0f} ms  {name[:28]:<28} {where:<24} {source_at(url, line, column)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=250)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=Path("editor.cpuprofile"))
    parser.add_argument("--port", type=int, default=8002)
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="dossiers-editor-profile-"))
    env, pages = prepare_site(workdir, [options.cards])
    page = next(p for p in pages if p["title"] == "Een groot dossier")
    port = free_port(max(options.port, 8002))
    server = start_server(env, port)
    base = f"http://127.0.0.1:{port}"
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            tab = browser.new_page(viewport={"width": 1280, "height": 900})
            tab.goto(f"{base}/admin/login/")
            tab.fill("input[name=username]", USER)
            tab.fill("input[name=password]", PASSWORD)
            tab.click("button[type=submit]")
            tab.wait_for_url(f"{base}/admin/")
            cdp = tab.context.new_cdp_session(tab)
            cdp.send("Profiler.enable")
            cdp.send("Profiler.setSamplingInterval", {"interval": 500})
            for profiled in (False, True):  # the first visit warms the caches
                tab.goto("about:blank")
                if profiled:
                    cdp.send("Profiler.start")
                tab.goto(f"{base}/admin/pages/{page['id']}/edit/", wait_until="commit")
                ready = tab.wait_for_function(READY_JS, arg=page, polling="raf", timeout=300_000)
                if profiled:
                    profile = cdp.send("Profiler.stop")["profile"]
                    print(f"{page['cards']} cards: usable at {ready.json_value()['ready']:.0f} ms")
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    options.out.write_text(json.dumps(profile), "utf-8")
    print(f"wrote {options.out}")
    summarise(profile, options.top)


if __name__ == "__main__":
    main()
