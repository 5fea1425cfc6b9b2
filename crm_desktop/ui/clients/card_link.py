"""The link to the client card: the card package's opener, or a stand-in until it exists.

The card (crm_desktop/ui/client_card) provides `ClientCardOpener(ctx, parent)` with
`open(client_id)`, `new_client()` and `sig_client_saved(int)`. The list and the search only
talk to that interface, so they work (opening nothing) in a tree without the card.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import UiContext

log = logging.getLogger(__name__)


class CardOpener(Protocol):
    sig_client_saved: SignalInstance

    def open(self, client_id: int) -> None: ...

    def new_client(self) -> None: ...


class MissingCardOpener(QObject):
    """Used when the card package is not there: logs the request and opens nothing."""

    sig_client_saved = Signal(int)
    """Never emitted (nothing can be saved without a card)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests: list[int | None] = []  # what was asked for, for tests and logs

    def open(self, client_id: int) -> None:
        log.info("client card not available; cannot open client id=%s", client_id)
        self.requests.append(client_id)

    def new_client(self) -> None:
        log.info("client card not available; cannot create a client")
        self.requests.append(None)


def make_card_opener(ctx: UiContext, parent: QWidget) -> CardOpener:
    """The card's opener when the card package can be imported, else a MissingCardOpener."""
    try:
        from crm_desktop.ui.client_card.opener import (  # noqa: PLC0415 - optional part
            ClientCardOpener,
        )
    except ImportError as exc:
        log.info("client card opener not available (%s)", exc)
        return MissingCardOpener(parent)
    opener: CardOpener = ClientCardOpener(ctx, parent)
    return opener
