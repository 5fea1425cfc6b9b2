"""CalendarService: a person's tasks and meetings in a date range, heads see their team's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.models import ActivityKind
from crm_desktop.services.activities import ActivityData, ActivityService
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import NotFound
from crm_desktop.services.task_calendar import CalendarService, EntryKind
from crm_desktop.services.tasks import TaskData, TaskService
from tests.factories import make_world

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.client = ClientService(w.sessions, w.anna).create(ClientData(name="ООО Ромашка"))
    return w


def test_calendar_shows_tasks_and_meetings_in_the_range(world):
    tasks = TaskService(world.sessions, world.anna, clock=lambda: NOW)
    late = tasks.create(TaskData(title="Позвонить", due_at=NOW - timedelta(hours=2)))
    tasks.create(TaskData(title="Потом", due_at=NOW + 10 * DAY))
    ActivityService(world.sessions, world.anna).log(ActivityData(
        kind=ActivityKind.MEETING, client_id=world.client.id, occurred_at=NOW + timedelta(hours=3),
        subject="Встреча в офисе"))
    calendar = CalendarService(world.sessions, world.anna, clock=lambda: NOW)
    entries = calendar.entries(NOW - DAY, NOW + DAY)
    assert [(e.kind, e.title, e.is_overdue) for e in entries] == [
        (EntryKind.TASK, "Позвонить", True), (EntryKind.MEETING, "Встреча в офисе", False)]
    assert entries[0].id == late.id and entries[1].client_name == "ООО Ромашка"
    head_view = CalendarService(world.sessions, world.head, clock=lambda: NOW)
    assert len(head_view.entries(NOW - DAY, NOW + DAY, world.anna.user_id)) == 2
    with pytest.raises(NotFound):
        CalendarService(world.sessions, world.igor).entries(NOW - DAY, NOW + DAY,
                                                             world.anna.user_id)
