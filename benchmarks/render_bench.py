"""Render benchmark: the public page of a 500-card dossier against plain Django.

    .venv/bin/python benchmarks/render_bench.py [--sections 10] [--cards 50] [--profile]

Builds a published dossier of 10 sections x 50 cards (each card: a title, a paragraph,
2 of 40 organisations and 1 link) and requests its URL with Django's test ``Client``:

- cold: the first request after publishing, with the page cache empty for the new
  revision (a new revision with the same cards is published before each sample, untimed);
- edit: the first request after publishing a revision in which one card changed;
- search: a free-text search, another one each time (never cached whole);
- warm: repeat requests, the page cache filled;
- empty: the first request with every cache empty, for reference;
- baseline, in the same run: the same cards, organisations and links, as dicts already
  in memory, rendered by one plain Django template loop (no Wagtail, no StreamField)
  in a plain view behind the same URL resolver and middleware, so that both sides pay
  for the request; similar markup per card, and the response sizes are printed to
  show that the two pages weigh about the same;
- lean baseline, in the same run: a request of a 5-card dossier plus one render of
  that plain template over the same 500 cards, timed together.

Prints the medians in ms, warm/baseline (target <= 2x), cold/baseline (target <= 5x),
search/lean and edit/lean (targets <= 2x), and the size of the page's CSS + JS (target
< 30 KB); ``--profile`` adds the top functions of cProfile runs over warm and over cold
requests.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import time
import types
import uuid

from _setup import ROOT, median, setup_django

STATIC = ROOT / "src" / "wagtail_dossiers" / "static" / "wagtail_dossiers"
ORGANISATIONS = 40
COLD_SAMPLES = 9
WARM_SAMPLES = 20
BASELINE_SAMPLES = 20

# The baseline: the markup of dossier_page.html and the block templates, per card.
BASELINE_TEMPLATE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{{ title }}</title>
<link rel="stylesheet" href="/static/wagtail_dossiers/css/dossier.css"></head>
<body><main id="main" class="dossiers-page">
<header class="dossiers-header"><h1 class="dossiers-header__title">{{ title }}</h1></header>
<div class="dossiers-layout" data-dossiers>
<nav class="dossiers-toc"><h2 class="dossiers-toc__heading">Contents</h2>
<ol class="dossiers-toc__list">
{% for section in sections %}
<li class="dossiers-toc__item" data-dossiers-toc="{{ section.anchor }}">
<a class="dossiers-toc__link" href="#{{ section.anchor }}">{{ section.heading }}</a>
<span class="dossiers-toc__count">{{ section.cards|length }} initiatives</span></li>{% endfor %}
</ol></nav>
<div class="dossiers-layout__content">
{% for section in sections %}
<div class="dossiers-block dossiers-block--section">
<section class="dossiers-section" id="{{ section.anchor }}" \
aria-labelledby="{{ section.anchor }}--heading">
<div class="dossiers-section__header">
<h2 class="dossiers-section__heading" id="{{ section.anchor }}--heading">{{ section.heading }}</h2>
<a class="dossiers-section__permalink" href="#{{ section.anchor }}">\
<span aria-hidden="true">#</span>\
<span class="dossiers-visually-hidden">Link to the theme “{{ section.heading }}”</span></a>
</div>
<ul class="dossiers-section__items" role="list">
{% for card in section.cards %}\
<li class="dossiers-item dossiers-item--initiative" data-dossiers-card \
data-organisations="{{ card.slugs }}" data-search="{{ card.search }}">
<article class="dossiers-card">
<h3 class="dossiers-card__title">{{ card.title }}</h3>
<div class="dossiers-card__text">{{ card.text|safe }}</div>
<ul class="dossiers-card__organisations" role="list" aria-label="Organisations">
{% for org in card.organisations %}<li class="dossiers-chip" data-organisation="{{ org.slug }}">\
<a href="{{ org.website }}">{{ org.name }}</a></li>{% endfor %}
</ul>
<ul class="dossiers-card__links" role="list">
{% for link in card.links %}\
<li><a class="dossiers-link" href="{{ link.href }}">{{ link.text }}</a></li>\
{% endfor %}
</ul>
</article></li>{% endfor %}
</ul>
</section></div>
{% endfor %}
</div></div></main>
{{ json_ld }}
<script src="/static/wagtail_dossiers/js/dossier.js" defer></script></body></html>"""


def block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def card(title: str, text: str, organisations, href: str) -> dict:
    """An initiative block as the importer and the editor store it (links as list items)."""
    return block(
        "initiative",
        {
            "title": title,
            "text": f"<p>{text}</p>",
            "organisations": [org.pk for org in organisations],
            "links": [block("item", {"label": "Lees meer", "url": href, "page": None})],
            "image": {"image": None, "alt_text": "", "caption": ""},
        },
    )


