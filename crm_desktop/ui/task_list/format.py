"""How tasks read on screen: group titles, due times, postpone targets, the red of overdue."""

from __future__ import annotations

import enum
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from crm_desktop.services.task_dto import Bucket, TaskItem
from crm_desktop.ui.client_card.formatting import datetime_text

OVERDUE = QColor("#dc2626")
DONE = QColor("#9aa1ad")
BLOCKED = QColor("#b45309")
MORNING = time(10, 0)


def bucket_title(bucket: Bucket) -> str:
    return {
        Bucket.OVERDUE: QCoreApplication.translate("TaskList", "Overdue"),
        Bucket.TODAY: QCoreApplication.translate("TaskList", "Today"),
        Bucket.TOMORROW: QCoreApplication.translate("TaskList", "Tomorrow"),
        Bucket.THIS_WEEK: QCoreApplication.translate("TaskList", "This week"),
        Bucket.LATER: QCoreApplication.translate("TaskList", "Later"),
        Bucket.NO_DATE: QCoreApplication.translate("TaskList", "Without a date"),
    }[bucket]


def due_text(due: datetime | None, now: datetime) -> str:
    """'today 14:00', 'tomorrow 09:30', else 'dd.MM.yyyy HH:mm'."""
    if due is None:
        return "—"
    local, today = due.astimezone(), now.astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return QCoreApplication.translate("TaskList", "today %1").replace("%1", clock)
    if local.date() == today + timedelta(days=1):
        return QCoreApplication.translate("TaskList", "tomorrow %1").replace("%1", clock)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("TaskList", "yesterday %1").replace("%1", clock)
    return datetime_text(due)


def link_text(item: TaskItem) -> str:
    return " · ".join(v for v in (item.client_name, item.deal_title) if v)


def state_text(item: TaskItem) -> str:
    if item.is_blocked:
        return QCoreApplication.translate("TaskList", "Blocked: waits for %1").replace(
            "%1", ", ".join(f"«{t}»" for t in item.waiting_for))
    if item.is_automatic:
        return QCoreApplication.translate("TaskList", "Automatic")
    return ""


class Postpone(enum.Enum):
    HOUR = "hour"
    TOMORROW = "tomorrow"
    NEXT_WEEK = "next_week"


def postpone_title(preset: Postpone) -> str:
    return {
        Postpone.HOUR: QCoreApplication.translate("TaskList", "By an hour"),
        Postpone.TOMORROW: QCoreApplication.translate("TaskList", "To tomorrow"),
        Postpone.NEXT_WEEK: QCoreApplication.translate("TaskList", "To next week"),
    }[preset]


def postpone_target(preset: Postpone, due: datetime | None, now: datetime) -> datetime:
    """An hour later (from now if already late), or tomorrow / next Monday at the same time
    of day (10:00 for a task without a time)."""
    local_now = now.astimezone()
    if preset is Postpone.HOUR:
        base = due if due is not None and due > now else now
        return base.astimezone() + timedelta(hours=1)
    at = due.astimezone().timetz().replace(tzinfo=None) if due is not None else MORNING
    days = 1 if preset is Postpone.TOMORROW else 7 - local_now.weekday()
    day = local_now.date() + timedelta(days=days)
    return datetime.combine(day, at).astimezone()
