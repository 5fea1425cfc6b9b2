"""A line edit that searches as you type and offers what it found in a completer popup.

Used by the deal's client picker and the line items' product picker. Typing waits for a
200 ms pause, then runs the lookup on the read runner (newest request wins); picking an entry
calls `picked`. Typing over a picked entry forgets it (`forget_pick`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext

Lookup = Callable[[], list[tuple[str, object]]]  # runs on a worker: (popup text, entry) pairs


class SearchPicker(QLineEdit):
    """Subclasses say how to look up (`lookup`) and what a pick means (`picked`)."""

    def __init__(self, ctx: UiContext, placeholder: str, *, min_chars: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._min_chars = ctx, min_chars
        self._found: dict[str, object] = {}
        self.setPlaceholderText(placeholder)
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

    # -- what subclasses say -------------------------------------------------------------------
    def lookup(self, text: str) -> Lookup:
        """GUI thread: the work that finds entries for `text` (it must touch no widget)."""
        raise NotImplementedError

    def picked(self, entry: object) -> None:
        raise NotImplementedError

    def forget_pick(self) -> None:
        """The text was typed over: it no longer names the picked entry."""

    # -- searching -----------------------------------------------------------------------------
    def offered(self) -> list[str]:
        """The texts in the popup now (for tests)."""
        return list(self._found)

    def _on_edited(self, _text: str) -> None:
        self.forget_pick()
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        if len(text) < self._min_chars:
            return
        run(self._ctx.reads, self, self.lookup(text), self._on_found, lambda _exc: None,
            key=f"picker:{id(self)}")

    def _on_found(self, entries: object) -> None:
        found: list[tuple[str, object]] = list(entries)  # type: ignore[call-overload]
        self._found = dict(found)
        self._model.setStringList(list(self._found))
        if found and self.hasFocus():
            self._completer.complete()

    def _on_activated(self, text: str) -> None:
        entry = self._found.get(text)
        if entry is not None:
            self.picked(entry)
