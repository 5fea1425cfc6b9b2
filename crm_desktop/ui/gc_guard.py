"""Python's cyclic garbage collector runs only on the GUI thread.

Automatic collection starts in whichever thread happens to allocate; if a worker thread
collects a cycle holding a Qt wrapper, the Qt object is destroyed off the GUI thread and the
process can crash. So automatic collection is switched off and a timer collects on the GUI
thread instead (the approach Anki takes for the same reason).
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 1000


class GuiThreadGarbageCollector(QObject):
    """Lives as long as the application; `stop()` restores automatic collection if it was on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Collect the generations whose counters passed their thresholds (like gc would)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                found = gc.collect(generation)
                if found:
                    log.debug("gc collected %d objects (generation %d)", found, generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
