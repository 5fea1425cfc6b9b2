"""Which client a deal is with: a search field over SearchService (clients and contacts)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.search import HitKind, SearchHit
from crm_desktop.ui.common.search_picker import Lookup, SearchPicker
from crm_desktop.ui.context import UiContext


class ClientPicker(SearchPicker):
    sig_client_chosen = Signal(int)
    """The user picked a client (the argument is its id)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Start typing a name, phone or INN"), min_chars=2,
                         parent=parent)
        self.client_id: int | None = None

    def lookup(self, text: str) -> Lookup:
        search = self._ctx.services.search

        def work() -> list[tuple[str, object]]:
            hits = [h for h in search.search(text, limit=15) if h.kind is not HitKind.DEAL]
            return [(f"{h.title} · {h.subtitle}" if h.subtitle else h.title, h) for h in hits]

        return work

    def picked(self, entry: object) -> None:
        assert isinstance(entry, SearchHit)
        name = entry.title if entry.kind is HitKind.CLIENT else entry.subtitle or entry.title
        self.choose(entry.client_id, name)

    def forget_pick(self) -> None:
        self.client_id = None

    def choose(self, client_id: int, name: str) -> None:
        self.set_client(client_id, name)
        self.sig_client_chosen.emit(client_id)

    def set_client(self, client_id: int, name: str) -> None:
        """Show the deal's client without announcing a change."""
        self.setText(name)
        self.setCursorPosition(0)
        self.client_id = client_id
