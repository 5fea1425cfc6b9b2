"""The window of one record (a client card, a deal card): header, error line and tabs, a
count in a tab's title, and a question before unsaved edits are thrown away on closing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from crm_desktop.ui.card_layout import build_card_layout
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.errors import describe, show_inline


class RecordWindow(QWidget):
    """Subclasses build their parts, then call `lay_out`, and say what "unsaved" means."""

    sig_closed = Signal(object)
    """The window is closing (the argument is the window)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._force_close = False
        self.error: QLabel
        self.tabs: QTabWidget

    def lay_out(self, header: QWidget, error: QLabel, pages: list[tuple[QWidget, str]]) -> None:
        self.error = error
        self.tabs = build_card_layout(self, header, error, pages)

    # -- what subclasses say -------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        raise NotImplementedError

    def unsaved_question(self) -> str:
        """The question asked before closing with unsaved edits."""
        raise NotImplementedError

    # -- tabs and the error line -------------------------------------------------------------
    def show_count(self, index: int, title: str, count: int) -> None:
        self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def set_parts_enabled(self, enabled: bool, tooltip: str = "") -> None:
        """Every tab but the first (the form): off until a new record is saved."""
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, enabled)
            self.tabs.setTabToolTip(index, "" if enabled else tooltip)

    def show_failure(self, exc: Exception) -> None:
        show_inline(self.error, describe(exc))

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._force_close and self.has_unsaved_edits():
            event.ignore()
            ask(self, QCoreApplication.translate("RecordWindow", "Unsaved changes"),
                self.unsaved_question(), self.discard_and_close)
            return
        self.sig_closed.emit(self)
        super().closeEvent(event)

    def discard_and_close(self) -> None:
        """Close without asking about unsaved edits."""
        self._force_close = True
        self.close()
