"""Opens deal cards and the create form: one window per deal, raised if already open."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from crm_desktop.ui.deal_card.card_window import DealCardWindow

log = logging.getLogger(__name__)


class DealCardOpener(QObject):
    """What the board, the client card and search use to show a deal.

    Windows are top-level children of `parent`, so they close with it. The client link opens
    the client card through `open_client` when set, else through an own ClientCardOpener.
    """

    sig_deal_saved = Signal(int)
    """A deal was created, saved, moved or deleted in a card (lists and the board refresh)."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._parent = ctx, parent
        self.windows: dict[int, DealCardWindow] = {}
        self._new: list[DealCardWindow] = []
        self.open_client: Callable[[int], None] | None = None
        self._client_opener: QObject | None = None

    def open(self, deal_id: int) -> None:
        """Show the deal's card; an already open card is raised and activated."""
        window = self.windows.get(deal_id)
        if window is None:
            window = self._make(deal_id, None)
            self.windows[deal_id] = window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def new_deal(self, client_id: int | None = None) -> None:
        """An empty create form, with the client preset when given; after saving it is the card."""
        window = self._make(None, client_id)
        self._new.append(window)
        window.show()
        window.raise_()
        window.activateWindow()

    def window(self, deal_id: int) -> DealCardWindow | None:
        return self.windows.get(deal_id)

    def new_windows(self) -> list[DealCardWindow]:
        return list(self._new)

    def _make(self, deal_id: int | None, client_id: int | None) -> DealCardWindow:
        from crm_desktop.ui.deal_card.card_window import DealCardWindow  # noqa: PLC0415 - first use

        window = DealCardWindow(self._ctx, deal_id, self._parent, client_id)
        window.sig_saved.connect(self.sig_deal_saved.emit)
        window.sig_created.connect(lambda new_id, w=window: self._on_created(w, new_id))
        window.sig_client_requested.connect(self._on_client_requested)
        window.sig_closed.connect(self._on_closed)
        return window

    def _on_client_requested(self, client_id: int) -> None:
        if self.open_client is not None:
            self.open_client(client_id)
            return
        # imported here: the client card's Deals tab imports this module
        from crm_desktop.ui.client_card.opener import ClientCardOpener
        if self._client_opener is None:
            self._client_opener = ClientCardOpener(self._ctx, self._parent)
        assert isinstance(self._client_opener, ClientCardOpener)
        self._client_opener.open(client_id)

    def _on_created(self, window: DealCardWindow, deal_id: int) -> None:
        if window in self._new:
            self._new.remove(window)
        self.windows.setdefault(deal_id, window)
        log.info("deal %s created", deal_id)

    def _on_closed(self, window: object) -> None:
        if window in self._new:
            self._new.remove(window)
        for deal_id, open_window in list(self.windows.items()):
            if open_window is window:
                del self.windows[deal_id]
