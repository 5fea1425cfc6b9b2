"""The import wizard walked through with the mouse: file, columns (and a saved mapping), the
check with bad cells marked, duplicate groups with a policy each, the import and its result;
Cancel writes nothing; the Clients page shows Import and Export only to roles allowed them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select
from test_import_support import EXISTING_PHONE, INN_PETROV, INN_ROMASHKA, write_csv

from crm_desktop.models import Client
from crm_desktop.services.board import BoardFilter
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.client_dto import ClientData, MethodData
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.clients import ClientService
from crm_desktop.services.enums import ContactMethodKind
from crm_desktop.services.exports import ExportFormat
from crm_desktop.services.imports import DuplicatePolicy, ImportService
from crm_desktop.services.segments import SegmentService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.clients.list_page import ClientsPage
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.export.list_exports import deals_export_button, segment_export_button
from crm_desktop.ui.import_wizard import wizard as wizard_module
from crm_desktop.ui.import_wizard.wizard import CHECK, COLUMNS, DUPLICATES, RUN, ImportWizard
from crm_desktop.ui.tasks import make_runners
from tests.factories import make_world

LEFT = Qt.MouseButton.LeftButton


class WaitingImports(ImportService):
    """Holds the import until Cancel is clicked, so the test sees it running."""

    started = threading.Event()

    def run(self, preview, policies=None, **kwargs):  # type: ignore[no-untyped-def]
        progress = kwargs["progress"]
        self.started.set()
        for _ in range(500):
            if progress.cancelled:
                break
            threading.Event().wait(0.01)  # the worker waits, not the test
        return super().run(preview, policies, **kwargs)


def transfer_bundle(world, actor, imports_class=ImportService):  # type: ignore[no-untyped-def]
    """The user's ServiceBundle, its import service possibly a stand-in class."""
    base = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, actor))
    return replace(base, imports=imports_class(world.sessions, actor))


@pytest.fixture
def world(qapp, engine, tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    w = make_world(engine)
    w.boss = w.add_user("boss", "admin")
    w.anna = w.add_user("anna", "manager")
    w.existing = ClientService(w.sessions, w.anna).create(ClientData(
        name="ЗАО Существующая", methods=(MethodData(ContactMethodKind.PHONE, EXISTING_PHONE),)))
    w.runners = make_runners()
    yield w
    w.runners.wait()


def ctx_of(world, actor, imports_class=ImportService) -> UiContext:  # type: ignore[no-untyped-def]
    bundle = transfer_bundle(world, actor, imports_class)
    return UiContext(bundle, world.runners.reads, world.runners.writes)


def open_wizard(qtbot, world, imports_class=ImportService) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ctx_of(world, world.boss, imports_class))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def step(qtbot, wizard: ImportWizard, expected: int) -> None:
    with qtbot.waitSignal(wizard.sig_step_ready, timeout=10_000,
                          check_params_cb=lambda index: index == expected):
        qtbot.mouseClick(wizard.next_button, LEFT)


def clients(world) -> int:
    with world.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Client)))


def test_walk_through_the_wizard(qtbot, world, tmp_path):
    wizard = open_wizard(qtbot, world)
    path = write_csv(tmp_path / "clients.csv")
    wizard.file_page.set_path(str(path))
    step(qtbot, wizard, COLUMNS)
    grid = wizard.mapping_page.grid
    assert grid.item(1, 0).text() == "ИНН"
    assert grid.item(1, 1).text() == f"{INN_ROMASHKA} · 77O7083893 · {INN_PETROV}"
    assert wizard.mapping_page.field_combo(1).currentData() == "inn"
    # the comment column is not wanted; the mapping is saved for the next file
    wizard.mapping_page.field_combo(10).setCurrentIndex(0)
    wizard.mapping_page.name_edit.setText("Выгрузка из таблицы")
    qtbot.mouseClick(wizard.mapping_page.save_button, LEFT)
    assert (tmp_path / "data" / "import-mappings" / "Выгрузка из таблицы.json").exists()
    assert wizard.mapping_page.saved_combo.currentText() == "Выгрузка из таблицы"

    step(qtbot, wizard, CHECK)
    model = wizard.preview_page.model
    assert model is not None and model.rowCount() == 13
    assert "5 will be rejected" in wizard.preview_page.summary.text()
    lutik = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "АО Лютик")
    cell = model.index(lutik, 1)
    assert cell.data() == "77O7083893"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e2"
    assert "INN must be 10 digits" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    wizard.preview_page.problems_only.setChecked(True)
    assert model.rowCount() == 6  # 5 rejected and 1 with a warning

    step(qtbot, wizard, DUPLICATES)
    page = wizard.duplicates_page
    assert page.grid.rowCount() == 2
    in_base = next(r for r in range(2) if page.grid.item(r, 2).text() == "ЗАО Существующая")
    combo = page.policy_combo(in_base)
    combo.setCurrentIndex(combo.findData(DuplicatePolicy.UPDATE))
    assert wizard.next_button.text() == "Import 8 row(s)"

    with qtbot.waitSignal(wizard.sig_imported, timeout=10_000) as imported:
        qtbot.mouseClick(wizard.next_button, LEFT)
    result = imported.args[0]
    assert (result.created, result.updated, result.merged, result.rejected) == (6, 1, 2, 5)
    run = wizard.run_page
    assert run.counts["created"].text() == "6" and run.counts["rejected"].text() == "5"
    assert result.reject_file.exists() and result.reject_file.parent == tmp_path
    assert result.reject_file.name in run.report_link.text()
    assert wizard.close_button.text() == "Close" and clients(world) == 7


