"""The demo's frame around every page: its base template and a language switch."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def demo(request):
    current = translation.get_language()
    path = request.get_full_path()
    languages = [
        {"code": code, "name": name, "url": translate_url(path, code), "current": code == current}
        for code, name in settings.LANGUAGES
    ]
    return {"dossier_base_template": "home/base.html", "demo_languages": languages}
