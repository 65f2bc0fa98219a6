"""Who may import what, and who may fix the names an import reports: one module, asking
Wagtail's permission policies (as ``wagtail.contrib.redirects.permissions`` does), for the
import views, the menu and the preview alike.
"""

from __future__ import annotations

import swapper
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from .conf import get_page_model
from .models import Organisation

organisation_permission_policy = ModelPermissionPolicy(Organisation)


def user_can_manage_organisations(user) -> bool:
    """May add organisations and change their aliases: fix unknown names in a preview."""
    return organisation_permission_policy.user_has_permission(
        user, "add"
    ) and organisation_permission_policy.user_has_permission(user, "change")


def importable_parents(user):
    """Pages under which ``user`` may add a dossier page: by page type and add permission.

    The tree's root is left out: a page there belongs to no site.
    """
    Page = swapper.load_model("wagtailcore", "Page")
    parent_models = get_page_model().allowed_parent_page_models()
    content_types = list(ContentType.objects.get_for_models(*parent_models).values())
    pages = Page.objects.filter(content_type__in=content_types, depth__gt=1)
    return pages & PagePermissionPolicy().instances_user_has_permission_for(user, "add")


def user_can_import(user) -> bool:
    return bool(user.is_active) and importable_parents(user).exists()


def user_can_publish_somewhere(user) -> bool:
    if user.is_active and user.is_superuser:
        return True
    publishable = PagePermissionPolicy().instances_user_has_permission_for(user, "publish")
    return (importable_parents(user) & publishable).exists()


def parent_problem(user, parent) -> str | None:
    """Why ``user`` cannot import a dossier under ``parent``, or ``None`` when they can."""
    page_model = get_page_model()
    parent = parent.specific_deferred
    if parent.is_root():
        return _("A dossier page cannot be created at the root of the page tree.")
    if not parent.permissions_for_user(user).can_add_subpage():
        return _('You do not have permission to create a page under "%(title)s".') % {
            "title": parent.get_admin_display_title()
        }
    if not page_model.can_create_at(parent):
        return _('A "%(type)s" cannot be created under "%(title)s".') % {
            "type": page_model.get_verbose_name(),
            "title": parent.get_admin_display_title(),
        }
    return None
