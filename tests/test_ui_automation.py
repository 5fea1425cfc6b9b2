"""Settings → Automation: the rules list, the on/off switch, the editor's pickers and inline
errors, saving a rule that then fires; the scheduler with an injected clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from factories import make_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select, update
from ui_card_support import Office, shut_down

from crm_desktop.db import make_engine
from crm_desktop.models import Deal, Pipeline, Task
from crm_desktop.services.automation import (
    AutomationService,
    NotifyAction,
    Recipient,
    RecipientSpec,
    RuleData,
    Trigger,
    TriggerSpec,
)
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.deals import DealService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.automation.scheduler import AutomationScheduler
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pages import settings_panels
from crm_desktop.ui.settings.automation_panel import AutomationPanel
from crm_desktop.ui.tasks import make_runners
from tests.automation_support import new_client, new_deal, task_rule


@pytest.fixture
def office(qapp, sqlite_url):
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    admin = world.add_user("boss", "admin")
    world.anna = world.add_user("anna", "manager", team="Sales")
    world.admin = admin
    with world.sessions() as s:
        world.pipeline = s.scalar(select(Pipeline).where(Pipeline.name == "Новые клиенты"))
    runners = make_runners()
    services = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, admin))
    result = Office(world, admin, UiContext(services, runners.reads, runners.writes), runners)
    yield result
    shut_down(result)
    engine.dispose()


@pytest.fixture
def panel(qtbot, office):
    widget = AutomationPanel(office.ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.choices is not None, timeout=3000)
    return widget


def rules(office):
    return AutomationService(office.world.sessions, office.actor).rules()


def test_admins_get_the_panel_with_the_example_rules_off(qtbot, office, panel):
    holder = QWidget()
    qtbot.addWidget(holder)
    assert any(isinstance(p, AutomationPanel) for p in settings_panels(office.ctx, holder))
    assert panel.table.rowCount() == 3
    states = {panel.table.item(r, 0).checkState() for r in range(3)}
    assert states == {Qt.CheckState.Unchecked}


def test_the_switch_turns_a_rule_on(qtbot, office, panel):
    with qtbot.waitSignal(panel.sig_changed, timeout=3000):
        panel.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: panel.table.item(0, 0).checkState() == Qt.CheckState.Checked)
    assert [r.data.is_active for r in rules(office)].count(True) == 1


def test_a_template_with_an_unknown_field_is_marked_on_its_action(qtbot, office, panel):
    dialog = panel.open_editor(None)
    dialog.name_edit.setText("Новый клиент")
    dialog.trigger_combo.setCurrentIndex(dialog.trigger_combo.findData("client_created"))
    assert not dialog.stage_row.isVisible() and not dialog.days_box.isVisible()
    action = dialog.action_editors[0]
    action.assignee.kind_combo.setCurrentIndex(
        action.assignee.kind_combo.findData("client_manager"))
    action.title_edit.setText("Позвонить {deal.title}")
    with qtbot.waitSignal(dialog.sig_save_failed, timeout=3000) as failed:
        dialog.save()
    assert "{deal.title}" in failed.args[0] and action.error.isVisible()
    assert dialog.name_edit.text() == "Новый клиент" and dialog.isVisible()


def test_a_saved_rule_fires_when_a_deal_enters_its_stage(qtbot, office, panel):
    dialog = panel.open_editor(None)
    dialog.name_edit.setText("КП → звонок")
    dialog.trigger_combo.setCurrentIndex(dialog.trigger_combo.findData("deal_stage_entered"))
    assert dialog.stage_row.isVisibleTo(dialog)
    dialog.pipeline_combo.setCurrentIndex(
        dialog.pipeline_combo.findData(office.world.pipeline.id))
    dialog.stage_combo.setCurrentIndex(1)
    dialog.amount_above.setText("1000")
    dialog.action_editors[0].title_edit.setText("Позвонить {client.name}")
    notify = dialog.add_action()
    notify.kind_combo.setCurrentIndex(notify.kind_combo.findData("notify"))
    notify.text_edit.setText("Сделка {deal.title}")
    with qtbot.waitSignal(panel.sig_changed, timeout=3000):
        dialog.save()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 4, timeout=3000)
    [saved] = [r for r in rules(office) if r.data.name == "КП → звонок"]
    assert saved.data.conditions.amount_above == 1000 and len(saved.data.actions) == 2
    assert isinstance(saved.data.actions[1], NotifyAction)
    world = office.world
    deal = new_deal(world, new_client(world).id, amount=2000)
    DealService(world.sessions, world.anna).move(deal.id, saved.data.trigger.stage_id,
                                                 deal.version)
    with world.sessions() as s:
        assert s.scalar(select(Task.title).where(Task.rule_id == saved.id)) == \
            "Позвонить ООО Ромашка"


def test_editing_keeps_the_rule_and_its_actions(qtbot, office, panel):
    panel.table.selectRow(0)
    panel.edit_selected()
    dialog = panel.dialog
    original = panel.rows[0]
    assert dialog.name_edit.text() == original.data.name
    assert dialog.data().actions == original.data.actions
    assert dialog.data().trigger == original.data.trigger


def test_the_scheduler_runs_due_rules_with_an_injected_clock(qtbot, office):
    world = office.world
    service = AutomationService(world.sessions, office.actor)
    service.create(task_rule(Trigger.DEAL_IDLE, spec=TriggerSpec(Trigger.DEAL_IDLE, days=7)))
    service.create(RuleData("Уведомление", TriggerSpec(Trigger.DEAL_IDLE, days=7), (
        NotifyAction("Сделка {deal.title} стоит",
                     RecipientSpec(Recipient.USER, office.actor.user_id)),)))
    deal = new_deal(world, new_client(world).id)
    moment = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)
    with world.sessions.begin() as s:
        s.execute(update(Deal).where(Deal.id == deal.id)
                  .values(stage_entered_at=moment - timedelta(days=8)))
    scheduler = AutomationScheduler(office.ctx, clock=lambda: moment, interval_ms=60_000)
    with qtbot.waitSignal(scheduler.sig_notices, timeout=5000) as notices:
        scheduler.tick()
    assert [n.text for n in notices.args[0]] == ["Сделка Поставка стоит"]
    with qtbot.waitSignal(scheduler.sig_ran, timeout=5000) as ran:
        scheduler.tick()
    assert ran.args[0].fired == 0  # the second tick fires nothing again
    with world.sessions() as s:
        assert len(s.scalars(select(Task).where(Task.is_automatic.is_(True))).all()) == 1
