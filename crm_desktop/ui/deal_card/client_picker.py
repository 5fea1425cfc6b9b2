"""Which client a deal is with: a search field over SearchService (clients and contacts)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services.search import HitKind, SearchHit
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext


class ClientPicker(QLineEdit):
    sig_client_chosen = Signal(int)
    """The user picked a client (the argument is its id)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client_id: int | None = None
        self._found: dict[str, SearchHit] = {}
        self.setPlaceholderText(self.tr("Start typing a name, phone or INN"))
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        self.client_id = None
        self._timer.start()

    def _search(self) -> None:
        text, search = self.text().strip(), self._ctx.services.search
        if len(text) < 2:
            return
        run(self._ctx.reads, self, lambda: search.search(text, limit=15), self._on_found,
            lambda _exc: None, key=f"clients:{id(self)}")

    def _on_found(self, hits: object) -> None:
        found = [h for h in hits if h.kind is not HitKind.DEAL]  # type: ignore[attr-defined]
        self._found = {f"{h.title} · {h.subtitle}" if h.subtitle else h.title: h for h in found}
        self._model.setStringList(list(self._found))
        if found and self.hasFocus():
            self._completer.complete()

    def _on_activated(self, text: str) -> None:
        hit = self._found.get(text)
        if hit is not None:
            name = hit.title if hit.kind is HitKind.CLIENT else hit.subtitle or hit.title
            self.choose(hit.client_id, name)

    def choose(self, client_id: int, name: str) -> None:
        self.setText(name)
        self.setCursorPosition(0)
        self.client_id = client_id
        self.sig_client_chosen.emit(client_id)

    def set_client(self, client_id: int, name: str) -> None:
        """Show the deal's client without announcing a change."""
        self.setText(name)
        self.setCursorPosition(0)
        self.client_id = client_id
