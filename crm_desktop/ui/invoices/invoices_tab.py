"""The Invoices tab of the deal card and the client card: the invoices with number, date,
amount and status, and what can be done with the selected one (new from the deal, edit a
draft, issue, mark paid, cancel, save as PDF, print)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.actor import Permission
from crm_desktop.services.enums import InvoiceStatus
from crm_desktop.services.invoice_dto import InvoiceCard, InvoiceRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.client_card.formatting import NO_VALUE, date_text, money
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.invoices.access import invoice_service
from crm_desktop.ui.invoices.draft_dialog import InvoiceDraftDialog
from crm_desktop.ui.invoices.labels import STATUS_COLOURS, number_text, status_text
from crm_desktop.ui.invoices.paid_dialog import PaidDialog
from crm_desktop.ui.invoices.pdf_output import PdfOutput
from crm_desktop.ui.invoices.style import LIST_STYLE

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NUMBER, DATE, BUYER, AMOUNT, STATUS, PAID_ON = range(6)


class InvoicesTab(QWidget):
    sig_loaded = Signal(int)
    """The list arrived; the argument is how many invoices."""
    sig_changed = Signal(int)
    """An invoice was created, edited, issued, paid or cancelled (its id)."""
    sig_failed = Signal(str)
    """An action failed; the argument is the message shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesPanel")
        self._ctx = ctx
        self.deal_id: int | None = None
        self.client_id: int | None = None
        self.rows: list[InvoiceRow] = []
        self.dialog: QWidget | None = None
        actor = ctx.services.actor
        self.pdf = PdfOutput(ctx, self)
        self.pdf.sig_done.connect(self._show_notice)
        self.pdf.sig_failed.connect(self._on_failed)
        self.new_button = self._button(self.tr("New invoice from deal"), "newInvoiceButton",
                                       self.new_invoice, primary=True)
        self.edit_button = self._button(self.tr("Edit…"), "editInvoiceButton",
                                        self.edit_selected)
        self.issue_button = self._button(self.tr("Issue"), "issueInvoiceButton",
                                         self.issue_selected)
        self.paid_button = self._button(self.tr("Mark paid…"), "paidInvoiceButton",
                                        self.mark_paid_selected)
        self.cancel_button = self._button(self.tr("Cancel invoice"), "cancelInvoiceButton",
                                          self.cancel_selected)
        self.cancel_button.setObjectName("dangerButton")
        self.save_button = self._button(self.tr("Save PDF…"), "savePdfButton",
                                        lambda: self.pdf.save(self.selected()))
        self.print_button = self._button(self.tr("Print…"), "printInvoiceButton",
                                         lambda: self.pdf.print(self.selected()))
        self.can_edit, self.can_print = actor.can(Permission.EDIT), actor.can(Permission.PRINT)
        for button in (self.new_button, self.edit_button, self.issue_button, self.paid_button,
                       self.cancel_button):
            button.setVisible(self.can_edit)
        for button in (self.save_button, self.print_button):  # hidden without the right
            button.setVisible(self.can_print)
        self.notice = QLabel()
        self.notice.setObjectName("invoiceNotice")
        self.notice.setVisible(False)
        self.error = error_label("invoicesError", "form")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tree = self._tree()
        self._layout()
        self._update_buttons()

    def _button(self, text: str, name: str, slot: object, *, primary: bool = False
                ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("primaryButton" if primary else name)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("invoicesList")
        tree.setStyleSheet(LIST_STYLE)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setHeaderLabels([self.tr("Invoice"), self.tr("Date"), self.tr("Buyer"),
                              self.tr("Amount"), self.tr("Status"), self.tr("Paid on")])
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BUYER, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        return tree

    def _layout(self) -> None:
        tools = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.issue_button, self.paid_button,
                       self.cancel_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.save_button)
        tools.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    # -- loading -----------------------------------------------------------------------------
    def load_deal(self, deal_id: int) -> None:
        self.deal_id, self.client_id = deal_id, None
        self.empty_label.setText(self.tr(
            'No invoices for this deal yet. "New invoice from deal" makes a draft from the '
            "deal's products."))
        self.reload()

    def load_client(self, client_id: int) -> None:
        self.deal_id, self.client_id = None, client_id
        self.new_button.setVisible(False)
        self.empty_label.setText(self.tr(
            "No invoices for this client yet. Invoices are made from a deal: open the deal "
            'and use "New invoice from deal" on its Invoices tab.'))
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        invoices, deal_id, client_id = invoice_service(self._ctx), self.deal_id, self.client_id

        def work() -> list[InvoiceRow]:
            if deal_id is not None:
                return invoices.for_deal(deal_id)
            return invoices.for_client(client_id or 0)

        run(self._ctx.reads, self, work, lambda rows: self._on_loaded(rows, select_id),
            self._on_failed, key=f"invoices:{id(self)}")

    def _on_loaded(self, rows: list[InvoiceRow], select_id: int | None) -> None:
        wanted = select_id if select_id is not None else (self.selected_id())
        self.rows = rows
        self.tree.clear()
        for row in rows:
            item = self._item(row)
            self.tree.addTopLevelItem(item)
            if row.id == wanted:
                self.tree.setCurrentItem(item)
        self.empty_label.setVisible(not rows)
        self.tree.setVisible(bool(rows))
        self._update_buttons()
        self.sig_loaded.emit(len(rows))

    def _item(self, row: InvoiceRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([
            number_text(row), date_text(row.issued_on), row.buyer_name or NO_VALUE,
            money(row.total), status_text(row.status), date_text(row.paid_on)])
        item.setData(0, Qt.ItemDataRole.UserRole, row.id)
        item.setTextAlignment(AMOUNT, RIGHT)
        item.setForeground(STATUS, STATUS_COLOURS[row.status])
        font = item.font(STATUS)
        font.setBold(True)
        item.setFont(STATUS, font)
        if row.status is InvoiceStatus.CANCELLED:
            for column in range(6):
                item.setForeground(column, STATUS_COLOURS[row.status])
        return item

    # -- selection ---------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def selected(self) -> InvoiceRow | None:
        wanted = self.selected_id()
        return next((r for r in self.rows if r.id == wanted), None)

    def select(self, invoice_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == invoice_id:
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        row = self.selected()
        status = row.status if row is not None else None
        self.new_button.setEnabled(self.deal_id is not None)
        self.edit_button.setEnabled(status is InvoiceStatus.DRAFT)
        self.issue_button.setEnabled(status is InvoiceStatus.DRAFT)
        self.paid_button.setEnabled(status is InvoiceStatus.ISSUED)
        self.cancel_button.setEnabled(status in (InvoiceStatus.DRAFT, InvoiceStatus.ISSUED))
        printable = status not in (None, InvoiceStatus.DRAFT)
        for button in (self.save_button, self.print_button):
            button.setEnabled(self.can_print and printable)

    # -- actions -----------------------------------------------------------------------------
    def new_invoice(self) -> None:
        if self.deal_id is None:
            return
        invoices, deal_id = invoice_service(self._ctx), self.deal_id
        run(self._ctx.writes, self, lambda: invoices.create_from_deal(deal_id),
            self._on_created, self._on_failed)

    def _on_created(self, card: InvoiceCard) -> None:
        self._on_changed(card)
        self._open_editor(card)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or row.status is not InvoiceStatus.DRAFT or not self.can_edit:
            return
        invoices = invoice_service(self._ctx)
        run(self._ctx.reads, self, lambda: invoices.get(row.id), self._open_editor,
            self._on_failed)

    def _open_editor(self, card: InvoiceCard) -> None:
        dialog = InvoiceDraftDialog(self._ctx, card, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._on_changed)
        self.dialog = dialog
        dialog.open()

    def issue_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        invoices = invoice_service(self._ctx)
        ask(self, self.tr("Issue the invoice"),
            self.tr("Issue this invoice? It gets the next number of the year, and its lines "
                    "and requisites can no longer be changed."),
            lambda: self._write(lambda: invoices.issue(row.id, row.version)))

    def mark_paid_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = PaidDialog(self._ctx, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._on_changed)
        self.dialog = dialog
        dialog.open()

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        invoices = invoice_service(self._ctx)
        ask(self, self.tr("Cancel the invoice"),
            self.tr("Cancel this invoice? Its number stays used and is not given to another "
                    "invoice."),
            lambda: self._write(lambda: invoices.cancel(row.id, row.version)))

    def _write(self, work: Callable[[], InvoiceCard]) -> None:
        run(self._ctx.writes, self, work, self._on_changed, self._on_failed)

    def _on_changed(self, card: InvoiceCard) -> None:
        show_inline(self.error, None)
        self.reload(select_id=card.row.id)
        self.sig_changed.emit(card.row.id)

    def _on_failed(self, exc: Exception) -> None:
        text = describe(exc)
        show_inline(self.error, text)
        self.reload()
        self.sig_failed.emit(text)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
