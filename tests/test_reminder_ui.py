"""Reminders in the running client: a timer with a controllable clock, the tray message, the
bell's unread count and list; missed reminders on start; nothing fires twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from task_ui_support import now, task_office

from crm_desktop.services.tasks import TaskData
from crm_desktop.ui.notifications.bell import BellButton
from crm_desktop.ui.notifications.center import NotificationCenter
from crm_desktop.ui.notifications.watcher import ReminderWatcher


class FakeNotifier:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.shown.append((title, text))


class Clock:
    def __init__(self) -> None:
        self.moment = now()

    def __call__(self):
        return self.moment


@pytest.fixture
def office(qapp, sqlite_url):
    yield from task_office(sqlite_url)


@pytest.fixture
def setup(qtbot, office):
    clock, notifier, center = Clock(), FakeNotifier(), NotificationCenter()
    watcher = ReminderWatcher(office.ctx, center, notifier, clock=clock, interval_ms=10)
    bell = BellButton(center)
    qtbot.addWidget(bell)
    yield clock, notifier, center, watcher, bell
    watcher.stop()


def remind_in(office, minutes: int, title: str) -> int:
    due = now() + timedelta(minutes=minutes + 30)
    return office.services.tasks.create(TaskData(
        title=title, due_at=due, remind_at=now() + timedelta(minutes=minutes))).id


def test_missed_reminders_appear_at_start_and_fire_once(qtbot, office, setup):
    clock, notifier, center, watcher, bell = setup
    missed = remind_in(office, -90, "Позвонить")
    with qtbot.waitSignal(watcher.sig_fired, timeout=5000) as fired:
        watcher.tick()
    assert [r.task_id for r in fired.args[0]] == [missed]
    assert center.entries[0].missed and center.entries[0].title == "Позвонить"
    assert notifier.shown[0][0] == "Позвонить"
    assert bell.badge.text() == "1" and not bell.badge.isHidden()
    with qtbot.waitSignal(watcher.sig_fired, timeout=5000) as fired:
        watcher.tick()
    assert fired.args[0] == [] and len(center.entries) == 1


def test_a_reminder_fires_when_the_clock_reaches_it(qtbot, office, setup):
    clock, notifier, center, watcher, bell = setup
    soon = remind_in(office, 10, "Отправить КП")
    with qtbot.waitSignal(watcher.sig_fired, timeout=5000) as fired:
        watcher.tick()
    assert fired.args[0] == []
    clock.moment = now() + timedelta(minutes=11)
    with qtbot.waitSignal(watcher.sig_fired, timeout=5000) as fired:
        watcher.tick()
    assert [r.task_id for r in fired.args[0]] == [soon]
    assert not center.entries[0].missed
    assert notifier.shown == [("Отправить КП", notifier.shown[0][1])]


def test_the_timer_ticks_by_itself_and_the_bell_lists_what_came(qtbot, office, setup):
    clock, notifier, center, watcher, bell = setup
    remind_in(office, -1, "Позвонить")
    with qtbot.waitSignal(center.sig_changed, timeout=5000):
        watcher.start()  # the first tick runs at once, later ones every interval
    assert watcher.timer.isActive() and watcher.timer.interval() == 10
    bell.show_popup()
    assert bell.popup.list.count() == 1
    assert "Позвонить" in bell.popup.list.item(0).text()
    assert center.unread() == 0 and bell.badge.isHidden()
    with qtbot.waitSignal(bell.sig_task_requested, timeout=2000) as requested:
        bell.popup.list.itemClicked.emit(bell.popup.list.item(0))
    assert requested.args[0] == center.entries[0].task_id
    bell.popup.hide()


def test_an_automation_notice_lands_in_the_bell_and_opens_its_deal(qtbot):
    from datetime import UTC, datetime

    from crm_desktop.services.automation.service import Notice
    from crm_desktop.ui.notifications.bell import BellButton
    from crm_desktop.ui.notifications.center import Notification, NotificationCenter

    center = NotificationCenter()
    bell = BellButton(center)
    qtbot.addWidget(bell)
    notice = Notice(7, "Новая сделка «Поставка» на 50 000 ₽", datetime.now(UTC), 3, 11)
    center.add(Notification(0, "Автоматизация", notice.text, notice.created_at, False,
                            deal_id=notice.deal_id, client_id=notice.client_id))
    assert bell.badge.text() == "1"
    bell.show_popup()
    with qtbot.waitSignal(bell.sig_deal_requested) as opened:
        item = bell.popup.list.item(0)
        bell.popup.list.itemClicked.emit(item)
    assert opened.args == [11]
