"""The in-app notifications: what reminders and automation rules said, newest first, and how
many are unread."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal

MAX_ENTRIES = 200


@dataclass(frozen=True, slots=True)
class Notification:
    task_id: int
    title: str
    text: str
    at: datetime  # when it was due to be shown
    missed: bool  # its time passed while the program was closed
    read: bool = False
    # what choosing it opens: the task, else the deal, else the client (automation notices)
    deal_id: int | None = None
    client_id: int | None = None


class NotificationCenter(QObject):
    sig_changed = Signal()
    """Entries were added or read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Notification] = []

    def add(self, entry: Notification) -> None:
        self.entries.insert(0, entry)
        del self.entries[MAX_ENTRIES:]
        self.sig_changed.emit()

    def unread(self) -> int:
        return sum(1 for e in self.entries if not e.read)

    def mark_all_read(self) -> None:
        if self.unread():
            self.entries = [replace(e, read=True) for e in self.entries]
            self.sig_changed.emit()
