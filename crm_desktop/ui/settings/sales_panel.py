"""Settings → Sales: each channel's advertising spend and each manager's sales target for a
month, read by the channel and plan-vs-fact reports. An empty amount removes the month's value;
one bad amount keeps the whole month unsaved, with the row marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.sales_settings import AmountRow, SalesMonth
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe
from crm_desktop.ui.forms import FieldErrors, error_label
from crm_desktop.ui.settings.card_flow import CardFlow

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SalesPanel(QWidget):
    """Mounted on the Settings page for administrators (the manage-users right)."""

    sig_loaded = Signal(object)
    """The month was read or saved (the argument is SalesMonth)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salesSettings")
        self._ctx, self._service = ctx, ctx.services.sales_settings
        self.form_error = error_label("salesError", "form")
        self.errors = FieldErrors(self.form_error)
        self.month_edit = QDateEdit(QDate.currentDate())
        self.month_edit.setObjectName("salesMonth")
        self.month_edit.setDisplayFormat("MM.yyyy")
        self.month_edit.dateChanged.connect(lambda _d: self.load())
        self.spend_table = self._table("spendTable", self.tr("Channel"),
                                       self.tr("Spend, ₽"))
        self.targets_table = self._table("targetsTable", self.tr("Manager"),
                                         self.tr("Sales target, ₽"))
        self.save_button = QPushButton(self.tr("Save the month"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("settingsHint")
        self._layout()
        self.load()

    def _table(self, name: str, first: str, second: str) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([first, second])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the amount column is as wide as a nine-digit sum or its heading, the name takes
        # the rest; a name longer than that ends in "…" with the whole name as its tooltip
        bold = QFont(table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        table.setColumnWidth(1, max(QFontMetrics(table.font()).horizontalAdvance("000 000 000,00"),
                                    QFontMetrics(bold).horizontalAdvance(second)) + 28)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        return table

    def _layout(self) -> None:
        title = QLabel(self.tr("Sales plan and advertising spend"))
        title.setObjectName("settingsTitle")
        hint = QLabel(self.tr("The reports compare each manager's revenue with their target "
                              "and each channel's sales with what it cost. Leave an amount "
                              "empty to remove it."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_edit)
        top.addStretch(1)
        # one under the other up to 1366 px so whole names fit, side by side on wider screens
        cards = CardFlow(column_width=420, balanced=True)
        for heading, table in ((self.tr("Advertising spend"), self.spend_table),
                               (self.tr("Sales targets"), self.targets_table)):
            frame = QFrame()
            frame.setObjectName("settingsCard")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(14, 12, 14, 14)
            label = QLabel(heading)
            label.setObjectName("featureHeading")
            inner.addWidget(label)
            inner.addWidget(table)
            inner.addStretch(1)  # a shorter table's card keeps its heading on top
            cards.addWidget(frame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addWidget(self.form_error)
        layout.addLayout(cards)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def month(self) -> date:
        d = self.month_edit.date()
        return date(d.year(), d.month(), 1)

    # -- reading and saving ------------------------------------------------------------------
    def load(self) -> None:
        service, month = self._service, self.month()
        run(self._ctx.reads, self, lambda: service.month(month), self._on_loaded,
            lambda e: self.errors.show_form(describe(e)), key=f"sales:{id(self)}")

    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, SalesMonth)
        self._fill(self.spend_table, result.spend)
        self._fill(self.targets_table, result.targets)
        self.errors.clear()
        self.sig_loaded.emit(result)

    def _fill(self, table: QTableWidget, rows: tuple[AmountRow, ...]) -> None:
        locale = QLocale()
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(ID_ROLE, row.id)
            name.setToolTip(row.name)
            amount = QTableWidgetItem(
                "" if row.amount is None else locale.toString(float(row.amount), "f", 2))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(index, 0, name)
            table.setItem(index, 1, amount)
        _fit_height(table)

    @staticmethod
    def _values(table: QTableWidget) -> dict[int, str]:
        values: dict[int, str] = {}
        for index in range(table.rowCount()):
            key = int(_cell(table, index, 0).data(ID_ROLE))
            text = _cell(table, index, 1).text().replace("\u00a0", "").replace(" ", "")
            values[key] = text.replace(",", ".")
        return values

    def save(self) -> None:
        self.errors.clear()
        self.saved_label.clear()
        service, month = self._service, self.month()
        spend, targets = self._values(self.spend_table), self._values(self.targets_table)
        self.save_button.setEnabled(False)
        run(self._ctx.writes, self, lambda: service.save_month(month, spend, targets),
            self._on_saved, self._on_save_failed)

    def _on_saved(self, result: object) -> None:
        self.save_button.setEnabled(True)
        self._on_loaded(result)
        self.saved_label.setText(self.tr("The month is saved."))

    def _on_save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        message = describe(exc)
        if isinstance(exc, ValidationError):
            self._mark(exc.field)
        self.errors.show_form(message)
        self.sig_save_failed.emit(message)

    def _mark(self, field: str) -> None:
        """Select the row of `spend.<id>` / `target.<id>` so the user sees which amount."""
        prefix, _, key = field.partition(".")
        table = self.spend_table if prefix == "spend" else self.targets_table
        for index in range(table.rowCount()):
            if str(_cell(table, index, 0).data(ID_ROLE)) == key:
                table.setCurrentCell(index, 1)
                return



def _fit_height(table: QTableWidget) -> None:
    """Every row shown: the page scrolls, not each table (a short table lost its last rows)."""
    rows = table.verticalHeader().length() if table.rowCount() else 0
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows
                         + 2 * table.frameWidth() + 2)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None  # every cell is filled by _fill
    return item
