"""The link to the deal card: the card package's opener, or a stand-in until it exists.

`crm_desktop/ui/deal_card/opener.py` provides `DealCardOpener(ctx, parent)` with
`open(deal_id)`, `new_deal(client_id=None)` and `sig_deal_saved(int)`.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import UiContext

log = logging.getLogger(__name__)


class DealOpener(Protocol):
    sig_deal_saved: SignalInstance

    def open(self, deal_id: int) -> None: ...

    def new_deal(self, client_id: int | None = None) -> None: ...


class MissingDealOpener(QObject):
    """Used when the deal card is not there: logs the request and opens nothing."""

    sig_deal_saved = Signal(int)
    """Never emitted (nothing can be saved without a card)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests: list[int | None] = []  # what was asked for, for tests and logs

    def open(self, deal_id: int) -> None:
        log.info("deal card not available; cannot open deal id=%s", deal_id)
        self.requests.append(deal_id)

    def new_deal(self, client_id: int | None = None) -> None:
        log.info("deal card not available; cannot create a deal")
        self.requests.append(None)


def make_deal_opener(ctx: UiContext, parent: QWidget) -> DealOpener:
    """The card's opener when the deal card package can be imported, else a stand-in."""
    try:
        from crm_desktop.ui.deal_card.opener import (  # noqa: PLC0415 - optional part
            DealCardOpener,
        )
    except ImportError as exc:
        log.info("deal card opener not available (%s)", exc)
        return MissingDealOpener(parent)
    opener: DealOpener = DealCardOpener(ctx, parent)
    return opener
