"""The import and export services of the signed-in user, and where saved mappings live."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from crm_desktop.config import data_dir
from crm_desktop.services.exports import ExportService
from crm_desktop.services.imports import ImportService, MappingStore
from crm_desktop.ui.context import UiContext


def import_service(ctx: UiContext) -> ImportService:
    """`ctx.services.imports` (looked up by name: the bundle gains the field with this feature;
    without it the Import button is not shown, see `has_import`)."""
    service = getattr(ctx.services, "imports", None)
    if service is None:
        raise LookupError("ServiceBundle has no 'imports' (ImportService) field")
    return cast(ImportService, service)


def export_service(ctx: UiContext) -> ExportService:
    service = getattr(ctx.services, "exports", None)
    if service is None:
        raise LookupError("ServiceBundle has no 'exports' (ExportService) field")
    return cast(ExportService, service)


def has_import(ctx: UiContext) -> bool:
    return getattr(ctx.services, "imports", None) is not None


def has_export(ctx: UiContext) -> bool:
    return getattr(ctx.services, "exports", None) is not None


def mappings_folder() -> Path:
    return data_dir() / "import-mappings"


def mapping_store() -> MappingStore:
    """Saved column mappings: one JSON file each in the user's data folder (the same files
    `crm-admin import --mapping` reads)."""
    return MappingStore(mappings_folder())
