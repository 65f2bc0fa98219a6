import swapper

from .imports import ImportHints, ImportRun
from .organisations import Organisation
from .pages import DossierPageMixin
from .submissions import InitiativeSubmission

__all__ = ["DossierPageMixin", "ImportHints", "ImportRun", "InitiativeSubmission", "Organisation"]

# The concrete page exists only on sites that keep Wagtail's own Page model: a reusable
# app cannot subclass a swapped-in base page, so such sites subclass the mixin instead.
if not swapper.is_swapped("wagtailcore", "Page"):
    from .pages import DossierPage

    __all__ += ["DossierPage"]