def test_cancel_writes_nothing(qtbot, world, tmp_path):
    WaitingImports.started.clear()
    wizard = open_wizard(qtbot, world, WaitingImports)
    wizard.file_page.set_path(str(write_csv(tmp_path / "clients.csv")))
    step(qtbot, wizard, COLUMNS)
    step(qtbot, wizard, CHECK)
    step(qtbot, wizard, DUPLICATES)
    with qtbot.waitSignal(wizard.sig_step_ready, timeout=10_000,
                          check_params_cb=lambda index: index == RUN):
        qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(WaitingImports.started.is_set)
    qtbot.mouseClick(wizard.run_page.cancel_button, LEFT)
    qtbot.waitUntil(lambda: wizard.run_page.error_label.isVisible(), timeout=10_000)
    assert wizard.run_page.error_label.text() == "The import was cancelled; nothing was written."
    assert clients(world) == 1 and not list(tmp_path.glob("*rejected*"))
    assert wizard.back_button.isVisible()
    qtbot.mouseClick(wizard.back_button, LEFT)
    assert wizard.pages.currentIndex() == DUPLICATES and wizard.next_button.isEnabled()


def test_a_file_that_cannot_be_read_is_explained_on_the_first_step(qtbot, world, tmp_path):
    wizard = open_wizard(qtbot, world)
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    wizard.file_page.set_path(str(path))
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.file_page.error_label.isVisible(), timeout=10_000)
    assert "is not a spreadsheet" in wizard.file_page.error_label.text()
    assert wizard.pages.currentIndex() == 0 and wizard.next_button.isEnabled()


@pytest.fixture
def page_of(qtbot, world) -> Iterator:
    def make(actor) -> ClientsPage:  # type: ignore[no-untyped-def]
        page = ClientsPage(ctx_of(world, actor))
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitUntil(lambda: page.count is not None, timeout=10_000)
        return page
    yield make


def test_buttons_follow_the_role_and_export_writes_the_list(qtbot, world, page_of, tmp_path,
                                                             monkeypatch):
    manager = page_of(world.anna)
    assert not manager.import_button.isVisible() and not manager.export_button.isVisible()
    head = page_of(world.boss)
    assert head.import_button.isVisible() and head.export_button.isVisible()
    head.export_button.choose_path = lambda fmt: tmp_path / f"list.{fmt.value}"
    with qtbot.waitSignal(head.export_button.sig_exported, timeout=10_000) as exported:
        head.export_button.csv_action.trigger()
    assert exported.args[0].rows == 1 and exported.args[0].file_format is ExportFormat.CSV
    text = (tmp_path / "list.csv").read_text(encoding="utf-8-sig")
    assert "ЗАО Существующая" in text and text.splitlines()[0].startswith("Clients: exported by")
    box = head.export_button.findChild(QMessageBox, "exportDoneBox")
    assert box is not None and "list.csv" in box.text()
    monkeypatch.setattr(wizard_module, "POLL_MS", 10)
    with qtbot.waitSignal(head.sig_count_loaded, timeout=10_000):
        qtbot.mouseClick(head.import_button, LEFT)
        wizard = head.import_wizard
        assert wizard is not None and wizard.isVisible()
        wizard.sig_imported.emit(None)  # an import elsewhere refreshes the list


def test_segment_and_deals_buttons(qtbot, world, tmp_path):
    segment = SegmentService(world.sessions, world.boss).save("Все", ClientFilter())
    ctx = ctx_of(world, world.boss)
    by_segment = segment_export_button(ctx, lambda: (segment.id, segment.name))
    deals = deals_export_button(ctx, lambda: None, BoardFilter)
    for button in (by_segment, deals):
        qtbot.addWidget(button)
        button.choose_path = lambda fmt, b=button: tmp_path / f"{id(b)}.{fmt.value}"
    with qtbot.waitSignal(by_segment.sig_exported, timeout=10_000) as exported:
        by_segment.xlsx_action.trigger()
    assert exported.args[0].rows == 1
    with qtbot.waitSignal(deals.sig_exported, timeout=10_000) as exported:
        deals.csv_action.trigger()
    assert exported.args[0].rows == 0
    hidden = deals_export_button(ctx_of(world, world.anna), lambda: None, BoardFilter)
    qtbot.addWidget(hidden)
    assert hidden.isHidden()
