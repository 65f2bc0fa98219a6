"""Block validation, nesting and the picker information an editor sees."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.field_block import FieldBlockAdapter

from tests.utils import make_image, make_organisation
from wagtail_dossiers.blocks import (
    CallToActionBlock,
    ContactBlock,
    DossierBodyBlock,
    ImageItemBlock,
    InitiativeBlock,
    LinkBlock,
    OrganisationChooserBlock,
    SectionBlock,
    SectionItemsBlock,
)

EMPTY_IMAGE = {"image": None, "alt_text": "", "caption": ""}
BODY_BLOCKS = list(DossierBodyBlock().child_blocks.items())
SECTION_ITEM_BLOCKS = list(SectionItemsBlock().child_blocks.items())


def clean(block, raw):
    return block.clean(block.to_python(raw))


def errors_of(block, raw) -> dict:
    """The per-field errors ``clean`` raises for ``raw``, or fail if it raises none."""
    with pytest.raises(ValidationError) as info:
        clean(block, raw)
    return info.value.block_errors


def link(url="", page=None, label=""):
    return {"label": label, "url": url, "page": page}


def initiative(**overrides):
    value = {
        "title": "Kiesspel",
        "text": "<p>Een spel</p>",
        "organisations": [],
        "links": [],
        "image": EMPTY_IMAGE,
    }
    return {**value, **overrides}


# Required fields


def test_a_section_requires_a_heading():
    assert "heading" in errors_of(SectionBlock(), {"heading": "", "items": []})


def test_a_section_with_a_heading_and_no_items_is_valid():
    assert clean(SectionBlock(), {"heading": "Sectoren", "items": []})["heading"] == "Sectoren"


def test_a_contact_requires_a_name():
    assert "name" in errors_of(ContactBlock(), {"name": "", "email": "elke@example.org"})


def test_an_image_requires_alt_text():
    assert "alt_text" in errors_of(ImageItemBlock(), EMPTY_IMAGE)


def test_an_image_with_alt_text_but_no_file_yet_is_valid():
    value = clean(ImageItemBlock(), {"image": None, "alt_text": "Een groep", "caption": ""})
    assert value["alt_text"] == "Een groep"


def test_an_initiative_without_a_picture_is_valid():
    assert clean(InitiativeBlock(), initiative())["title"] == "Kiesspel"


def test_an_initiative_picture_with_only_a_caption_needs_no_alt_text_until_an_image_is_chosen():
    image = {"image": None, "alt_text": "", "caption": "Foto: Okra"}
    assert clean(InitiativeBlock(), initiative(image=image))["image"]["caption"] == "Foto: Okra"


@pytest.mark.django_db
def test_an_initiative_picture_requires_alt_text_once_an_image_is_chosen():
    image = {"image": make_image().pk, "alt_text": "", "caption": ""}
    errors = errors_of(InitiativeBlock(), initiative(image=image))
    assert "alt_text" in errors["image"].block_errors


@pytest.mark.django_db
def test_an_initiative_picture_with_an_image_and_alt_text_is_valid():
    picture = make_image()
    image = {"image": picture.pk, "alt_text": "Senioren aan tafel", "caption": ""}
    value = clean(InitiativeBlock(), initiative(image=image))
    assert (value["image"]["image"], value["image"]["alt_text"]) == (picture, "Senioren aan tafel")


@pytest.mark.django_db
def test_a_draft_may_wait_for_the_alt_text_of_a_chosen_image():
    block = InitiativeBlock()
    raw = initiative(image={"image": make_image().pk, "alt_text": "", "caption": ""})
    assert block.clean_deferred(block.to_python(raw))["image"]["alt_text"] == ""


def editor_marks_required(block) -> bool:
    """What the page editor is told about a field (Wagtail marks it with a star and
    gives its input ``required``): the ``required`` of the block's telepath definition."""
    return FieldBlockAdapter().js_args(block)[2]["required"]


def test_the_editor_does_not_mark_a_cards_alt_text_required():
    alt_text = InitiativeBlock().child_blocks["image"].child_blocks["alt_text"]
    assert not editor_marks_required(alt_text)


def test_the_editor_still_marks_the_alt_text_of_an_image_block_required():
    assert editor_marks_required(ImageItemBlock().child_blocks["alt_text"])


def test_a_cards_picture_starts_collapsed_in_the_editor():
    assert InitiativeBlock().child_blocks["image"].meta.collapsed


def test_an_initiative_requires_text():
    assert "text" in errors_of(InitiativeBlock(), initiative(text=""))


