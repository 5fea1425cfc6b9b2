"""The filter bar above the client list: pickers, favourites toggles and quick filters."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.enums import ClientStatus
from crm_desktop.ui import theme
from crm_desktop.ui.clients.reference_data import ReferenceData
from crm_desktop.ui.labels import status_text

NOT_CONTACTED_DAYS = 30
BIRTHDAY_DAYS = 7
# fields a segment may set that the bar has no picker for
_HIDDEN = ("kind", "city", "turnover_min", "turnover_max")


class FilterBar(QFrame):
    """Edits a ClientFilter; conditions it cannot show (from a segment) are kept as they are."""

    sig_changed = Signal()
    """The filter or the "favourites first" order changed."""

    def __init__(self, reference: ReferenceData, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._reference = reference
        self._base = ClientFilter()
        self._not_contacted_days = NOT_CONTACTED_DAYS
        self._birthday_days = BIRTHDAY_DAYS
        self.status_combo = self._combo("statusFilter", self.tr("All statuses"))
        for status in ClientStatus:
            self.status_combo.addItem(status_text(status), status)
        self.manager_combo = self._combo("managerFilter", self.tr("All managers"))
        self.channel_combo = self._combo("channelFilter", self.tr("All channels"))
        self.tag_combo = self._combo("tagFilter", self.tr("All tags"))
        self.industry_combo = self._combo("industryFilter", self.tr("All industries"))
        self.favorites_only = self._chip("favoritesOnly", self.tr("Favourites only"), "star")
        self.favorites_first = self._chip("favoritesFirst", self.tr("Favourites first"))
        self.not_contacted = self._chip("notContacted", "")
        self.birthdays = self._chip("birthdaySoon", "")
        self.extra_label = QLabel(self.tr("+ more conditions of the segment"))
        self.extra_label.setObjectName("filterExtra")
        self.reset_button = QPushButton(self.tr("Reset filters"))
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setProperty("link", True)
        self.reset_button.clicked.connect(self.reset)
        self._layout()
        self._update_texts()
        reference.sig_loaded.connect(self._fill_reference_combos)

    # -- building -----------------------------------------------------------------------------
    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self._on_edited)
        return combo

    def _chip(self, name: str, text: str, icon: str | None = None) -> QPushButton:
        chip = QPushButton(text)
        chip.setObjectName(name)
        chip.setProperty("chip", True)
        chip.setCheckable(True)
        if icon:
            chip.setIcon(theme.icon(icon, theme.MUTED, None, 14))
        chip.toggled.connect(self._on_edited)
        return chip

    def _layout(self) -> None:
        pickers = QHBoxLayout()
        pickers.setSpacing(8)
        for combo in (self.status_combo, self.manager_combo, self.channel_combo, self.tag_combo,
                      self.industry_combo):
            pickers.addWidget(combo, 1)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        for chip in (self.favorites_only, self.favorites_first, self.not_contacted,
                     self.birthdays):
            chips.addWidget(chip)
        chips.addWidget(self.extra_label)
        chips.addStretch(1)
        chips.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(pickers)
        layout.addLayout(chips)

    def _fill_reference_combos(self) -> None:
        flt = self.current_filter()
        ref = self._reference
        self._refill(self.manager_combo, [(o.name, o.id) for o in ref.users], flt.manager_id)
        self._refill(self.channel_combo, [(o.name, o.id) for o in ref.channels], flt.channel_id)
        self._refill(self.tag_combo, [(o.name, o.id) for o in ref.tags], flt.tag_id)
        self._refill(self.industry_combo, [(i, i) for i in ref.industries], flt.industry)

    def _refill(self, combo: QComboBox, items: list[tuple[str, Any]], current: Any) -> None:
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            self._select(combo, current)
        finally:
            combo.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value) if value is not None else 0
        if index < 0:  # not among the loaded choices (yet): keep the value visible anyway
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    # -- the filter -----------------------------------------------------------------------------
    def current_filter(self) -> ClientFilter:
        return replace(
            self._base,
            status=self.status_combo.currentData(),
            manager_id=self.manager_combo.currentData(),
            channel_id=self.channel_combo.currentData(),
            tag_id=self.tag_combo.currentData(),
            industry=self.industry_combo.currentData(),
            favorites_only=self.favorites_only.isChecked(),
            not_contacted_days=self._not_contacted_days if self.not_contacted.isChecked()
            else None,
            birthday_within_days=self._birthday_days if self.birthdays.isChecked() else None,
        )

    def is_favorites_first(self) -> bool:
        return self.favorites_first.isChecked()

    def set_filter(self, flt: ClientFilter) -> None:
        """Show `flt` (e.g. a segment's) in the bar; emits sig_changed once."""
        widgets = (self.status_combo, self.manager_combo, self.channel_combo, self.tag_combo,
                   self.industry_combo, self.favorites_only, self.not_contacted, self.birthdays)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._base = ClientFilter(**{name: getattr(flt, name) for name in _HIDDEN})
            self._select(self.status_combo, flt.status)
            self._select(self.manager_combo, flt.manager_id)
            self._select(self.channel_combo, flt.channel_id)
            self._select(self.tag_combo, flt.tag_id)
            self._select(self.industry_combo, flt.industry)
            self.favorites_only.setChecked(flt.favorites_only)
            self._not_contacted_days = flt.not_contacted_days or NOT_CONTACTED_DAYS
            self.not_contacted.setChecked(flt.not_contacted_days is not None)
            self._birthday_days = flt.birthday_within_days or BIRTHDAY_DAYS
            self.birthdays.setChecked(flt.birthday_within_days is not None)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._on_edited()

    def reset(self) -> None:
        self.set_filter(ClientFilter())

    def _on_edited(self, *_args: object) -> None:
        self._update_texts()
        self.sig_changed.emit()

    def _update_texts(self) -> None:
        self.not_contacted.setText(
            self.tr("No contact for %n+ day(s)", "", self._not_contacted_days))
        self.birthdays.setText(self.tr("Birthday within %n day(s)", "", self._birthday_days))
        self.not_contacted.setToolTip(self.tr(
            "No call, meeting or e-mail for %n day(s) or longer, or never", "",
            self._not_contacted_days))
        self.birthdays.setToolTip(self.tr(
            "The client or one of its contact people has a birthday within %n day(s)", "",
            self._birthday_days))
        self.extra_label.setVisible(self._base != ClientFilter())
        self.reset_button.setEnabled(self.current_filter() != ClientFilter())
