"""Step 2: which column goes into which field, with examples from the file; saved mappings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import CrmError
from crm_desktop.services.imports import (
    FIELDS,
    ColumnMapping,
    ImportEntity,
    MappingStore,
    SheetTable,
)
from crm_desktop.ui import errors
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.import_wizard.texts import field_label
from crm_desktop.ui.tab_order import place_after

EXAMPLES = 3
# at least one of each tuple must be chosen
REQUIRED = {
    ImportEntity.CLIENTS: (("name", "full_name", "last_name"),),
    ImportEntity.CONTACTS: (("full_name", "first_name"), ("company", "company_inn")),
    ImportEntity.DEALS: (("title",), ("company", "company_inn")),
}


class MappingPage(QWidget):
    sig_changed = Signal()
    """The user changed a column's field."""

    def __init__(self, store: MappingStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._table: SheetTable | None = None
        self._entity = ImportEntity.CLIENTS
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("mappingTable")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import into")])
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(34)
        self.grid.setShowGrid(False)
        self.grid.setAlternatingRowColors(True)
        self.grid.setTabKeyNavigation(False)  # Tab goes on to the field combos, not across cells
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.grid.setColumnWidth(2, 280)
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedMappings")
        self.saved_combo.activated.connect(self._on_saved_combo_activated)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("mappingName")
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Export from 1C"))
        self.save_button = QPushButton(self.tr("Save mapping"))
        self.save_button.setObjectName("saveMapping")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.notice = QLabel()
        self.notice.setObjectName("dialogSubtitle")
        self.error_label = error_label("mappingError", "form")
        saved = QHBoxLayout()
        saved.addWidget(QLabel(self.tr("Saved mapping")))
        saved.addWidget(self.saved_combo, 1)
        saved.addSpacing(16)
        saved.addWidget(self.name_edit, 1)
        saved.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(saved)
        layout.addWidget(self.notice)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.error_label)

    def load(self, table: SheetTable, mapping: ColumnMapping) -> None:
        self._table, self._entity = table, mapping.entity
        self.error_label.hide()
        self.notice.setText(self.tr("Columns were matched by their names; check them and "
                                    "choose “Do not import” for the ones you do not need."))
        self.grid.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            name = QTableWidgetItem(header)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            examples = list(dict.fromkeys(
                v.replace("\n", " ") for v in table.column(row) if v.strip()))[:EXAMPLES]
            sample = QTableWidgetItem(" · ".join(examples))
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            sample.setForeground(Qt.GlobalColor.darkGray)
            self.grid.setItem(row, 0, name)
            self.grid.setItem(row, 1, sample)
            self.grid.setCellWidget(row, 2, self._field_combo())
        # the combos join the window's chain after Next; Tab reads them row by row after the grid
        place_after(self.grid, *(self.field_combo(row) for row in range(len(table.headers))))
        self.set_mapping(mapping)
        self._fill_saved()

    def set_mapping(self, mapping: ColumnMapping) -> None:
        for row, key in enumerate(mapping.fields):
            combo = self.field_combo(row)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)
            combo.blockSignals(False)

    def field_combo(self, row: int) -> QComboBox:
        widget = self.grid.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(self._entity, tuple(
            self.field_combo(row).currentData() for row in range(self.grid.rowCount())))

    def check(self) -> bool:
        """Shows what is missing; True when the required fields have a column."""
        mapping = self.mapping()
        for choices in REQUIRED[self._entity]:
            if not any(mapping.has(c) for c in choices):
                field = next(f for f in FIELDS[self._entity] if f.key == choices[0])
                errors.show_inline(self.error_label, self.tr(
                    "Choose the column for “%1”.").replace("%1", field_label(field)))
                return False
        self.error_label.hide()
        return True

    def _field_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— Do not import —"), None)
        for field in FIELDS[self._entity]:
            combo.addItem(field_label(field), field.key)
        combo.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        return combo

    def _fill_saved(self) -> None:
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("— Matched by column names —"), None)
        for name in self._store.names(self._entity):
            self.saved_combo.addItem(name, name)

    def _on_saved_combo_activated(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        if not name or self._table is None:
            return
        try:
            self.set_mapping(self._store.load(name, self._table.headers))
        except CrmError as exc:
            errors.show_inline(self.error_label, errors.describe(exc))
            return
        self.name_edit.setText(name)
        self.sig_changed.emit()

    def _on_save_clicked(self) -> None:
        name = self.name_edit.text().strip()
        if not name or self._table is None:
            errors.show_inline(self.error_label, self.tr("Enter a name for the mapping."))
            return
        try:
            self._store.save(name, self.mapping(), self._table.headers)
        except (CrmError, OSError) as exc:
            errors.show_inline(self.error_label, errors.describe(exc))
            return
        self._fill_saved()
        self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(name)))
        self.notice.setText(self.tr("The mapping “%1” was saved; choose it for the next file "
                                    "of this kind.").replace("%1", name))

