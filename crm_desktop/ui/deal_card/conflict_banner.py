"""Someone saved the deal after the form opened: what they changed, Reload or Overwrite."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.errors import QT_TRANSLATE_NOOP

CAPTIONS = {
    "title": QT_TRANSLATE_NOOP("DealConflict", "title"),
    "client_id": QT_TRANSLATE_NOOP("DealConflict", "client"),
    "contact_id": QT_TRANSLATE_NOOP("DealConflict", "contact person"),
    "manager_id": QT_TRANSLATE_NOOP("DealConflict", "manager"),
    "channel_id": QT_TRANSLATE_NOOP("DealConflict", "channel"),
    "amount": QT_TRANSLATE_NOOP("DealConflict", "amount"),
    "currency": QT_TRANSLATE_NOOP("DealConflict", "currency"),
    "expected_close_on": QT_TRANSLATE_NOOP("DealConflict", "expected close"),
    "note": QT_TRANSLATE_NOOP("DealConflict", "note"),
    "items": QT_TRANSLATE_NOOP("DealConflict", "products"),
}


def changed_captions(started: DealData, current: DealData) -> list[str]:
    """Names of the fields whose stored value changed since the form was opened."""
    return [QCoreApplication.translate("DealConflict", caption)
            for field, caption in CAPTIONS.items()
            if getattr(started, field) != getattr(current, field)]


class DealConflictBanner(QFrame):
    """"Reload" takes their version, "Overwrite" saves ours over it consciously."""

    sig_reload = Signal()
    sig_overwrite = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setProperty("banner", "error")
        title = QLabel(self.tr("Someone else saved this deal while you were editing."))
        title.setObjectName("bannerTitle")
        title.setWordWrap(True)
        self.changes_label = QLabel()
        self.changes_label.setObjectName("conflictChanges")
        self.changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload (discard my edits)"))
        self.reload_button.setObjectName("reloadButton")
        self.overwrite_button = QPushButton(self.tr("Overwrite with my version"))
        self.overwrite_button.setObjectName("overwriteButton")
        self.reload_button.clicked.connect(self.sig_reload.emit)
        self.overwrite_button.clicked.connect(self.sig_overwrite.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.overwrite_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(title)
        layout.addWidget(self.changes_label)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_changes(self, captions: list[str]) -> None:
        if captions:
            text = self.tr("They changed: %1.").replace("%1", ", ".join(captions))
        else:
            text = self.tr("They changed nothing on this form (for example, only the stage).")
        self.changes_label.setText(text)
        self.setVisible(True)
