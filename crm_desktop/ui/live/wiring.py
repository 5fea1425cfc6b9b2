"""`install_live_updates`: the hub, started and tied to the main window's lists and cards.

Clients → the client list (count, rows on screen, selection kept) and open client cards;
deals → the board (headers, then the touched columns in place) and open deal cards;
contacts, activities, deals and tasks → the card of the client they belong to; activities →
the activity feed; tasks → the task list when it is on screen (rows re-read in place, scroll
position and selection kept) and open task dialogs (a banner). A resync (after a reconnect)
re-reads all of it. The headline numbers are re-read at most every few seconds.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from crm_desktop.services.change_feed import RESYNC, Change, ChangeFeed
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.live.connection_bar import ConnectionBar
from crm_desktop.ui.live.hub import LiveUpdates

log = logging.getLogger(__name__)

OVERVIEW_EVERY_MS = 3000
CARD_TABLES = ("clients", "contacts", "activities", "deals", "tasks")


class LiveWiring(QObject):
    """Routes the hub's signals to the window's widgets; owned by the window."""

    def __init__(self, window: Any, hub: LiveUpdates) -> None:
        super().__init__(window)
        self._window, self.hub = window, hub
        self._overview = QTimer(self)
        self._overview.setSingleShot(True)
        self._overview.setInterval(OVERVIEW_EVERY_MS)
        self._overview.timeout.connect(window.refresh_overview)
        hub.sig_changed.connect(self._on_hub_changed)
        hub.sig_changes.connect(self._on_hub_changes)
        hub.sig_resync.connect(self._on_hub_resync)

    def _on_hub_changed(self, table: str, ids: Sequence[int]) -> None:
        window = self._window
        if table == "clients":
            window.clients_page.on_clients_changed(ids)
        elif table == "deals":
            window.deals_page.on_deals_changed(ids)
            find = getattr(window.deal_opener, "window", None)  # the stand-in opens none
            for card in filter(None, (find(deal_id) for deal_id in ids) if find else ()):
                card.on_changed_elsewhere()
        elif table == "activities":
            window.clients_page.feed.refresh()
        elif table == "tasks":
            window.tasks_page.on_tasks_changed(ids)
        if not self._overview.isActive():
            self._overview.start()

    def _on_hub_changes(self, changes: list[Change]) -> None:
        """The open client cards: each hears which of its parts changed."""
        find = getattr(self._window.card_opener, "window", None)  # the stand-in opens none
        if find is None:
            return
        tables: dict[int, set[str]] = defaultdict(set)
        for change in changes:
            if change.client_id is not None and change.table in CARD_TABLES:
                tables[change.client_id].add(change.table)
        for client_id, touched in tables.items():
            card = find(client_id)
            if card is not None:
                card.on_changed_elsewhere(touched)

    def _on_hub_resync(self) -> None:
        window = self._window
        window.clients_page.refresh()
        window.deals_page.refresh()
        for card in list(getattr(window.card_opener, "windows", {}).values()):
            card.on_changed_elsewhere(CARD_TABLES)
        for card in list(getattr(window.deal_opener, "windows", {}).values()):
            card.on_changed_elsewhere()
        window.tasks_page.on_tasks_changed(())
        window.refresh_overview()


def install_live_updates(window: Any, ctx: UiContext, feed: ChangeFeed,
                         bar: ConnectionBar | None = None) -> LiveUpdates:
    """Start live updates for the main window; stopped when the application quits.

    `bar`: the window's ConnectionBar, shown while the database does not answer."""
    hub = LiveUpdates(feed, ctx.reads, window)
    LiveWiring(window, hub)
    if bar is not None:
        bar.attach(hub)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(hub.stop)
    window.destroyed.connect(hub.stop)
    hub.start()
    log.info("live updates started (%s)", "listen" if feed.listens else "poll")
    return hub


__all__ = ["RESYNC", "ConnectionBar", "LiveUpdates", "install_live_updates"]
