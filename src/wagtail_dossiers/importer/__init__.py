"""The pure importer core: decode, parse and enrich a legacy dossier, with no Django.

The Django layer (``wagtail_dossiers.importing``) turns the result into StreamField
data and writes the page.
"""
