"""The PostgreSQL side of live updates: one long-lived thread LISTENing on its own connection.

What it hears goes to the GUI thread through `ListenerRelay`, a QObject that lives as long as
the hub (PITFALLS #12: no per-event QObject). A lost connection is retried with backoff.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.change_feed import RESYNC, ChangeListener, ConnectionLost

log = logging.getLogger(__name__)

WAIT_SECONDS = 0.5  # how long one wait blocks: also how fast stop() is noticed
BACKOFF_SECONDS = (1.0, 2.0, 4.0, 8.0, 15.0)


class ListenerRelay(QObject):
    """Signals emitted from the listener thread, delivered (queued) on the GUI thread."""

    sig_changes = Signal(list)
    """A batch of Change records."""
    sig_lost = Signal(str)
    """The connection broke (the argument is the driver's words, for the log and a tooltip)."""
    sig_restored = Signal()
    """Listening again after a loss."""


class ListenerThread:
    """Runs `listener.wait` in a loop until `stop()`; reconnects by itself.

    A daemon Python thread rather than a QThread: if the program ends without `stop()` (a
    screenshot run, a crash), nothing Qt-owned is destroyed while it still runs."""

    def __init__(self, listener: ChangeListener, relay: ListenerRelay) -> None:
        self._listener, self._relay = listener, relay
        self._stopping = threading.Event()
        self._retry_now = threading.Event()
        self._thread = threading.Thread(target=self.run, name="crm-change-listener",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Ask the loop to end and wait for it (at most one wait or connect timeout)."""
        self._stopping.set()
        self._retry_now.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def retry_now(self) -> None:
        """Skip the rest of the backoff pause (the user clicked "Retry")."""
        self._retry_now.set()

    def run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                changes = self._listener.wait(WAIT_SECONDS)
            except ConnectionLost as exc:
                if failures == 0:
                    log.warning("lost the change listener's connection: %s", exc.params)
                    self._relay.sig_lost.emit(str(exc.params.get("detail", "")))
                self._pause(BACKOFF_SECONDS[min(failures, len(BACKOFF_SECONDS) - 1)])
                failures += 1
                continue
            except Exception:  # noqa: BLE001 - the thread must survive anything and retry
                log.exception("the change listener failed")
                self._listener.close()
                self._pause(BACKOFF_SECONDS[-1])
                continue
            if failures:
                failures = 0
                log.info("the change listener is connected again")
                self._relay.sig_restored.emit()
                changes = [RESYNC, *changes]  # what happened meanwhile was not heard
            if changes:
                self._relay.sig_changes.emit(changes)
        self._listener.close()

    def _pause(self, seconds: float) -> None:
        self._retry_now.clear()
        self._retry_now.wait(seconds)
