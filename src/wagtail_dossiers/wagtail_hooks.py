"""Wiring only: admin menu, chooser, the modeladmin group and the import's admin URLs."""

from django.urls import include, path
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from .modeladmin import DossiersAdminGroup
from .views import imports
from .viewsets import organisation_chooser_viewset

modeladmin_register(DossiersAdminGroup)


@hooks.register("register_admin_viewset")
def register_organisation_chooser():
    return organisation_chooser_viewset


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("dossiers/import/", include(imports, namespace="wagtail_dossiers_import"))]
