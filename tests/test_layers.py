"""Imports only point down: services, models and reports never import Qt (STYLE.md §1)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "crm_desktop"
QT_FREE = ("services", "models", "reports", "migrations")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_free_layers_do_not_import_qt_or_ui() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imported_modules(path):
                if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith(
                    ("crm_desktop.ui", "crm_desktop.app")
                ):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_models_do_not_import_services() -> None:
    offenders = [
        f"{path.name} imports {name}"
        for path in (PACKAGE / "models").rglob("*.py")
        for name in imported_modules(path)
        if name.startswith("crm_desktop.services")
    ]
    assert offenders == []


def test_widgets_never_touch_sessions_or_queries() -> None:
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for name in imported_modules(path):
            if name.startswith(("sqlalchemy", "crm_desktop.models", "crm_desktop.db")):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []
