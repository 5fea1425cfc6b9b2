"""Someone saved the record after the form opened: what they changed (old → new), and the
two ways out: "Reload" takes their version, "Overwrite" saves ours over it consciously.

Used by the client form and the deal form; each says which fields to compare and how to
show a value (names for ids, money, dates)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.ui.client_card.formatting import NO_VALUE, date_text, money

Change = tuple[str, str, str]  # caption, their old value (what the user started from), new


def show_value(value: object) -> str:
    """A stored value as the banner shows it: money, a date, "—" for nothing."""
    if value is None or value == "" or value == ():
        return NO_VALUE
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def differences(started: object, current: object, fields: Iterable[str],
                caption: Callable[[str], str], show: Callable[[str, object], str]
                ) -> list[Change]:
    """The `fields` whose stored value changed since the user opened the form."""
    changes: list[Change] = []
    for field in fields:
        old, new = getattr(started, field), getattr(current, field)
        if old != new:
            changes.append((caption(field), show(field, old), show(field, new)))
    return changes


class ConflictBanner(QFrame):
    """Hidden until `show_changes`; `title` says whose record it is."""

    sig_reload = Signal()
    sig_overwrite = Signal()

    def __init__(self, title: str, nothing_changed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setProperty("banner", "error")
        self._nothing_changed = nothing_changed
        self.title = QLabel(title)
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
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
        layout.addWidget(self.title)
        layout.addWidget(self.changes_label)
        layout.addLayout(buttons)
        self.changes: list[Change] = []
        self.setVisible(False)

    def show_changes(self, changes: list[Change]) -> None:
        self.changes = list(changes)
        if changes:
            lines = [self.tr("They changed:")]
            lines += [f"• {caption}: {old} → {new}" for caption, old, new in changes]
        else:
            lines = [self._nothing_changed]
        self.changes_label.setText("\n".join(lines))
        self.setVisible(True)
