"""Which deal a task is about: a search field over SearchService's deal hits."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services.search import HitKind, SearchHit
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext


class DealPicker(QLineEdit):
    sig_deal_chosen = Signal(int, int)
    """The user picked a deal: its id and its client's id."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.deal_id: int | None = None
        self._found: dict[str, SearchHit] = {}
        self.setPlaceholderText(self.tr("Start typing the deal's title"))
        self.setClearButtonEnabled(True)
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
        self.textChanged.connect(self._on_text_changed)
        self.textEdited.connect(lambda _t: self._timer.start())

    def _on_text_changed(self, text: str) -> None:
        if not text:
            self.deal_id = None

    def _search(self) -> None:
        self.deal_id = None
        text, search = self.text().strip(), self._ctx.services.search
        if len(text) < 2:
            return
        run(self._ctx.reads, self, lambda: search.search(text, limit=15), self._on_found,
            lambda _exc: None, key=f"deals:{id(self)}")

    def _on_found(self, hits: object) -> None:
        found = [h for h in hits if h.kind is HitKind.DEAL]  # type: ignore[attr-defined]
        self._found = {f"{h.title} · {h.subtitle}": h for h in found}
        self._model.setStringList(list(self._found))
        if found and self.hasFocus():
            self._completer.complete()

    def _on_activated(self, text: str) -> None:
        hit = self._found.get(text)
        if hit is not None:
            self.set_deal(hit.id, hit.title)
            self.sig_deal_chosen.emit(hit.id, hit.client_id)

    def set_deal(self, deal_id: int, title: str) -> None:
        self.blockSignals(True)
        self.setText(title)
        self.blockSignals(False)
        self.setCursorPosition(0)
        self.deal_id = deal_id
