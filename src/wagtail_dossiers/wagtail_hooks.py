"""Wiring only: admin menu, chooser, the modeladmin group, admin URLs and audit log actions."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .modeladmin import register_modeladmin
from .submissions.moderation import APPROVE, REJECT
from .views import imports, moderation
from .viewsets import organisation_chooser_viewset

register_modeladmin()


@hooks.register("register_admin_viewset")
def register_organisation_chooser():
    return organisation_chooser_viewset


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("dossiers/import/", include(imports, namespace="wagtail_dossiers_import"))]


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [
        path(
            "dossiers/submissions/",
            include(moderation, namespace="wagtail_dossiers_submissions"),
        )
    ]


@hooks.register("register_log_actions")
def register_submission_log_actions(actions):
    actions.register_action(APPROVE, _("Approve submission"), _("Submission approved"))
    actions.register_action(REJECT, _("Reject submission"), _("Submission rejected"))
