"""Shared set-up of the client and deal card tests: a signed-in user's UiContext on SQLite,
the deal card opener, and closing what a test left open."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from factories import World, make_world
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.services.actor import Actor
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.client_card.opener import ClientCardOpener
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.card_window import DealCardWindow
from crm_desktop.ui.deal_card.opener import DealCardOpener
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


@pytest.fixture
def office(qapp, sqlite_url) -> Iterator[Office]:  # type: ignore[no-untyped-def]
    """A manager signed in to a fresh SQLite database (import it into a test module)."""
    from crm_desktop.db import make_engine
    engine = make_engine(sqlite_url)
    result = make_office(make_world(engine))
    yield result
    shut_down(result)
    engine.dispose()


@pytest.fixture
def deal_opener(qtbot, office) -> Iterator[DealCardOpener]:  # type: ignore[no-untyped-def]
    """The deal card opener; every card left open is closed without asking."""
    host = QWidget()
    qtbot.addWidget(host)
    result = DealCardOpener(office.ctx, host)
    yield result
    for window in [*result.windows.values(), *result.new_windows()]:
        if shiboken6.isValid(window):
            window.discard_and_close()


@pytest.fixture
def opener(qtbot, office) -> Iterator[ClientCardOpener]:  # type: ignore[no-untyped-def]
    """The client card opener; every card left open is closed without asking."""
    host = QWidget()
    qtbot.addWidget(host)
    result = ClientCardOpener(office.ctx, host)
    yield result
    close_windows(result)


def open_deal(qtbot, opener: DealCardOpener, deal_id: int) -> DealCardWindow:  # type: ignore[no-untyped-def]
    """Open the deal's card and wait until it shows the deal with its stage bar."""
    opener.open(deal_id)
    window = opener.window(deal_id)
    assert window is not None
    qtbot.waitUntil(lambda: window.card is not None and bool(window.header.stage_bar.buttons),
                    timeout=5000)
    return window
