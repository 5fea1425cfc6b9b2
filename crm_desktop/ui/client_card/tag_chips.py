"""Tags as chips: "✕" removes one, "+ Tag" picks an existing tag or types a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from crm_desktop.services.reference import Option


class TagChips(QWidget):
    sig_add_requested = Signal(str)
    """Add the tag with this name (existing or new)."""
    sig_remove_requested = Signal(int)
    """Remove the tag with this id from the client."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChips")
        self.chips: dict[int, QToolButton] = {}
        self.add_button = QToolButton()
        self.add_button.setObjectName("addTagButton")
        self.add_button.setText(self.tr("+ Tag"))
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.input = QComboBox()
        self.input.setObjectName("tagInput")
        self.input.setEditable(True)
        self.input.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.input.setMinimumWidth(160)
        line = self.input.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Tag name, Enter"))
        self.input.setVisible(False)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.add_button)
        self._layout.addWidget(self.input)
        self._layout.addStretch(1)
        self.add_button.clicked.connect(self._on_add_clicked)
        line.returnPressed.connect(self._on_input_entered)

    def set_options(self, options: list[Option]) -> None:
        text = self.input.currentText()
        self.input.clear()
        self.input.addItems([o.name for o in options])
        self.input.setEditText(text)

    def set_tags(self, tags: tuple[tuple[int, str], ...]) -> None:
        for chip in self.chips.values():
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        for position, (tag_id, name) in enumerate(tags):
            chip = QToolButton()
            chip.setObjectName("tagChip")
            chip.setText(f"{name}  ✕")
            chip.setToolTip(self.tr("Remove the tag"))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _c=False, t=tag_id: self.sig_remove_requested.emit(t))
            self._layout.insertWidget(position, chip)
            self.chips[tag_id] = chip

    def names(self) -> list[str]:
        return [chip.text().removesuffix("  ✕") for chip in self.chips.values()]

    def _on_add_clicked(self) -> None:
        self.input.setVisible(True)
        self.input.setEditText("")
        self.input.setFocus()

    def _on_input_entered(self) -> None:
        name = self.input.currentText().strip()
        self.input.setVisible(False)
        if name:
            self.sig_add_requested.emit(name)