def build_dossier(sections: int, cards: int, page_title: str = "Een dossier van 500 kaarten"):
    """A published dossier under the bench's home page; its in-memory twin for the baseline."""
    from django.utils.text import slugify
    from wagtail.models import Page, Site

    from home.models import HomePage
    from wagtail_dossiers.filters import fold
    from wagtail_dossiers.models import DossierPage, Organisation

    home = HomePage.objects.filter(slug="bench").first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Bench", slug="bench"))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
        )
    orgs = [
        Organisation.objects.get_or_create(
            name=f"Organisatie {n:02d}", website=f"https://www.organisatie-{n:02d}.be"
        )[0]
        for n in range(ORGANISATIONS)
    ]

    body, twin, parts, number = [], [], [], 0
    for s in range(sections):
        items, twin_cards = [], []
        for _ in range(cards):
            pair = [orgs[number % ORGANISATIONS], orgs[(number * 7 + 3) % ORGANISATIONS]]
            title = f"Initiatief {number}"
            text = (
                f"Een vereniging in gemeente {number} brengt jong en oud samen rond lokale "
                "verkiezingen, met een debat, een vorming en een webinar over inspraak."
            )
            href = f"https://www.voorbeeld.be/initiatief/{number}"
            items.append(card(title, text, pair, href))
            names = [org.name for org in pair]
            twin_cards.append(
                {
                    "title": title,
                    "text": f"<p>{text}</p>",
                    "organisations": [
                        {"name": o.name, "slug": o.slug, "website": o.website} for o in pair
                    ],
                    "links": [{"text": "Lees meer", "href": href}],
                    "slugs": " ".join(o.slug for o in pair),
                    "search": " ".join(
                        dict.fromkeys(fold(" ".join([title, text, *names, "Lees meer"])).split())
                    ),
                }
            )
            parts.append(
                {
                    "@type": "CreativeWork",
                    "name": title,
                    "text": text,
                    "keywords": f"Thema {s}: lokale verkiezingen en het middenveld",
                    "author": [
                        {"@type": "Organization", "name": o.name, "url": o.website} for o in pair
                    ],
                    "url": href,
                }
            )
            number += 1
        heading = f"Thema {s}: lokale verkiezingen en het middenveld"
        body.append(block("section", {"heading": heading, "intro": "", "items": items}))
        twin.append({"heading": heading, "anchor": slugify(heading), "cards": twin_cards})

    page = DossierPage(title=page_title, body=body)
    home.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    json_ld = {"@context": "https://schema.org", "@type": "CollectionPage"}
    json_ld |= {"name": page.title, "inLanguage": "nl", "hasPart": parts}
    return page, {"title": page.title, "sections": twin, "json_ld": json_ld}


class Samples:
    """Wall-clock and CPU milliseconds of one kind of request, and its response size."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.size = 0

    def get(self, client, url: str, then=None) -> None:
        """Time one request; ``then``, when given, is timed with it (the lean baseline)."""
        wall, cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        if then is not None:
            then()
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)
        assert response.status_code == 200, response.status_code
        self.size = len(response.content)

    def __str__(self) -> str:
        return (
            f"{median(self.wall):7.1f} ms  (CPU {median(self.cpu):6.1f} ms, "
            f"median of {len(self.wall)}, {self.size / 1024:.0f} KB of HTML)"
        )


def edit_one_card(page, n: int) -> None:
    """Publish a revision in which one card's title changed, as an editor would."""
    body = page.body.raw_data
    sections = [block for block in body if block["type"] == "section"]
    item = sections[n % len(sections)]["value"]["items"][n % 7]
    item["value"]["title"] = f"Initiatief, bewerkt {n}"
    page.body = list(body)
    page.save_revision().publish()


def urlconf_with_baseline(data: dict):
    """The demo site's URLs plus ``/baseline/``: the same cards from the in-memory dicts."""
    from django.http import HttpResponse
    from django.template import Context, Template
    from django.urls import path

    from demo_site import urls
    from wagtail_dossiers.structured_data import json_ld_script

    template = Template(BASELINE_TEMPLATE)  # compiled once, as the cached loader would

    def render() -> str:
        # The page's schema.org JSON-LD too, the same way: json.dumps in a <script>.
        json_ld = json_ld_script(data["json_ld"])
        return template.render(Context({**data, "json_ld": json_ld}))

    def baseline(request):
        return HttpResponse(render())

    module = types.ModuleType("render_bench_urls")
    module.urlpatterns = [path("baseline/", baseline), *urls.urlpatterns]
    return module, render


