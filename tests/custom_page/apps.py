from django.apps import AppConfig


class CustomPageConfig(AppConfig):
    """A site with its own base page model (Wagtail 8's swappable Page)."""

    name = "tests.custom_page"
    label = "custom_page"
    default_auto_field = "django.db.models.BigAutoField"
