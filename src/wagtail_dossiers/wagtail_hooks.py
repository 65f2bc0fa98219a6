"""Wiring only: admin menu, chooser, and the modeladmin group."""

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from .modeladmin import DossiersAdminGroup
from .viewsets import organisation_chooser_viewset

modeladmin_register(DossiersAdminGroup)


@hooks.register("register_admin_viewset")
def register_organisation_chooser():
    return organisation_chooser_viewset
