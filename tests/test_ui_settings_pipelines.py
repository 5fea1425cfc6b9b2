"""Settings → sales set-up: pipelines and stages, removing a stage that holds deals, loss
reasons, and the products catalogue — driven through the widgets, checked via the services."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from factories import make_world
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from ui_card_support import LEFT, Office, shut_down, type_text

from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.products import ProductData
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.settings.pipelines_page import PipelinesSettingsPanel
from crm_desktop.ui.tasks import make_runners


@pytest.fixture
def office(qapp, sqlite_url) -> Iterator[Office]:
    from crm_desktop.db import make_engine
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    admin = world.add_user("boss", "admin")
    runners = make_runners()
    services = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, admin))
    result = Office(world, admin, UiContext(services, runners.reads, runners.writes), runners)
    yield result
    shut_down(result)
    engine.dispose()


@pytest.fixture
def panel(qtbot, office) -> PipelinesSettingsPanel:
    widget = PipelinesSettingsPanel(office.ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.pipelines.rows) and widget.reasons.list.count() > 0,
                    timeout=5000)
    return widget


def pipeline_named(office: Office, name: str):
    return next((p for p in office.services.pipelines.pipelines(include_archived=True)
                 if p.name == name), None)


def answer_yes(widget) -> None:
    box = widget.findChild(QMessageBox, "confirmBox")
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()


def test_add_rename_forbid_skipping_and_reorder_stages(qtbot, office, panel):
    editor = panel.pipelines
    type_text(editor.new_edit, "Тендеры")
    qtbot.mouseClick(editor.add_button, LEFT)
    qtbot.waitUntil(lambda: editor.selected() is not None
                    and editor.selected().name == "Тендеры", timeout=5000)
    stages = editor.stages
    type_text(stages.new_stage_edit, "Подача заявки")
    qtbot.mouseClick(stages.add_button, LEFT)
    qtbot.waitUntil(lambda: len(editor.selected().stages) == 4, timeout=5000)
    names = [s.data.name for s in pipeline_named(office, "Тендеры").stages]
    assert names[1] == "Подача заявки"  # before won and lost
    editor.name_edit.selectAll()
    editor.name_edit.del_()
    type_text(editor.name_edit, "Госзакупки")
    editor.forbid_check.setChecked(True)
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: pipeline_named(office, "Госзакупки") is not None, timeout=5000)
    assert pipeline_named(office, "Госзакупки").forbid_skip
    qtbot.waitUntil(lambda: editor.selected().name == "Госзакупки", timeout=5000)
    added = pipeline_named(office, "Госзакупки").stages[1]
    stages.select(added.id)
    qtbot.mouseClick(stages.up_button, LEFT)
    qtbot.waitUntil(lambda: pipeline_named(office, "Госзакупки").stages[0].id == added.id,
                    timeout=5000)
    qtbot.waitUntil(lambda: editor.selected().stages[0].id == added.id, timeout=5000)
    qtbot.waitUntil(office.ctx.reads.is_idle, timeout=5000)
    stages.select(added.id)
    stages.name_edit.selectAll()
    stages.name_edit.del_()
    qtbot.mouseClick(stages.save_button, LEFT)  # an empty name is refused inline
    qtbot.waitUntil(lambda: "name" in stages.errors.visible_errors(), timeout=5000)


def test_removing_a_stage_with_deals_asks_where_to_move_them(qtbot, office, panel):
    services = office.services
    pipeline = services.pipelines.pipelines()[0]
    doomed, target = pipeline.stages[1], pipeline.stages[2]
    client = services.clients.create(ClientData(name="ООО Ромашка"))
    deal = services.deals.create(DealData(title="Сделка", client_id=client.id,
                                          pipeline_id=pipeline.id, stage_id=doomed.id))
    editor = panel.pipelines
    editor.list.setCurrentRow(0)
    editor.stages.select(doomed.id)
    qtbot.mouseClick(editor.stages.remove_button, LEFT)
    answer_yes(editor.stages)
    qtbot.waitUntil(lambda: editor.stages.move_dialog is not None
                    and editor.stages.move_dialog.isVisible(), timeout=5000)
    dialog = editor.stages.move_dialog
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(target.id))
    dialog.accept()
    qtbot.waitUntil(lambda: services.deals.get(deal.id).data.stage_id == target.id,
                    timeout=5000)
    qtbot.waitUntil(lambda: doomed.id not in [s.id for s in editor.selected().stages],
                    timeout=5000)
    assert len(services.deals.get(deal.id).history) == 2


def test_loss_reason_add_and_deactivate(qtbot, office, panel):
    reasons = panel.reasons
    type_text(reasons.new_edit, "Ушли к партнёру")
    qtbot.mouseClick(reasons.add_button, LEFT)
    qtbot.waitUntil(lambda: any(r.name == "Ушли к партнёру" for r in reasons.reasons),
                    timeout=5000)
    added = next(r for r in reasons.reasons if r.name == "Ушли к партнёру")
    reasons.select(added.id)
    qtbot.mouseClick(reasons.deactivate_button, LEFT)
    qtbot.waitUntil(lambda: all(r.id != added.id for r in reasons.reasons), timeout=5000)
    assert all(r.id != added.id for r in office.services.reference.loss_reasons())


def test_product_with_bad_vat_shows_the_error_then_saves(qtbot, office, panel):
    products = panel.products
    qtbot.mouseClick(products.add_button, LEFT)
    dialog = products.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.sku_edit, "PAP-A4")
    type_text(dialog.name_edit, "Бумага А4")
    type_text(dialog.price_edit, "390,50")
    dialog.vat_combo.setEditText("18")
    with qtbot.waitSignal(dialog.sig_save_failed, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "vat_rate" in dialog.errors.visible_errors()
    assert office.services.products.search("PAP-A4") == []
    dialog.vat_combo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    found = office.services.products.search("PAP-A4")
    assert found[0].data.price == Decimal("390.50") and found[0].data.vat_rate == Decimal(20)
    qtbot.waitUntil(lambda: any(r.data.sku == "PAP-A4" for r in products.rows), timeout=5000)
    products.search_edit.setText("pap-a4")
    qtbot.waitUntil(lambda: len(products.rows) == 1, timeout=5000)


def test_a_retired_loss_reason_is_shown_on_request_and_restored(qtbot, office, panel):
    reasons = panel.reasons
    panel.tabs.setCurrentWidget(reasons)
    victim = reasons.reasons[0]
    reasons.select(victim.id)
    assert reasons.deactivate_button.isVisible() and not reasons.restore_button.isVisible()
    qtbot.mouseClick(reasons.deactivate_button, LEFT)
    qtbot.waitUntil(lambda: all(r.id != victim.id for r in reasons.reasons), timeout=5000)
    reasons.show_retired.setChecked(True)
    qtbot.waitUntil(lambda: any(r.id == victim.id for r in reasons.reasons), timeout=5000)
    reasons.select(victim.id)
    item = reasons.list.currentItem()
    assert item.text() == f"{victim.name} (retired)"
    assert reasons.restore_button.isVisible() and not reasons.deactivate_button.isVisible()
    assert not reasons.rename_button.isEnabled()
    qtbot.mouseClick(reasons.restore_button, LEFT)
    qtbot.waitUntil(lambda: reasons.selected() is not None and reasons.selected().is_active,
                    timeout=5000)
    assert victim.id in [o.id for o in office.services.reference.loss_reasons()]
    assert reasons.list.currentItem().text() == victim.name


def test_a_product_is_archived_shown_on_request_and_restored(qtbot, office, panel):
    products = panel.products
    panel.tabs.setCurrentWidget(products)
    row = office.services.products.create(ProductData(
        "SRV-1", "Монтаж", Decimal("2500"), unit="ч", vat_rate=Decimal("10")))
    products.load()
    qtbot.waitUntil(lambda: any(r.id == row.id for r in products.rows), timeout=5000)
    products.select(row.id)
    qtbot.mouseClick(products.edit_button, LEFT)  # 10 % VAT stays 10 % in the dialog
    assert products.dialog.vat_combo.currentData() == Decimal("10")
    products.dialog.reject()
    qtbot.mouseClick(products.archive_button, LEFT)
    qtbot.waitUntil(lambda: all(r.id != row.id for r in products.rows), timeout=5000)
    assert office.services.products.search("монтаж") == []
    products.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: any(r.id == row.id for r in products.rows), timeout=5000)
    products.select(row.id)
    assert products.tree.currentItem().text(1) == "Монтаж (archived)"
    assert products.restore_button.isVisible() and not products.archive_button.isVisible()
    qtbot.mouseClick(products.restore_button, LEFT)
    qtbot.waitUntil(lambda: office.services.products.search("монтаж") != [], timeout=5000)
    qtbot.waitUntil(lambda: products.selected() is not None
                    and products.selected().data.is_active, timeout=5000)
