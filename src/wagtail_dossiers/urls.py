"""The app's public URLs: the organisation pages.

A site includes them where it likes, inside ``i18n_patterns`` if it has them and before
Wagtail's catch-all page URLs::

    path("organisations/", include("wagtail_dossiers.urls")),
"""

from django.urls import path

from .views.organisations import organisation_detail, organisation_index

app_name = "wagtail_dossiers"

urlpatterns = [
    path("", organisation_index, name="organisation_index"),
    path("<slug:slug>/", organisation_detail, name="organisation"),
]
