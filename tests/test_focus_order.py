"""Tab walks every form and dialog a user types into in reading order: top to bottom, left to
right within a row, the current tab's fields only, on to the primary button."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from functools import partial

import pytest
from focus_support import assert_reading_order
from task_ui_support import add_client, task_office
from test_import_support import write_csv
from test_invoice_support import invoice_world, invoicing_bundle
from ui_card_support import LEFT, Office, deal_opener, open_deal, opener, shut_down

from crm_desktop import config
from crm_desktop.db import make_engine
from crm_desktop.services import connection_check, users, workspace
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.deal_dto import DealData, DealItemData
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.automation.access import automation_service
from crm_desktop.ui.clients.segment_dialog import SegmentDialog
from crm_desktop.ui.common.loss_reason_dialog import LossReasonDialog
from crm_desktop.ui.connection.dialog import ConnectionDialog
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.filter_bar import DealFilterBar
from crm_desktop.ui.first_run import FirstRunDialog
from crm_desktop.ui.import_wizard.wizard import COLUMNS, ImportWizard
from crm_desktop.ui.invoices.draft_dialog import InvoiceDraftDialog
from crm_desktop.ui.invoices.invoices_tab import InvoicesTab
from crm_desktop.ui.login_dialog import LoginDialog
from crm_desktop.ui.reports.filter_bar import ReportFilterBar
from crm_desktop.ui.settings.automation_choices import load_choices
from crm_desktop.ui.settings.automation_rule_dialog import AutomationRuleDialog
from crm_desktop.ui.settings.company_panel import CompanyPanel
from crm_desktop.ui.settings.product_dialog import ProductDialog
from crm_desktop.ui.settings.roles_panel_dialog import NewRoleDialog
from crm_desktop.ui.settings.user_dialog import UserDialog
from crm_desktop.ui.settings.user_dialog_role import UserRoleDialog
from crm_desktop.ui.task_list.project_dialog import ProjectDialog
from crm_desktop.ui.task_list.task_dialog import TaskDialog, TaskPreset
from crm_desktop.ui.tasks import Runners, make_runners

__all__ = ["deal_opener", "opener"]  # fixtures the tests below use


@pytest.fixture
def office(qapp, sqlite_url):
    yield from task_office(sqlite_url)


@pytest.fixture
def runners(qapp) -> Iterator[Runners]:
    result = make_runners()
    yield result
    result.wait()


def test_first_run_dialog(qtbot, runners, office):
    dialog = FirstRunDialog(runners.writes,
                            partial(users.create_first_admin, office.world.sessions))
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)


def test_sign_in_dialog(qtbot, runners, sqlite_url):
    dialog = LoginDialog(runners.writes, partial(workspace.login, sqlite_url), location="test")
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)


def test_connection_dialog(qtbot, runners, tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_CONFIG", str(tmp_path / "user.json"))
    monkeypatch.setenv("CRM_MACHINE_CONFIG", str(tmp_path / "machine.json"))
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    dialog = ConnectionDialog(runners.writes, connection_check.check_server,
                              local_url=config.default_sqlite_url(),
                              local_location=str(config.default_sqlite_path()))
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)


def test_project_dialog(qtbot, office):
    client_id = add_client(office)
    dialog = ProjectDialog(office.ctx, TaskPreset(client_id=client_id, client_name="ООО Ромашка"))
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)


def test_new_task_dialog(qtbot, office):
    dialog = TaskDialog(office.ctx)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.sig_ready, timeout=5000).wait()
    stops = assert_reading_order(dialog)
    assert stops[-2] is dialog.save_button


def test_new_client_form(qtbot, opener):
    opener.new_client()
    window = opener.new_windows()[-1]
    qtbot.waitUntil(lambda: window.form.fields.channel_combo.count() > 1, timeout=5000)
    window.show()
    stops = assert_reading_order(window.form)
    methods = window.form.fields.methods
    assert stops.index(methods.rows[-1].value_edit) < stops.index(methods.add_phone_button)
    assert stops[-1] is window.form.save_button


def open_card(qtbot, opener, office):  # type: ignore[no-untyped-def]
    client_id = add_client(office)
    opener.open(client_id)
    window = opener.window(client_id)
    qtbot.waitUntil(lambda: window.card is not None, timeout=5000)
    return window


def test_client_card_requisites_tab(qtbot, opener, office):
    card = open_card(qtbot, opener, office)
    card.show()
    card.tabs.setCurrentWidget(card.form)
    stops = assert_reading_order(card)
    assert card.form.save_button in stops
    assert not any(card.contacts.isAncestorOf(w) for w in stops)  # only the current tab


def test_contact_dialog(qtbot, opener, office):
    card = open_card(qtbot, opener, office)
    card.tabs.setCurrentWidget(card.contacts)
    qtbot.mouseClick(card.contacts.add_button, LEFT)
    dialog = card.contacts.dialog
    stops = assert_reading_order(dialog)
    assert stops[0] is dialog.last_name_edit and dialog.save_button in stops


def test_activity_form(qtbot, opener, office):
    card = open_card(qtbot, opener, office)
    card.tabs.setCurrentWidget(card.timeline)
    qtbot.mouseClick(card.timeline.kind_buttons[next(iter(card.timeline.kind_buttons))], LEFT)
    assert card.timeline.form.isVisible()
    assert_reading_order(card.timeline.form)


def test_deal_form_and_its_line_items(qtbot, deal_opener, office):
    client_id = add_client(office)
    deal_opener.new_deal(client_id)
    window = deal_opener.new_windows()[0]
    fields = window.form.fields
    qtbot.waitUntil(lambda: fields.client_picker.text() == "ООО Ромашка"
                    and fields.pipeline_combo.value() is not None, timeout=5000)
    window.form.items.add_row()
    window.form.items.add_row()
    window.show()
    assert_reading_order(window.form)


def test_deal_card_with_saved_line_items(qtbot, deal_opener, office):
    client_id = add_client(office)
    pipeline = office.services.reference.pipelines()[0]
    deal_id = office.services.deals.create(DealData(
        title="Поставка бумаги", client_id=client_id, pipeline_id=pipeline.id,
        items=(DealItemData(name="Бумага", quantity=Decimal(10), price=Decimal(390)),
               DealItemData(name="Доставка", quantity=Decimal(1), price=Decimal(500))))).id
    window = open_deal(qtbot, deal_opener, deal_id)
    qtbot.waitUntil(lambda: len(window.form.items.rows) == 2, timeout=5000)
    window.tabs.setCurrentWidget(window.form)
    stops = assert_reading_order(window)
    assert window.form.save_button in stops


def admin_office(office):  # type: ignore[no-untyped-def]
    """The same database, with an administrator at the keyboard."""
    boss = office.world.add_user("boss", "admin")
    bundle = ServiceBundle.for_workspace(Workspace(office.world.engine, office.world.sessions,
                                                   boss))
    return UiContext(bundle, office.runners.reads, office.runners.writes)


def test_user_dialog(qtbot, office):
    ctx = admin_office(office)
    dialog = UserDialog(ctx, ctx.services.users.roles(), ["Sales"])
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)


def test_product_dialog(qtbot, office):
    dialog = ProductDialog(admin_office(office), None)
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)


def test_automation_rule_dialog(qtbot, office):
    ctx = admin_office(office)
    choices = load_choices(ctx.services.reference, automation_service(ctx))
    dialog = AutomationRuleDialog(ctx, choices, None)
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)
    qtbot.mouseClick(dialog.add_action_button, LEFT)
    added = dialog.action_editors[-1]
    for index in range(added.kind_combo.count()):  # each kind of action shows other fields
        added.kind_combo.setCurrentIndex(index)
        assert_reading_order(dialog)


@pytest.mark.parametrize("width", [2000, 600])
def test_reports_filter_bar(qtbot, width):
    bar = ReportFilterBar(date(2026, 11, 26), 180)
    qtbot.addWidget(bar)
    bar.resize(width, bar.heightForWidth(width))
    assert_reading_order(bar)


def test_deals_filter_bar_with_dates_left_empty(qtbot):
    bar = DealFilterBar()
    qtbot.addWidget(bar)
    bar.resize(1400, bar.sizeHint().height())
    assert_reading_order(bar)  # Tab leaves a date edit that shows "any date"


def test_import_mapping_page(qtbot, office, tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    wizard = ImportWizard(admin_office(office))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(str(write_csv(tmp_path / "clients.csv")))
    with qtbot.waitSignal(wizard.sig_step_ready, timeout=10_000,
                          check_params_cb=lambda index: index == COLUMNS):
        qtbot.mouseClick(wizard.next_button, LEFT)
    stops = assert_reading_order(wizard)
    page = wizard.mapping_page
    combos = [page.field_combo(row) for row in range(page.grid.rowCount())]
    assert stops[stops.index(page.grid) + 1:][:len(combos)] == combos
    assert stops[-1] is wizard.next_button


@pytest.mark.parametrize("width", [1700, 1280, 520])  # cards four in a row, 2 × 2, one column
def test_company_requisites_panel(qtbot, office, width):
    panel = CompanyPanel(admin_office(office))
    qtbot.addWidget(panel)
    panel.resize(width, 1600)
    panel.show()
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=5000)
    assert_reading_order(panel)


def test_save_as_segment_dialog(qtbot, office):
    dialog = SegmentDialog(office.ctx, ClientFilter())
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)


def test_loss_reason_dialog(qtbot, office):
    reasons = office.services.reference.loss_reasons()
    dialog = LossReasonDialog("Поставка бумаги", "Проиграна", reasons)
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)


def test_new_role_and_user_role_dialogs(qtbot, office):
    ctx = admin_office(office)
    dialog = NewRoleDialog(ctx)
    qtbot.addWidget(dialog)
    assert_reading_order(dialog)
    user = next(u for u in ctx.services.users.list() if u.login == "ivanova")
    role_dialog = UserRoleDialog(ctx, user, ctx.services.users.roles(), ["Sales"])
    qtbot.addWidget(role_dialog)
    assert_reading_order(role_dialog)


@pytest.fixture
def invoice_office(qapp, sqlite_url):  # type: ignore[no-untyped-def]
    engine = make_engine(sqlite_url)
    world = invoice_world(engine)
    runners = make_runners()
    bundle = invoicing_bundle(world, world.anna)
    result = Office(world, world.anna, UiContext(bundle, runners.reads, runners.writes), runners)
    yield result
    shut_down(result)
    engine.dispose()


def test_invoice_draft_and_paid_dialogs(qtbot, invoice_office):
    tab = InvoicesTab(invoice_office.ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.sig_loaded, timeout=5000):
        tab.load_deal(invoice_office.world.deal.id)
    with qtbot.waitSignal(tab.sig_loaded, timeout=5000):
        qtbot.mouseClick(tab.new_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, InvoiceDraftDialog), timeout=5000)
    assert_reading_order(tab.dialog)
