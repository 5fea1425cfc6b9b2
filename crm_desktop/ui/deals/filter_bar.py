"""The filters above the board and the list: manager, channel, creation period, "my deals"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QPushButton

from crm_desktop.services.board import BoardFilter
from crm_desktop.services.reference import Option
from crm_desktop.ui import theme
from crm_desktop.ui.tab_order import OptionalDateEdit

# a QDateEdit at its minimum shows the special text: that is "no date"
NO_DATE = QDate(2000, 1, 1)


class DealFilterBar(QFrame):
    """Edits a BoardFilter; `sig_changed` after every edit."""

    sig_changed = Signal()
    """The filter changed; read it with current_filter()."""

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealFilterBar")
        self.manager_combo = self._combo("dealManagerFilter", self.tr("All managers"))
        self.channel_combo = self._combo("dealChannelFilter", self.tr("All channels"))
        self.from_edit = self._date("createdFromFilter")
        self.to_edit = self._date("createdToFilter")
        self.mine_chip = QPushButton(theme.icon("user", theme.MUTED, None, 14),
                                     self.tr("My deals"))
        self.mine_chip.setObjectName("myDealsFilter")
        self.mine_chip.setProperty("chip", True)
        self.mine_chip.setCheckable(True)
        self.mine_chip.toggled.connect(self._on_edited)
        self.reset_button = QPushButton(self.tr("Reset filters"))
        self.reset_button.setObjectName("resetDealFilters")
        self.reset_button.setProperty("link", True)
        self.reset_button.clicked.connect(self.reset)
        period = QLabel(self.tr("Created"))
        period.setObjectName("filterCaption")
        dash = QLabel("–")
        dash.setObjectName("filterCaption")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.manager_combo, 1)
        layout.addWidget(self.channel_combo, 1)
        layout.addSpacing(6)
        layout.addWidget(period)
        layout.addWidget(self.from_edit)
        layout.addWidget(dash)
        layout.addWidget(self.to_edit)
        layout.addSpacing(6)
        layout.addWidget(self.mine_chip)
        layout.addStretch(1)
        layout.addWidget(self.reset_button)
        self._update_reset()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self._on_edited)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = OptionalDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        edit.setMinimumWidth(112)
        edit.dateChanged.connect(self._on_edited)
        return edit

    def set_options(self, users: list[Option], channels: list[Option]) -> None:
        """Fill the pickers (keeping what is selected)."""
        for combo, options in ((self.manager_combo, users), (self.channel_combo, channels)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for option in options:
                combo.addItem(option.name, option.id)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            manager_id=self.manager_combo.currentData(),
            channel_id=self.channel_combo.currentData(),
            created_from=_day(self.from_edit),
            created_to=_day(self.to_edit),
            mine=self.mine_chip.isChecked(),
        )

    def set_period(self, start: date | None, end: date | None) -> None:
        self.from_edit.setDate(QDate(start) if start else NO_DATE)
        self.to_edit.setDate(QDate(end) if end else NO_DATE)

    def reset(self) -> None:
        widgets = (self.manager_combo, self.channel_combo, self.from_edit, self.to_edit,
                   self.mine_chip)
        for widget in widgets:
            widget.blockSignals(True)
        self.manager_combo.setCurrentIndex(0)
        self.channel_combo.setCurrentIndex(0)
        self.set_period(None, None)
        self.mine_chip.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        self._update_reset()
        self.sig_changed.emit()

    def _update_reset(self) -> None:
        self.reset_button.setEnabled(self.current_filter() != BoardFilter())


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()  # type: ignore[return-value]
