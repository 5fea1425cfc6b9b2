"""Importing clients, contact people and deals from .xlsx and .csv files (issue #8).

reader → SheetTable; mapping → ColumnMapping (guessed, edited, saved); rows / cells →
ParsedRow with per-cell problems; dedupe → duplicate groups; preview → what would happen;
importer.ImportService → one transaction, progress with cancel, the reject report.
"""

from crm_desktop.services.imports.dedupe import DuplicateGroup, DuplicatePolicy, Existing
from crm_desktop.services.imports.errors import (
    ImportCancelled,
    ImportFileError,
    MappingError,
    Problem,
)
from crm_desktop.services.imports.fields import FIELDS, ImportEntity, ImportField
from crm_desktop.services.imports.importer import ImportResult, ImportService
from crm_desktop.services.imports.mapping import ColumnMapping, MappingStore, guess
from crm_desktop.services.imports.preview import ImportPreview, ImportProgress
from crm_desktop.services.imports.reader import SheetTable, read_table, sheet_names

__all__ = [
    "FIELDS", "ColumnMapping", "DuplicateGroup", "DuplicatePolicy", "Existing",
    "ImportCancelled", "ImportEntity", "ImportField", "ImportFileError", "ImportPreview",
    "ImportProgress", "ImportResult", "ImportService", "MappingError", "MappingStore", "Problem",
    "SheetTable", "guess", "read_table", "sheet_names",
]
