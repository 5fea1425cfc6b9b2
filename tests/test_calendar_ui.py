"""The calendar: day/week/month periods, overdue in red, meetings, drag a task to reschedule."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from task_ui_support import add_client, add_task, now, task_office

from crm_desktop.services.activities import ActivityData
from crm_desktop.services.enums import ActivityKind
from crm_desktop.ui.calendar.calendar_panel import CalendarPanel
from crm_desktop.ui.calendar.grid import GUTTER, HEADER, MIME, task_mime
from crm_desktop.ui.calendar.layout import FIRST_HOUR, Mode, span_of, step


@pytest.fixture
def office(qapp, sqlite_url):
    yield from task_office(sqlite_url)


@pytest.fixture
def panel(qtbot, office):
    widget = CalendarPanel(office.ctx)
    widget.resize(1100, 700)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def load(qtbot, panel, action=None):
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        (action or panel.reload)()


def test_periods_of_each_mode():
    thursday = date(2026, 11, 26)
    assert span_of(Mode.DAY, thursday).days == 1
    week = span_of(Mode.WEEK, thursday)
    assert (week.first, week.last) == (date(2026, 11, 23), date(2026, 11, 29))
    month = span_of(Mode.MONTH, thursday)
    assert month.first == date(2026, 10, 26) and month.days == 42
    assert step(Mode.MONTH, date(2026, 12, 15), True) == date(2027, 1, 1)
    assert step(Mode.WEEK, thursday, False) == date(2026, 11, 19)


def _halfway_to_midnights() -> tuple[float, datetime]:
    """Hours back to halfway since this local midnight, and the moment halfway to the next:
    both today, whatever the time of day the tests run at."""
    local = datetime.now().astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    since = (local - midnight).total_seconds()
    return -since / 2 / 3600, now() + timedelta(seconds=(86400 - since) / 2)


def test_week_shows_tasks_and_meetings_with_overdue_in_red(qtbot, office, panel):
    earlier_today, later_today = _halfway_to_midnights()
    late = add_task(office, "Позвонить", earlier_today)
    client_id = add_client(office)
    office.services.activities.log(ActivityData(
        kind=ActivityKind.MEETING, client_id=client_id, occurred_at=later_today,
        subject="Встреча"))
    panel.set_mode(Mode.DAY)
    load(qtbot, panel)
    entries = {e.title: e for e in panel.grid.entries}
    assert entries["Позвонить"].id == late and entries["Позвонить"].is_overdue
    assert entries["Встреча"].client_name == "ООО Ромашка"
    panel.grid.grab()  # paints: every entry gets a box
    assert {e.title for _r, e in panel.grid.boxes} == {"Позвонить", "Встреча"}
    load(qtbot, panel, lambda: panel.set_mode(Mode.MONTH))
    assert {e.title for e in panel.grid.entries} >= {"Позвонить", "Встреча"}
    assert panel.period_label.text()


def test_dropping_a_task_on_another_day_and_hour_reschedules_it(qtbot, office, panel):
    task_id = add_task(office, "Позвонить", 1)
    load(qtbot, panel, lambda: panel.set_mode(Mode.WEEK))
    entry = next(e for e in panel.grid.entries if e.id == task_id)
    span = panel.span()
    target_day = span.first if entry.at.astimezone().date() != span.first else span.last
    column = span.dates().index(target_day)
    grid = panel.grid
    width = (grid.width() - GUTTER) / 7
    row_height = (grid.height() - HEADER) / 15
    pos = QPointF(GUTTER + column * width + width / 2,
                  HEADER + (14 - FIRST_HOUR) * row_height + row_height * 0.75)
    mime = task_mime(entry)  # the event does not own its data: keep it alive
    drop = QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    assert drop.mimeData().hasFormat(MIME)
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        grid.dropEvent(drop)
    due = office.services.tasks.get(task_id).data.due_at.astimezone()
    assert due == datetime.combine(target_day, time(14, 30)).astimezone()


def test_a_stale_drop_is_refused_with_a_message(qtbot, office, panel):
    task_id = add_task(office, "Позвонить", 1)
    load(qtbot, panel)
    entry = next(e for e in panel.grid.entries if e.id == task_id)
    row = office.services.tasks.get(task_id)
    office.services.tasks.reschedule(task_id, row.data.due_at + timedelta(hours=1), row.version)
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.commands.reschedule(entry.id, entry.version, now() + timedelta(days=1))
    assert panel.message.isVisible() and "Someone else saved" in panel.message.text()
