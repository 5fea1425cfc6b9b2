"""Someone saved the client after the form opened: what they changed, Reload or Overwrite."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.enums import ClientKind, ClientStatus, ContactMethodKind
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.formatting import NO_VALUE, date_text, money

Change = tuple[str, str, str]  # caption, their old value (what the user started from), new


def _show(value: object) -> str:
    if value is None or value == "" or value == ():
        return NO_VALUE
    if isinstance(value, ClientStatus):
        return labels.status_text(value)
    if isinstance(value, ClientKind):
        return labels.kind_text(value)
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, tuple):
        return ", ".join(m.value for m in value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def differences(started: ClientData, current: ClientData, captions: dict[str, str],
                names: dict[str, Callable[[int | None], str]]) -> list[Change]:
    """Fields whose stored value changed since the user opened the form (old → new)."""
    changes: list[Change] = []
    for field in ClientData.__dataclass_fields__:
        old, new = getattr(started, field), getattr(current, field)
        if field == "methods":
            old = tuple(m for m in old if m.value.strip())
            new = tuple(m for m in new if m.value.strip())
        if old == new:
            continue
        show = names.get(field, _show)
        changes.append((captions.get(field, field), show(old), show(new)))
    return changes


def comparable(data: ClientData) -> ClientData:
    """Drop what the form cannot show the same way (a person's name is composed on save)."""
    methods = tuple(m for m in data.methods if m.value.strip())
    return replace(data, name="" if data.kind is ClientKind.PERSON else data.name,
                   methods=methods)


def contact_keys(data: ClientData) -> set[tuple[str, str]]:
    return {(m.kind.value, m.value.strip().lower()) for m in data.methods
            if m.kind is not ContactMethodKind.MESSENGER and m.value.strip()}


class ConflictBanner(QFrame):
    """Lists their changes; "Reload" takes theirs, "Overwrite" saves ours consciously."""

    sig_reload = Signal()
    sig_overwrite = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setProperty("banner", "error")
        self.title = QLabel(self.tr("Someone else saved this client while you were editing."))
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
            lines = [self.tr("None of the fields on this form changed (for example, only tags "
                             "or contact people did); your edits do not collide with theirs.")]
        self.changes_label.setText("\n".join(lines))
        self.setVisible(True)
