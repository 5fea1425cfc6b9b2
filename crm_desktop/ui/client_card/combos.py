"""Combo boxes over reference options (id → name) that keep a value set before loading."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from crm_desktop.services.reference import Option
from crm_desktop.ui.client_card.formatting import NO_VALUE


class OptionCombo(QComboBox):
    """`None` is the "—" entry; a value missing from the options is kept as an extra entry."""

    def __init__(self, parent: QWidget | None = None, *, allow_none: bool = True) -> None:
        super().__init__(parent)
        self._allow_none = allow_none
        self._options: list[Option] = []
        self._value: int | None = None
        self._extra_name: str | None = None
        self.currentIndexChanged.connect(self._remember)
        self._rebuild()

    def set_options(self, options: list[Option]) -> None:
        self._options = list(options)
        self._rebuild()

    def set_value(self, value: int | None, name: str | None = None) -> None:
        self._value, self._extra_name = value, name
        self._rebuild()

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def name_of(self, value: int | None) -> str:
        for index in range(self.count()):
            if self.itemData(index) == value:
                return self.itemText(index)
        return NO_VALUE if value is None else f"#{value}"

    def _rebuild(self) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            if self._allow_none:
                self.addItem(NO_VALUE, None)
            for option in self._options:
                self.addItem(option.name, option.id)
            if self._value is not None and self.findData(self._value) < 0:
                self.addItem(self._extra_name or f"#{self._value}", self._value)
            index = self.findData(self._value) if self._value is not None else 0
            self.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)

    def _remember(self, _index: int) -> None:
        self._value = self.value()
