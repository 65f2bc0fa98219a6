"""Structured, filterable dossier pages for Wagtail, with an importer for legacy dossiers."""

__version__ = "0.1.0"
