"""`crm-desktop --measure-startup`: how long the program takes to become usable.

The clock starts when the process starts (Linux: its start time in /proc; elsewhere the
import of this module, which misses the interpreter's own start). The window counts as usable
when it has painted the client list with the first page of clients in it; then one JSON line
goes to stdout and the program quits:

    {"wall_ms": 812.0, "cpu_ms": 640.5, "phases": {"main": 301.2, "signed_in": 480.9, ...}}

`cpu_ms` is the process's CPU time (all threads) up to that moment: on a shared, busy machine it
says what the start-up costs when wall time cannot; `gui_thread_cpu_ms` is the GUI thread's part
(the rest is the database work of the worker threads). `phases` are the wall times at which each
step ended. benchmarks/startup.py runs this repeatedly for p50/p95.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

_IMPORTED = time.monotonic()
WAIT_MS = 60_000


def _process_start() -> float:
    """The process's start on the CLOCK_BOOTTIME scale, or this module's import (monotonic)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time in ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return -1.0


_STARTED = _process_start()


def elapsed_ms() -> float:
    """Wall milliseconds since the process started (10 ms resolution on Linux)."""
    if _STARTED >= 0 and hasattr(time, "CLOCK_BOOTTIME"):
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - _STARTED) * 1000
    return (time.monotonic() - _IMPORTED) * 1000


class StartupClock:
    """Remembers when each start-up phase ended."""

    def __init__(self) -> None:
        self.phases: dict[str, float] = {}

    def mark(self, phase: str) -> None:
        self.phases[phase] = round(elapsed_ms(), 1)

    def report(self) -> str:
        return json.dumps({"wall_ms": round(elapsed_ms(), 1),
                           "cpu_ms": round(time.process_time() * 1000, 1),
                           "gui_thread_cpu_ms": round(time.thread_time() * 1000, 1),
                           "phases": self.phases})


class _PaintWatch(QObject):
    """Quits `loop` after the first paint (of the watched viewport) once `ready()` holds."""

    def __init__(self, ready: object, loop: QEventLoop) -> None:
        super().__init__()
        self._ready, self._loop, self.painted = ready, loop, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.painted \
                and self._ready():  # type: ignore[operator]
            self.painted = True
            QTimer.singleShot(0, self._loop.quit)  # after this paint has been drawn
        return False


def measure(window: object, clock: StartupClock) -> int:
    """Show `window` (a MainWindow), wait for the client list's first page to be painted,
    print the clock's report and return the exit code (0, or 1 if it never got there)."""
    page = window.clients_page  # type: ignore[attr-defined]
    model, viewport = page.model, page.table.viewport()
    loop = QEventLoop()
    watch = _PaintWatch(lambda: model.loaded_count() > 0 or not model.is_loading(), loop)
    viewport.installEventFilter(watch)
    model.sig_load_failed.connect(lambda _exc: loop.quit())
    # a page that arrived before the first paint only needs that paint; otherwise the
    # dataChanged it causes schedules one
    model.dataChanged.connect(lambda *_: viewport.update())
    window.show()  # type: ignore[attr-defined]
    clock.mark("shown")
    QTimer.singleShot(WAIT_MS, loop.quit)
    loop.exec()
    viewport.removeEventFilter(watch)
    if not watch.painted:
        print(json.dumps({"error": "the client list was not painted"}), flush=True)  # noqa: T201
        return 1
    clock.mark("first_page_painted")
    print(clock.report(), flush=True)  # noqa: T201 - the benchmark reads stdout
    sys.stdout.flush()
    window.close()  # type: ignore[attr-defined]
    return 0
