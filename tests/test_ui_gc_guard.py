"""The GUI-thread garbage collector: automatic collection off, cycles collected by the timer."""

from __future__ import annotations

import gc
import weakref

from crm_desktop.ui.gc_guard import GuiThreadGarbageCollector


class Node:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_collected_on_the_gui_thread(qtbot, monkeypatch):
    gc.enable()
    collector = GuiThreadGarbageCollector()
    try:
        assert not gc.isenabled()
        monkeypatch.setattr(collector, "_threshold", (0, 0, 0))
        ref = weakref.ref(Node())
        assert ref() is not None  # a cycle: reference counting alone does not free it
        qtbot.waitUntil(lambda: ref() is None, timeout=5000)
    finally:
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # the test session keeps collection off (tests/conftest.py)
