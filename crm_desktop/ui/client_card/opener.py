"""Opens client cards and the create form: one window per client, raised if already open."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.enums import ClientKind
from crm_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from crm_desktop.ui.client_card.card_window import ClientCardWindow

log = logging.getLogger(__name__)


class ClientCardOpener(QObject):
    """What the client list (and anything else) uses to show a client.

    Windows are top-level children of `parent`, so they close with the main window.
    """

    sig_client_saved = Signal(int)
    """A client was created, saved or deleted in a card or form (the list refreshes it)."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._parent = ctx, parent
        self.windows: dict[int, ClientCardWindow] = {}
        self._new: list[ClientCardWindow] = []

    def open(self, client_id: int) -> None:
        """Show the client's card; an already open card is raised and activated."""
        window = self.windows.get(client_id)
        if window is None:
            window = self._make(client_id)
            self.windows[client_id] = window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def new_client(self, kind: ClientKind = ClientKind.COMPANY) -> None:
        """An empty create form (company or private person); after saving it is the card."""
        window = self._make(None, kind)
        self._new.append(window)
        window.show()
        window.raise_()
        window.activateWindow()

    def window(self, client_id: int) -> ClientCardWindow | None:
        return self.windows.get(client_id)

    def new_windows(self) -> list[ClientCardWindow]:
        return list(self._new)

    def _make(self, client_id: int | None,
              kind: ClientKind = ClientKind.COMPANY) -> ClientCardWindow:
        from crm_desktop.ui.client_card.card_window import (  # noqa: PLC0415 - first use
            ClientCardWindow,
        )

        window = ClientCardWindow(self._ctx, client_id, self._parent, kind)
        window.sig_saved.connect(self.sig_client_saved.emit)
        window.sig_created.connect(lambda new_id, w=window: self._on_created(w, new_id))
        window.sig_open_requested.connect(self.open)
        window.sig_closed.connect(self._on_closed)
        return window

    def _on_created(self, window: ClientCardWindow, client_id: int) -> None:
        if window in self._new:
            self._new.remove(window)
        self.windows.setdefault(client_id, window)
        log.info("client %s created", client_id)

    def _on_closed(self, window: object) -> None:
        if window in self._new:
            self._new.remove(window)
        for client_id, open_window in list(self.windows.items()):
            if open_window is window:
                del self.windows[client_id]
