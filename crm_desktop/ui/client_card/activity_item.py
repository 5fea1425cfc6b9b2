"""One entry of the timeline: kind badge, when and who, call duration and outcome, text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from crm_desktop.services.activities import ActivityRow
from crm_desktop.services.enums import ActivityKind
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.formatting import datetime_text, duration

BADGES = {ActivityKind.CALL: "☎", ActivityKind.MEETING: "◷", ActivityKind.EMAIL: "✉",
          ActivityKind.NOTE: "✎"}


def _plain(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ActivityItem(QFrame):
    sig_delete_requested = Signal(object)
    """Delete this ActivityRow (after the user confirms)."""

    def __init__(self, row: ActivityRow, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityItem")
        self.row = row
        data = row.data
        badge = _plain(BADGES[data.kind], "activityBadge")
        badge.setProperty("kind", data.kind.value)
        badge.setFixedSize(34, 34)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        parts = [labels.activity_text(data.kind)]
        if data.kind is ActivityKind.CALL and data.duration_seconds is not None:
            parts.append(duration(data.duration_seconds))
        if data.outcome:
            parts.append(data.outcome)
        self.title_label = _plain(" · ".join(parts), "activityTitle")
        when = datetime_text(data.occurred_at) + (f" · {author}" if author else "")
        self.when_label = _plain(when, "activityWhen")
        self.when_label.setWordWrap(False)
        delete = QToolButton()
        delete.setObjectName("deleteActivityButton")
        delete.setText("✕")
        delete.setToolTip(self.tr("Delete"))
        delete.clicked.connect(lambda: self.sig_delete_requested.emit(self.row))
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.when_label)
        top.addWidget(delete)
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addLayout(top)
        if data.subject:
            text.addWidget(_plain(data.subject, "activitySubject"))
        if data.body:
            self.body_label = _plain(data.body, "activityBody")
            self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.addWidget(self.body_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def summary(self) -> str:
        return self.title_label.text()
