"""LiveUpdates: the one place that hears about changes made elsewhere and tells the widgets.

SQLite: a timer polls the change log every second on the reads runner. PostgreSQL: a
long-lived thread LISTENs (listener_thread.py). Either way the GUI thread never waits on the
database; changes arrive as `sig_changed(table, ids)`, grouped per table, and a possible gap
(after a reconnect) as `sig_resync()`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.services.change_feed import RESYNC, Change, ChangeFeed
from crm_desktop.services.errors import CrmError
from crm_desktop.ui import errors
from crm_desktop.ui.live.listener_thread import ListenerRelay, ListenerThread
from crm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

POLL_MS = 1000
GATHER_MS = 150  # changes arriving close together are delivered as one batch
RETRY_MS = (1000, 2000, 4000, 8000, 15000)


class LiveUpdates(QObject):
    """Lives as long as the main window; `start()` once, `stop()` before the engine closes."""

    sig_changed = Signal(str, list)
    """Rows of this table (clients, contacts, deals, tasks, activities) changed: their ids."""
    sig_client_touched = Signal(list)
    """Something belonging to these clients changed (the client, a contact, a deal, …)."""
    sig_changes = Signal(list)
    """The raw batch of Change records, for subscribers that need more than ids."""
    sig_resync = Signal()
    """Changes may have been missed: re-read whatever is shown."""
    sig_connection_lost = Signal(str)
    """The database stopped answering; the argument is a translated explanation."""
    sig_connection_restored = Signal()
    """The database answers again (a resync follows)."""

    def __init__(self, feed: ChangeFeed, reads: TaskRunner, parent: QObject | None = None,
                 *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._feed, self._reads, self._poll_ms = feed, reads, poll_ms
        self._cursor: int | None = None
        self._failures = 0
        self._running = False
        self.connected = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)
        self._batch: list[Change] = []
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._deliver)
        self._relay = ListenerRelay(self)
        self._relay.sig_changes.connect(self._on_changes)
        self._relay.sig_lost.connect(self._on_lost)
        self._relay.sig_restored.connect(self._on_restored)
        self._thread: ListenerThread | None = None

    # -- life ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self._running:
            return
        self._running = True
        if self._feed.listens:
            self._thread = ListenerThread(self._feed.listener(), self._relay)
            self._thread.start()
        else:
            self._poll()

    def stop(self) -> None:
        """Stop polling or listening (blocks until the listener thread has ended)."""
        self._running = False
        self._timer.stop()
        self._gather.stop()
        if self._thread is not None:
            self._thread.stop()
            self._thread = None

    def retry_now(self) -> None:
        """Try the connection again at once instead of after the backoff pause."""
        if self._thread is not None:
            self._thread.retry_now()
        elif self._running:
            self._timer.stop()
            self._poll()

    # -- SQLite: polling ------------------------------------------------------------------------
    def _poll(self) -> None:
        if not self._running:
            return
        feed, cursor = self._feed, self._cursor

        def work() -> tuple[list[Change], int]:
            if cursor is None:  # the first poll only finds where the log ends now
                return [], feed.cursor()
            return feed.poll(cursor)

        self._reads.submit(work, self._on_polled, self._on_poll_failed, key=f"live:{id(self)}")

    def _on_polled(self, result: object) -> None:
        changes, self._cursor = cast(tuple[list[Change], int], result)
        if self._failures:
            self._failures = 0
            self._on_restored()
            changes = [RESYNC, *changes]
        self._on_changes(changes)
        self._schedule(self._poll_ms)

    def _on_poll_failed(self, exc: Exception) -> None:
        if not isinstance(exc, CrmError):
            log.warning("polling the change log failed: %s", exc)
        if self._failures == 0:
            self._on_lost(errors.describe(exc))
        self._failures += 1
        self._schedule(RETRY_MS[min(self._failures - 1, len(RETRY_MS) - 1)])

    def _schedule(self, msecs: int) -> None:
        if self._running:
            self._timer.start(msecs)

    # -- delivery -------------------------------------------------------------------------------
    def _on_changes(self, changes: list[Change]) -> None:
        if changes:
            self._batch += changes
            if not self._gather.isActive():
                self._gather.start()

    def _deliver(self) -> None:
        changes, self._batch = list(dict.fromkeys(self._batch)), []
        if not changes:
            return
        self.sig_changes.emit(changes)
        if RESYNC in changes:
            self.sig_resync.emit()
        by_table: dict[str, dict[int, None]] = defaultdict(dict)
        clients: dict[int, None] = {}
        for change in changes:
            if change == RESYNC:
                continue
            by_table[change.table][change.id] = None
            if change.client_id is not None:
                clients[change.client_id] = None
        for table, ids in by_table.items():
            self.sig_changed.emit(table, list(ids))
        if clients:
            self.sig_client_touched.emit(list(clients))

    def _on_lost(self, detail: str) -> None:
        self.connected = False
        log.info("connection lost: %s", detail)
        self.sig_connection_lost.emit(detail)

    def _on_restored(self) -> None:
        self.connected = True
        self.sig_connection_restored.emit()
