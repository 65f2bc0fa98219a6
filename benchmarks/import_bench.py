"""Import benchmark: parse throughput, and end-to-end imports against Wagtail's own API.

    .venv/bin/python benchmarks/import_bench.py [--dossiers 200]

Prints parse throughput (MB/s) for a large generated text and HTML dossier, then
the time to import N generated dossiers through the whole pipeline (decode, parse,
enrich, convert, validate, write with revision and ImportRun) against a baseline
measured in the same run: creating the same pages from the same StreamField data
directly with ``add_child`` + ``save_revision``. Runs alternate, so both see the
same database growth. Targets: parsing ≥ 2 MB/s, end to end ≤ 1.5× the baseline.
"""

from __future__ import annotations

import argparse
import html
import random
import time

from _setup import setup_django

ORGANISATIONS = [
    f"Organisatie {name}"
    for name in ["Alfa", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta"]
]
WORDS = [
    "lokale",
    "verkiezingen",
    "vereniging",
    "gemeente",
    "vorming",
    "debat",
    "burgers",
    "participatie",
    "ouderen",
    "jongeren",
    "cultuur",
    "muziek",
    "inspraak",
    "beleid",
    "memorandum",
    "campagne",
    "webinar",
    "ondersteuning",
    "vrijwilligers",
]


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def text_dossier(rng: random.Random, number: int, sections: int, cards: int) -> str:
    lines = [f"Dossier nummer {number}", "", "Dossier: Benchmarkreeks", "", sentence(rng, 30), ""]
    for s in range(sections):
        lines += [f"Thema {s} van dossier {number}", ""]
        for c in range(cards):
            org = rng.choice(ORGANISATIONS)
            lines.append(
                f" • {sentence(rng)} {org} organiseert dit op www.voorbeeld{c}.be. {sentence(rng)}"
            )
        lines.append("")
    lines.append("Jan Janssens Neem contact op met Jan")
    return "\n".join(lines)


def html_dossier(rng: random.Random, sections: int, cards: int) -> str:
    parts = ["<html><body><h1>Een groot dossier</h1><p>Dossier: Benchmarkreeks</p>"]
    for s in range(sections):
        parts.append(f"<h2>Thema {s}</h2><ul>")
        for _ in range(cards):
            org = html.escape(rng.choice(ORGANISATIONS))
            parts.append(
                f"<li><strong>{sentence(rng, 4)}</strong> {sentence(rng)} {org} "
                f'<a href="https://www.voorbeeld.be/{s}">lees meer</a></li>'
            )
        parts.append("</ul>")
    parts.append("</body></html>")
    return "".join(parts)


def parse_throughput(rng: random.Random) -> None:
    from wagtail_dossiers.importer import formats
    from wagtail_dossiers.importer.enrich import Registry, RegistryEntry, enrich

    registry = Registry(RegistryEntry(i, name) for i, name in enumerate(ORGANISATIONS))
    for label, source in (
        ("text", text_dossier(rng, 0, sections=100, cards=120)),
        ("html", html_dossier(rng, sections=100, cards=120)),
    ):
        size = len(source.encode("utf-8")) / 1e6
        start = time.perf_counter()
        # formats.parse, as the pipeline reads (and as the pathological set below does).
        document = enrich(formats.parse(source, label), registry)
        elapsed = time.perf_counter() - start
        cards = sum(len(s.initiatives) for s in document.sections)
        rate = size / elapsed
        print(f"parse+enrich {label}: {size:.2f} MB, {cards} cards: {rate:.2f} MB/s")


def end_to_end(rng: random.Random, count: int) -> None:
    from wagtail.models import Page

    from home.models import HomePage
    from wagtail_dossiers.importing import prepare_import, write_import
    from wagtail_dossiers.models import DossierPage, Organisation

    for name in ORGANISATIONS:
        Organisation.objects.get_or_create(name=name)
    root = Page.get_first_root_node()
    imported = root.add_child(instance=HomePage(title="Imported", slug="imported"))
    direct = root.add_child(instance=Page(title="Direct", slug="direct"))

    pipeline_time = baseline_time = 0.0
    for number in range(count):
        data = text_dossier(rng, number, sections=8, cards=8).encode("utf-8")

        start = time.perf_counter()
        prepared = prepare_import(data, source_name=f"dossier-{number}.txt")
        write_import(prepared, imported)
        pipeline_time += time.perf_counter() - start

        # The baseline gets the finished StreamField data for free: only Wagtail's write.
        fields = {k: v for k, v in prepared.page_fields.items() if k != "dossier_hub"}
        start = time.perf_counter()
        page = DossierPage(**fields, body=prepared.body, slug=f"direct-{number}", live=False)
        direct.add_child(instance=page)
        page.save_revision()
        baseline_time += time.perf_counter() - start

    def per_dossier(seconds: float) -> str:
        return f"{seconds:.2f} s ({seconds / count * 1000:.1f} ms/dossier)"

    print(f"end to end, {count} dossiers of 64 cards:")
    print(f"  baseline (add_child + save_revision): {per_dossier(baseline_time)}")
    print(f"  import_dossier pipeline:              {per_dossier(pipeline_time)}")
    print(f"  ratio: {pipeline_time / baseline_time:.2f}x (target <= 1.5x)")


PATHOLOGICAL = {
    "one long word (text)": (lambda n: "Titel\n\n" + "a" * n, "text"),
    "one long line (text)": (lambda n: "Titel\n\n" + "woord " * (n // 6), "text"),
    "unclosed <p> (html)": (lambda n: "<h1>T</h1>" + "<p>alinea " * (n // 10), "html"),
    "unclosed <li> (html)": (lambda n: "<h1>T</h1><ul>" + "<li>een punt " * (n // 14), "html"),
    "5,000 nested <b> (html)": (
        lambda n: "<h1>T</h1><p>" + "<b>" * 5000 + "x" * (n - 15000),
        "html",
    ),
}


def pathological_throughput() -> None:
    """Inputs built to stall a parser, at 100 KB and 1 MB: MB/s, and how time grows."""
    from wagtail_dossiers.importer import formats
    from wagtail_dossiers.importer.enrich import enrich

    for label, (make, fmt) in PATHOLOGICAL.items():
        seconds = []
        for size in (100_000, 1_000_000):
            source = make(size)
            start = time.perf_counter()
            enrich(formats.parse(source, fmt))
            seconds.append(time.perf_counter() - start)
        rates = [size / 1e6 / s for size, s in zip((100_000, 1_000_000), seconds, strict=True)]
        print(
            f"pathological {label}: {rates[0]:.2f} MB/s at 100 KB, {rates[1]:.2f} MB/s at 1 MB; "
            f"1 MB takes {seconds[1] / seconds[0]:.1f}x the 100 KB time"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dossiers", type=int, default=200)
    args = parser.parse_args()
    setup_django()
    rng = random.Random(2024)
    parse_throughput(rng)
    pathological_throughput()
    end_to_end(rng, args.dossiers)


if __name__ == "__main__":
    main()
