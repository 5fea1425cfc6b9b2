"""Shared set-up of the client card and form tests: a signed-in user's UiContext."""

from __future__ import annotations

import gc
from dataclasses import dataclass

import shiboken6
from factories import World
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.services.actor import Actor
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.client_card.opener import ClientCardOpener
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.tasks import Runners, make_runners

LEFT = Qt.MouseButton.LeftButton


@dataclass
class Office:
    """Who acts in a test: the user at the keyboard and a colleague saving concurrently."""

    world: World
    actor: Actor
    ctx: UiContext
    runners: Runners

    def services_of(self, actor: Actor) -> ServiceBundle:
        return ServiceBundle.for_workspace(Workspace(self.world.engine, self.world.sessions,
                                                     actor))

    @property
    def services(self) -> ServiceBundle:
        return self.ctx.services


def make_office(world: World, login: str = "ivanova") -> Office:
    actor = world.add_user(login, "manager", team="Sales")
    bundle = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, actor))
    runners = make_runners()
    return Office(world, actor, UiContext(bundle, runners.reads, runners.writes), runners)


def shut_down(office: Office) -> None:
    """Teardown on the GUI thread: wait for the pools, deliver what they finished, delete the
    closed windows and collect reference cycles here (a wrapper collected by a worker thread's
    garbage collection would be deleted in the wrong thread, PITFALLS #12)."""
    office.runners.wait()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Cyrillic included (QTest.keyClicks only knows ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def close_windows(opener: ClientCardOpener) -> None:
    """Close every card the test left open, discarding edits (no question asked)."""
    for window in [*opener.windows.values(), *opener.new_windows()]:
        if shiboken6.isValid(window):
            window.discard_and_close()
