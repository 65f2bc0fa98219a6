"""Who may moderate submissions: a permission given through Wagtail's groups."""

from wagtail.permission_policies import ModelPermissionPolicy

from ..models import InitiativeSubmission

# ``moderate`` is the model's own ``moderate_initiativesubmission`` permission.
submission_permission_policy = ModelPermissionPolicy(InitiativeSubmission)


def user_can_moderate(user) -> bool:
    return submission_permission_policy.user_has_permission(user, "moderate")