# Links


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "ftp://example.org/file.txt",
        "//example.org",
        "mailto:not-an-address",
    ],
)
def test_a_link_rejects_unsafe_or_malformed_addresses(url):
    assert "url" in errors_of(LinkBlock(), link(url))


@pytest.mark.parametrize(
    "url", ["https://www.okra.be/kiesspel", "http://example.org", "mailto:a@b.be"]
)
def test_a_link_accepts_http_https_and_mailto(url):
    assert clean(LinkBlock(), link(url)).href() == url


def test_a_link_requires_a_web_address_or_a_page():
    assert "url" in errors_of(LinkBlock(), link())


@pytest.mark.django_db
def test_a_link_accepts_a_page_instead_of_a_web_address(home):
    value = clean(LinkBlock(), link(page=home.pk))
    assert value["page"].pk == home.pk
    assert value.text() == home.title


@pytest.mark.django_db
def test_a_link_rejects_both_a_web_address_and_a_page(home):
    assert "url" in errors_of(LinkBlock(), link("https://example.org", page=home.pk))


def test_an_optional_link_may_stay_empty():
    assert clean(LinkBlock(required=False), link()).href() == ""


def test_an_optional_link_with_only_a_label_asks_for_an_address():
    assert "url" in errors_of(LinkBlock(required=False), link(label="Lees meer"))


def test_an_optional_link_still_rejects_unsafe_addresses():
    assert "url" in errors_of(LinkBlock(required=False), link("javascript:alert(1)"))


def test_a_call_to_action_may_have_no_link():
    value = clean(CallToActionBlock(), {"text": "Laat het ons weten", "link": link()})
    assert value["text"] == "Laat het ons weten"


def test_a_contact_action_link_rejects_javascript():
    raw = {"name": "Elke", "action_label": "Klik", "action_link": "javascript:alert(1)"}
    assert "action_link" in errors_of(ContactBlock(), raw)


def test_a_draft_may_leave_a_required_link_empty_but_never_unsafe():
    body = DossierBodyBlock()
    raw = [
        {
            "type": "section",
            "value": {
                "heading": "Sectoren",
                "items": [{"type": "initiative", "value": initiative(links=[link()])}],
            },
        }
    ]
    body.clean_deferred(body.to_python(raw))  # saving a draft: fine
    with pytest.raises(ValidationError):
        body.clean(body.to_python(raw))  # publishing: the link is missing
    raw[0]["value"]["items"][0]["value"]["links"] = [link("javascript:alert(1)")]
    with pytest.raises(ValidationError):
        body.clean_deferred(body.to_python(raw))


# Nesting


def test_the_body_offers_sections_text_images_calls_to_action_and_contacts():
    assert [name for name, _block in BODY_BLOCKS] == [
        "section",
        "paragraph",
        "image",
        "call_to_action",
        "contact",
    ]


def test_a_section_offers_initiatives_text_images_and_calls_to_action():
    assert [name for name, _block in SECTION_ITEM_BLOCKS] == [
        "initiative",
        "paragraph",
        "image",
        "call_to_action",
    ]


@pytest.mark.parametrize("block_type", ["contact", "section"])
def test_a_section_does_not_hold_contacts_or_other_sections(block_type):
    items = SectionItemsBlock()
    value = items.to_python([{"type": block_type, "value": {"name": "Elke", "heading": "X"}}])
    # Wagtail drops block types a stream does not know rather than storing them.
    assert [child.block_type for child in items.clean(value)] == []


# What the block picker shows


@pytest.mark.parametrize(
    ("name", "block"),
    BODY_BLOCKS + SECTION_ITEM_BLOCKS,
    ids=[f"body-{n}" for n, _b in BODY_BLOCKS] + [f"section-{n}" for n, _b in SECTION_ITEM_BLOCKS],
)
def test_every_block_has_a_label_an_icon_and_a_description(name, block):
    # A label of its own (translatable), not one Wagtail derives from the type name.
    assert block.meta.label and block.label == block.meta.label
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert str(block.get_description()).strip()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "block"),
    BODY_BLOCKS + SECTION_ITEM_BLOCKS,
    ids=[f"body-{n}" for n, _b in BODY_BLOCKS] + [f"section-{n}" for n, _b in SECTION_ITEM_BLOCKS],
)
def test_every_block_preview_value_renders(name, block):
    value = block.get_preview_value()
    html = block.render(value)
    if name != "image":  # an image preview has no file, so it rightly shows nothing
        assert html.strip()


