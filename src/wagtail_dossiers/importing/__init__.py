"""The Django side of an import: StreamField data, validation, and the write.

``prepare_import`` runs decode → parse → enrich → to blocks → validate and writes
nothing (it is ``--dry-run``); ``write_import`` creates or updates the page in one
transaction and logs an ``ImportRun``.
"""

from .pipeline import ImportFailed, PreparedImport, prepare_import
from .writer import write_import

__all__ = ["ImportFailed", "PreparedImport", "prepare_import", "write_import"]
