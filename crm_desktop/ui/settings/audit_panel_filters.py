"""The audit viewer's filters: author, action, period and client; any change asks for a reload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from crm_desktop.services.users import UserRow
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.client_picker import ClientPicker
from crm_desktop.ui.reports.flow_layout import FlowLayout
from crm_desktop.ui.settings.audit_panel_labels import ACTIONS, action_label

ANY_TIME, TODAY, WEEK, MONTH, CHOSEN = range(5)


@dataclass(frozen=True, slots=True)
class AuditFilter:
    login: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    client_id: int | None = None


def local_midnight(day: date) -> datetime:
    """The start of `day` on this workstation's clock, in UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


class AuditFilterBar(QWidget):
    sig_changed = Signal()
    """A filter changed; read `current()`."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilters")
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("auditUserFilter")
        self.user_combo.addItem(self.tr("All users"), None)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditActionFilter")
        self.action_combo.addItem(self.tr("All actions"), None)
        for key in sorted(ACTIONS, key=action_label):
            self.action_combo.addItem(action_label(key), key)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("auditPeriodFilter")
        for text in (self.tr("Any time"), self.tr("Today"), self.tr("Last 7 days"),
                     self.tr("Last 30 days"), self.tr("Chosen dates")):
            self.period_combo.addItem(text)
        today = QDate.currentDate()
        self.from_edit, self.to_edit = QDateEdit(today.addDays(-7)), QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.sig_changed.emit())
        self.client_picker = ClientPicker(ctx)
        self.client_picker.setObjectName("auditClientFilter")
        self.client_picker.setPlaceholderText(self.tr("Any client"))
        self.client_picker.setMinimumWidth(220)
        self.clear_client = QToolButton()
        self.clear_client.setText("×")
        self.clear_client.setToolTip(self.tr("Any client"))
        self.clear_client.setEnabled(False)
        for combo in (self.user_combo, self.action_combo):
            combo.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.client_picker.sig_client_chosen.connect(self._on_client_chosen)
        self.clear_client.clicked.connect(self.forget_client)
        self._dash = QLabel("—")
        self._dash.setVisible(False)
        self._layout()

    def _layout(self) -> None:
        # long user and action names are elided in the box (the list shows them whole)
        for combo in (self.user_combo, self.action_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        client = QWidget()
        client_row = QHBoxLayout(client)
        client_row.setContentsMargins(0, 0, 0, 0)
        client_row.setSpacing(4)
        client_row.addWidget(self.client_picker)
        client_row.addWidget(self.clear_client)
        # a row that wraps: at 1280 px the client filter goes under the others
        layout = FlowLayout(self, spacing=8, row_spacing=8)
        for widget in (self.user_combo, self.action_combo, self.period_combo, self.from_edit,
                       self._dash, self.to_edit, client):
            layout.addWidget(widget)

    def set_users(self, users: list[UserRow]) -> None:
        chosen = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        for user in users:
            self.user_combo.addItem(f"{user.full_name} ({user.login})", user.login)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(chosen)))
        self.user_combo.blockSignals(False)

    def _on_period_changed(self, index: int) -> None:
        for widget in (self.from_edit, self._dash, self.to_edit):
            widget.setVisible(index == CHOSEN)
        self.sig_changed.emit()

    def _on_client_chosen(self, _client_id: int) -> None:
        self.clear_client.setEnabled(True)
        self.sig_changed.emit()

    def forget_client(self) -> None:
        had = self.client_picker.client_id is not None
        self.client_picker.clear()
        self.client_picker.client_id = None
        self.clear_client.setEnabled(False)
        if had:
            self.sig_changed.emit()

    def current(self) -> AuditFilter:
        since, until = self._period()
        return AuditFilter(self.user_combo.currentData(), self.action_combo.currentData(),
                           since, until, self.client_picker.client_id)

    def _period(self) -> tuple[datetime | None, datetime | None]:
        index, today = self.period_combo.currentIndex(), date.today()
        if index == ANY_TIME:
            return None, None
        if index == CHOSEN:
            first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
            first, last = min(first, last), max(first, last)
            return local_midnight(first), local_midnight(last + timedelta(days=1))
        days = {TODAY: 0, WEEK: 6, MONTH: 29}[index]
        return local_midnight(today - timedelta(days=days)), None