@pytest.mark.parametrize(
    ("name", "block"),
    BODY_BLOCKS,
    ids=[n for n, _b in BODY_BLOCKS],
)
def test_every_body_block_is_previewable_in_the_block_picker(name, block):
    assert block.is_previewable


# API


@pytest.mark.django_db
def test_the_organisation_chooser_block_gives_the_api_id_name_slug_and_website():
    okra = make_organisation("Okra", website="https://www.okra.be")
    block = OrganisationChooserBlock()
    assert block.get_api_representation(block.to_python(okra.pk)) == {
        "id": okra.pk,
        "name": "Okra",
        "slug": "okra",
        "website": "https://www.okra.be",
    }


@pytest.mark.django_db
def test_the_organisation_chooser_block_gives_none_for_a_deleted_organisation():
    okra = make_organisation("Okra")
    block = OrganisationChooserBlock()
    pk = okra.pk
    okra.delete()
    assert block.get_api_representation(block.to_python(pk)) is None


# A card's organisations: one field, several organisations


def organisations_block():
    return InitiativeBlock().child_blocks["organisations"]


@pytest.mark.django_db
def test_a_cards_organisations_field_keeps_several_in_the_order_chosen():
    okra, orbit = make_organisation("Okra"), make_organisation("Orbit")
    block = organisations_block()
    assert clean(block, [orbit.pk, okra.pk]) == [orbit, okra]
    assert block.get_prep_value(clean(block, [orbit.pk, okra.pk])) == [orbit.pk, okra.pk]


@pytest.mark.django_db
def test_a_cards_organisations_field_rejects_an_id_that_names_no_organisation():
    okra = make_organisation("Okra")
    unknown = okra.pk + 100
    with pytest.raises(ValidationError) as info:
        organisations_block().clean([okra.pk, unknown])
    assert str(unknown) in " ".join(info.value.messages)


@pytest.mark.django_db
def test_a_cards_organisations_field_rejects_what_is_not_an_id():
    with pytest.raises(ValidationError):
        organisations_block().clean(["Okra"])


@pytest.mark.django_db
def test_a_cards_organisations_field_names_each_organisation_once():
    okra = make_organisation("Okra")
    assert organisations_block().clean([okra.pk, str(okra.pk)]) == [okra]


@pytest.mark.django_db
def test_a_cards_organisations_still_read_from_list_items_stored_before_migration_0006():
    okra, orbit = make_organisation("Okra"), make_organisation("Orbit")
    stored = [
        {"type": "item", "value": orbit.pk, "id": "a"},
        {"type": "item", "value": okra.pk, "id": "b"},
    ]
    assert organisations_block().to_python(stored) == [orbit, okra]


@pytest.mark.django_db
def test_a_deleted_organisation_leaves_the_card():
    okra, orbit = make_organisation("Okra"), make_organisation("Orbit")
    stored = [okra.pk, orbit.pk]
    okra.delete()
    assert organisations_block().to_python(stored) == [orbit]


@pytest.mark.django_db
def test_a_cards_organisations_are_fetched_in_one_query_for_the_whole_page(
    django_assert_num_queries,
):
    organisations = [make_organisation(f"Organisatie {n}") for n in range(6)]
    cards = [[org.pk for org in organisations[n : n + 3]] for n in range(4)]
    block = organisations_block()
    with django_assert_num_queries(1):  # logos joined; none here, so no renditions to fetch
        values = block.bulk_to_python(cards)
    assert values[3] == organisations[3:6]


@pytest.mark.django_db
def test_a_cards_organisations_give_the_api_id_name_slug_and_website_of_each():
    okra = make_organisation("Okra", website="https://www.okra.be")
    orbit = make_organisation("Orbit")
    block = organisations_block()
    assert block.get_api_representation(block.to_python([okra.pk, orbit.pk])) == [
        {"id": okra.pk, "name": "Okra", "slug": "okra", "website": "https://www.okra.be"},
        {"id": orbit.pk, "name": "Orbit", "slug": "orbit", "website": ""},
    ]


@pytest.mark.django_db
def test_a_cards_organisations_are_in_the_reference_index_and_the_search_text():
    okra, orbit = make_organisation("Okra"), make_organisation("Orbit")
    block = organisations_block()
    value = block.to_python([okra.pk, orbit.pk])
    assert [ref[1] for ref in block.extract_references(value)] == [str(okra.pk), str(orbit.pk)]
    assert block.get_searchable_content(value) == ["Okra", "Orbit"]
