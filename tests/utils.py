"""Plain builder functions for tests: pages, organisations and StreamField data."""

from __future__ import annotations

import io
import uuid

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import HomePage
from wagtail_dossiers.models import DossierPage, Organisation


def make_home() -> HomePage:
    """A home page under the tree root, made the default site's root."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug=f"home-{uuid.uuid4().hex[:6]}"))
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = home
        site.save()
    else:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home


def make_image(title: str = "Beeld"):
    """A small real PNG in Wagtail's image library."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (200, 120, 40)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


def make_organisation(name: str, **kwargs) -> Organisation:
    return Organisation.objects.create(name=name, **kwargs)


def block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def card(text: str, *, title: str = "", organisations=(), links=()) -> dict:
    return block(
        "initiative",
        {
            "title": title,
            "text": f"<p>{text}</p>",
            "organisations": [org.pk for org in organisations],
            "links": [{"label": label, "url": url, "page": None} for label, url in links],
            "image": {"image": None, "alt_text": "", "caption": ""},
        },
    )


def section(heading: str, items: list[dict], intro: str = "") -> dict:
    return block("section", {"heading": heading, "intro": intro, "items": items})


def body_with_cards(count: int, organisations: list[Organisation], sections: int = 5) -> list[dict]:
    """A body of ``count`` cards spread over sections, each naming two organisations."""
    per_section = [[] for _ in range(sections)]
    for i in range(count):
        orgs = [organisations[i % len(organisations)], organisations[(i + 1) % len(organisations)]]
        per_section[i % sections].append(
            card(
                f"Initiative {i} about local democracy.",
                title=f"Card {i}",
                organisations=orgs,
                links=[("Read more", f"https://example.org/{i}")],
            )
        )
    return [section(f"Theme {n}", items) for n, items in enumerate(per_section)]


def make_dossier(
    parent: Page, *, title: str = "Dossier", body=None, publish: bool = True, **fields
):
    page = DossierPage(title=title, body=body or [], live=publish, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def submission_data(section_id: str, **overrides) -> dict:
    """What a visitor fills in on a dossier's ``submit/`` form."""
    data = {
        "section": section_id,
        "organisation": "Okra",
        "title": "Stemklaar in de wijk",
        "text": "Vrijwilligers bezoeken senioren thuis.\n\nZe leggen uit hoe stemmen werkt.",
        "link": "https://www.okra.be/stemklaar",
        "name": "An Peeters",
        "email": "an@example.org",
        "consent": "on",
        "fax_number": "",
    }
    return {**data, **overrides}


def make_submission(page, section_id: str, **fields):
    """A pending submission as the form would have stored it."""
    from wagtail_dossiers.models import InitiativeSubmission

    values = {
        "section_block_id": section_id,
        "section_heading": "Sectoren in actie",
        "organisation_name": "Okra",
        "title": "Stemklaar in de wijk",
        "text": "Vrijwilligers bezoeken senioren thuis.",
        "link": "https://www.okra.be/stemklaar",
        "name": "An Peeters",
        "email": "an@example.org",
        "language": "nl",
    }
    return InitiativeSubmission.objects.create(page=page, **{**values, **fields})