def profile(label: str, request, times: int) -> None:
    """The app's, Wagtail's and the template engine's functions, by cumulative time."""
    profiler = cProfile.Profile()
    for _ in range(times):
        request(profiler)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    stats.print_stats(r"wagtail_dossiers|wagtail/(models|blocks|rich_text)|django/template/", 25)
    print(f"\ncProfile, {times} {label} requests (cumulative):")
    print("\n".join(out.getvalue().splitlines()[4:]))


def profile_requests(client, page, url: str) -> None:
    def warm(profiler):
        profiler.runcall(client.get, url)

    def cold(profiler):
        page.save_revision().publish()
        profiler.runcall(client.get, url)

    client.get(url)
    profile("warm", warm, 20)
    profile("cold", cold, 5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sections", type=int, default=10)
    parser.add_argument("--cards", type=int, default=50, help="cards per section")
    parser.add_argument("--profile", action="store_true", help="cProfile warm and cold requests")
    args = parser.parse_args()
    setup_django()

    from django.core.cache import cache
    from django.test import Client
    from django.test.utils import override_settings
    from django.utils import translation

    page, data = build_dossier(args.sections, args.cards)
    small, _small_data = build_dossier(1, 5, page_title="Een dossier van 5 kaarten")
    with translation.override("nl"):
        url, small_url = page.url, small.url
    urlconf, render_baseline = urlconf_with_baseline(data)
    client = Client()
    cache.clear()
    kinds = ("cold", "edit", "search", "warm", "baseline", "lean", "empty")
    samples = {kind: Samples() for kind in kinds}

    with override_settings(ROOT_URLCONF=urlconf):
        # Warm-up of both sides: imports, template loading, URL resolver, first queries.
        client.get("/baseline/")
        client.get(url)
        client.get(small_url)
        # The kinds take turns, so that they share whatever else the machine is doing.
        for n in range(max(WARM_SAMPLES, BASELINE_SAMPLES)):
            if n < COLD_SAMPLES:
                page.save_revision().publish()  # a new revision: a new page cache key
                # Publishing allocates a lot; collect now, untimed, rather than let the
                # collector land inside the timed request.
                gc.collect()
                samples["cold"].get(client, url)
                edit_one_card(page, n)
                gc.collect()
                samples["edit"].get(client, url)
                cache.clear()
                gc.collect()
                samples["empty"].get(client, url)
            if n < WARM_SAMPLES:
                samples["warm"].get(client, url)
                # A search a reader types: another one every time, never cached whole.
                samples["search"].get(client, f"{url}?q=gemeente+{n}")
            if n < BASELINE_SAMPLES:
                samples["baseline"].get(client, "/baseline/")
                samples["lean"].get(client, small_url, then=render_baseline)

        bare = []
        for _ in range(BASELINE_SAMPLES):
            start = time.perf_counter()
            render_baseline()
            bare.append((time.perf_counter() - start) * 1000)

        cards = args.sections * args.cards
        print(f"dossier of {cards} cards ({args.sections} sections x {args.cards}): {url}")
        print(f"  baseline, plain template over dicts:  {samples['baseline']}")
        print(f"    of which the template alone:        {median(bare):7.1f} ms")
        print(f"  lean: 5-card page + that template:    {samples['lean']}")
        print(f"  warm, page cache filled:              {samples['warm']}")
        print(f"  cold, first request after publish:    {samples['cold']}")
        print(f"  first request after editing one card: {samples['edit']}")
        print(f"  a search (?q=, another each time):    {samples['search']}")
        print(f"  every cache empty:                    {samples['empty']}")
        targets = (
            ("warm", "baseline", 2),
            ("cold", "baseline", 5),
            ("search", "lean", 2),
            ("edit", "lean", 2),
            ("empty", "lean", None),
        )
        for kind, against, target in targets:
            ratio = median(samples[kind].wall) / median(samples[against].wall)
            cpu_ratio = median(samples[kind].cpu) / median(samples[against].cpu)
            verdict = (
                ""
                if target is None
                else f", target <= {target}x: " + ("met" if ratio <= target else "MISSED")
            )
            print(f"  {kind} / {against}: {ratio:5.2f}x (CPU {cpu_ratio:5.2f}x){verdict}")

        css = (STATIC / "css" / "dossier.css").stat().st_size
        js = (STATIC / "js" / "dossier.js").stat().st_size
        total = (css + js) / 1024
        verdict = "met" if total < 30 else "MISSED"
        print(
            f"CSS + JS: {css / 1024:.1f} + {js / 1024:.1f} = {total:.1f} KB, "
            f"target < 30 KB: {verdict}"
        )

        if args.profile:
            profile_requests(client, page, url)


if __name__ == "__main__":
    main()
