"""Shared set-up of the client list, search and feed tests: a signed-in user's UiContext and
clients inserted quickly (Core, set-wise) where the test needs many of them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import insert

from crm_desktop.models import Client
from crm_desktop.services.actor import Actor
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.enums import ClientKind, ClientStatus
from crm_desktop.services.normalize import search_text, sort_key
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.tasks import Runners, make_runners
from tests.factories import World

LEFT = Qt.MouseButton.LeftButton


@dataclass
class Desk:
    """One user at a workstation: their services and runners."""

    world: World
    actor: Actor
    ctx: UiContext
    runners: Runners

    @property
    def services(self) -> ServiceBundle:
        return self.ctx.services


def desk_for(world: World, actor: Actor) -> Desk:
    bundle = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, actor))
    runners = make_runners()
    return Desk(world, actor, UiContext(bundle, runners.reads, runners.writes), runners)


def insert_clients(world: World, count: int, manager_id: int, *, prefix: str = "Клиент",
                   status: ClientStatus = ClientStatus.LEAD, city: str | None = None) -> None:
    """`count` companies named "<prefix> 000"… in one statement (as a bulk import would)."""
    rows = []
    for number in range(count):
        name = f"{prefix} {number:03d}"
        rows.append({
            "kind": ClientKind.COMPANY, "name": name, "sort_key": sort_key(name),
            "search_text": search_text(name), "status": status, "manager_id": manager_id,
            "city": city, "open_deals_amount": Decimal("0"), "version": 1,
        })
    with world.sessions.begin() as session:
        session.execute(insert(Client), rows)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Cyrillic included (QTest.keyClicks only knows ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
