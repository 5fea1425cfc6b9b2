"""The import and export services of the signed-in user, and where saved mappings live."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.config import data_dir
from crm_desktop.services.exports import ExportService
from crm_desktop.services.imports import ImportService, MappingStore
from crm_desktop.ui.context import UiContext


def import_service(ctx: UiContext) -> ImportService:
    return ctx.services.imports


def export_service(ctx: UiContext) -> ExportService:
    return ctx.services.exports


def has_import(ctx: UiContext) -> bool:
    """Whether the signed-in user's bundle offers import (test stand-ins may leave it out)."""
    return getattr(ctx.services, "imports", None) is not None


def has_export(ctx: UiContext) -> bool:
    return getattr(ctx.services, "exports", None) is not None


def mappings_folder() -> Path:
    return data_dir() / "import-mappings"


def mapping_store() -> MappingStore:
    """Saved column mappings: one JSON file each in the user's data folder (the same files
    `crm-admin import --mapping` reads)."""
    return MappingStore(mappings_folder())
