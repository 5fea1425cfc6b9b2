"""The products catalogue: search, a table (SKU, name, unit, price, VAT, stock), add, edit,
archive, and with "show archived" the archived products to restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.products import ProductRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import money
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.amounts import vat_text
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.settings.product_dialog import ProductDialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LIMIT = 500


class ProductsPanel(QWidget):
    sig_loaded = Signal(int)
    """The table was (re)filled; the argument is the number of products shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productsPanel")
        self._ctx = ctx
        self.rows: list[ProductRow] = []
        self.dialog: ProductDialog | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("productSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name or SKU"))
        self.search_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add product"))
        self.add_button.setObjectName("primaryButton")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.setToolTip(self.tr("No longer offered in deals; deals that have it "
                                               "keep their lines."))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("showArchived")
        self.error = error_label("productsError", "form")
        self.tree = QTreeWidget()
        self.tree.setObjectName("productTable")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Unit"),
                                   self.tr("Price"), self.tr("VAT"), self.tr("In stock")])
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.load)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.show_archived.toggled.connect(lambda _on: self.load())
        self.archive_button.clicked.connect(lambda: self.set_selected_active(False))
        self.restore_button.clicked.connect(lambda: self.set_selected_active(True))
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.edit(self.selected()))
        tools = QHBoxLayout()
        tools.addWidget(self.search_edit, 1)
        tools.addWidget(self.show_archived)
        tools.addWidget(self.archive_button)
        tools.addWidget(self.restore_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        self.load()

    def load(self) -> None:
        text, products = self.search_edit.text(), self._ctx.services.products
        archived = self.show_archived.isChecked()
        run(self._ctx.reads, self,
            lambda: products.search(text, limit=LIMIT, include_inactive=archived),
            self._on_loaded,
            lambda e: show_inline(self.error, describe(e)), key=f"products:{id(self)}")

    def _on_loaded(self, rows: object) -> None:
        keep = self.selected()
        self.rows = list(rows)  # type: ignore[call-overload]
        self.tree.clear()
        for row in self.rows:
            data = row.data
            item = QTreeWidgetItem([data.sku, data.name, data.unit, money(data.price),
                                    vat_text(data.vat_rate),
                                    f"{data.stock_qty.normalize():f}".replace(".", ",")])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            for column in (3, 5):
                item.setTextAlignment(column, RIGHT)
            if not data.is_active:
                item.setText(1, self.tr("%1 (archived)").replace("%1", data.name))
                for column in range(self.tree.columnCount()):
                    item.setForeground(column, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
            if keep is not None and keep.id == row.id:
                self.tree.setCurrentItem(item)
        self._show_selected()
        show_inline(self.error, None)
        self.sig_loaded.emit(len(self.rows))

    def selected(self) -> ProductRow | None:
        item = self.tree.currentItem()
        wanted = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.rows if r.id == wanted), None)

    def select(self, product_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == product_id:
                self.tree.setCurrentItem(item)

    def _show_selected(self) -> None:
        row = self.selected()
        archived = row is not None and not row.data.is_active
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.archive_button.setVisible(not archived)
        self.restore_button.setVisible(archived)

    def set_selected_active(self, active: bool) -> None:
        """Archive the selected product or restore an archived one."""
        row = self.selected()
        if row is None:
            return
        products = self._ctx.services.products
        run(self._ctx.writes, self, lambda: products.set_active(row.id, active),
            lambda _r: self.load(), lambda e: show_inline(self.error, describe(e)))

    def edit(self, row: ProductRow | None) -> None:
        """Open the product dialog: `row` to edit, None for a new product."""
        dialog = ProductDialog(self._ctx, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda _r: self.load())
        self.dialog = dialog
        dialog.open()
