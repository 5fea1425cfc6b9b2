"""Background work for widgets: callables run on a thread pool, callbacks on the GUI thread.

One TaskRunner lives as long as the application (STYLE.md section 3, PITFALLS.md #12): results
come back through its own queued signal, so no per-task QObject is ever created or deleted.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

OnDone = Callable[[object], None]
OnError = Callable[[Exception], None]


class TaskRunner(QObject):
    """Runs callables on a pool; callbacks run on the GUI thread. Lives as long as the app.

    `submit(..., key=...)`: when several requests share a key, only the newest one's callbacks
    run (an older search or refresh that finishes late is dropped).
    """

    _finished = Signal(int)  # ticket; the outcome waits in self._outcomes
    sig_idle_changed = Signal(bool)
    """Emitted with True when the last pending task was delivered, False when work starts."""

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool, self._tickets = pool, itertools.count(1)
        self._pending: dict[int, tuple[OnDone, OnError, str | None]] = {}
        self._latest: dict[str, int] = {}
        # The work and its outcome are held here, not by the worker, so the last reference to
        # anything they capture (often a widget) is dropped on the GUI thread: a PySide wrapper
        # freed in a worker thread is deleted later "in the main thread" and can crash.
        self._works: dict[int, Callable[[], object]] = {}
        self._outcomes: dict[int, tuple[object, Exception | None]] = {}
        self._finished.connect(self._deliver)

    @property
    def pool(self) -> QThreadPool:
        return self._pool

    def is_idle(self) -> bool:
        return not self._pending

    def submit(self, work: Callable[[], object], on_done: OnDone, on_error: OnError,
               *, key: str | None = None) -> int:
        """Run `work()` on the pool; returns the ticket number (for logs and tests)."""
        ticket = next(self._tickets)
        was_idle = not self._pending
        self._pending[ticket] = (on_done, on_error, key)
        self._works[ticket] = work
        if key is not None:
            self._latest[key] = ticket  # a newer request with this key wins
        self._pool.start(partial(self._run, ticket))
        if was_idle:
            self.sig_idle_changed.emit(False)
        return ticket

    def _run(self, ticket: int) -> None:
        """Worker thread: no widgets here, and no local references left when signalling."""
        try:
            self._outcomes[ticket] = (self._works[ticket](), None)
        except Exception as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
            self._outcomes[ticket] = (None, exc)
        self._finished.emit(ticket)

    def _deliver(self, ticket: int) -> None:
        on_done, on_error, key = self._pending.pop(ticket)
        del self._works[ticket]
        result, error = self._outcomes.pop(ticket)
        try:
            if key is not None and self._latest.get(key) != ticket:
                log.debug("dropping stale result of task %s (key %s)", ticket, key)
                return
            if key is not None:
                del self._latest[key]
            if error is not None:
                on_error(error)
            else:
                on_done(result)
        finally:
            if not self._pending:
                self.sig_idle_changed.emit(True)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool has no running work (on quit, before the runner goes away)."""
        return self._pool.waitForDone(msecs)


@dataclass(frozen=True, slots=True)
class Runners:
    """The application's two runners: parallel reads, and one thread for writes."""

    reads: TaskRunner
    writes: TaskRunner

    def wait(self) -> None:
        self.reads.wait()
        self.writes.wait()


def make_runners(parent: QObject | None = None) -> Runners:
    reads = QThreadPool(parent)
    reads.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
    writes = QThreadPool(parent)
    writes.setMaxThreadCount(1)
    return Runners(TaskRunner(reads, parent), TaskRunner(writes, parent))
