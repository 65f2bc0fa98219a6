"""Organisations named on initiative cards: records an editor manages and chooses."""

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model_string
from wagtail.search import index


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        unique=True,
        blank=True,
        help_text=_("Used in filter links such as ?organisation=okra. Filled in from the name."),
    )
    aliases = models.TextField(
        _("aliases"),
        blank=True,
        help_text=_(
            "Other names this organisation goes by, one per line (e.g. an abbreviation). "
            "The importer recognises the organisation by its name and these aliases."
        ),
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("short description"), blank=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("aliases"),
        index.SearchField("description"),
        index.FilterField("slug"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:255]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        """The organisation's public page, in the active language's URLs; "" on a site
        that does not include ``wagtail_dossiers.urls`` (chips then link to the website)."""
        try:
            return reverse("wagtail_dossiers:organisation", kwargs={"slug": self.slug})
        except NoReverseMatch:
            return ""

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]
