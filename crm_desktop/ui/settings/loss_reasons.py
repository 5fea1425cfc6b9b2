"""Loss reasons: the list a salesperson picks from when a deal is lost (add, rename, retire,
and, with "show retired", bring a retired one back)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.pipelines import LossReasonRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe
from crm_desktop.ui.forms import FieldErrors, error_label

ID_ROLE = Qt.ItemDataRole.UserRole


class LossReasonsPanel(QWidget):
    sig_loaded = Signal(list)
    """The reasons were (re)read (a list of LossReasonRow; retired ones when shown)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossReasonsPanel")
        self._ctx = ctx
        self.reasons: list[LossReasonRow] = []
        self.new_edit = QLineEdit()
        self.new_edit.setObjectName("newReasonName")
        self.new_edit.setPlaceholderText(self.tr("New reason, e.g. Chose a competitor"))
        self.add_button = QPushButton(self.tr("Add"))
        self.list = QListWidget()
        self.list.setObjectName("lossReasonList")
        self.error = error_label("reasonsError", "form")
        self.errors = FieldErrors(self.error)
        self.name_edit = QLineEdit()
        self.rename_button = QPushButton(self.tr("Rename"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.deactivate_button.setObjectName("dangerButton")
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.show_retired = QCheckBox(self.tr("Show retired reasons"))
        self.show_retired.setObjectName("showRetired")
        hint = QLabel(self.tr("A deactivated reason is no longer offered; deals that were lost "
                              "for it keep it."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.show_retired)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.errors.add("name", self.name_edit), 1)
        edit_row.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
        edit_row.addWidget(self.deactivate_button, 0, Qt.AlignmentFlag.AlignTop)
        edit_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addLayout(edit_row)
        layout.addWidget(hint)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.add_button.clicked.connect(self.add_reason)
        self.new_edit.returnPressed.connect(self.add_reason)
        self.rename_button.clicked.connect(lambda: self.update_selected(active=True))
        self.deactivate_button.clicked.connect(lambda: self.update_selected(active=False))
        self.restore_button.clicked.connect(self.restore_selected)
        self.show_retired.toggled.connect(lambda _on: self.load())
        self.load()

    def load(self) -> None:
        pipelines, retired = self._ctx.services.pipelines, self.show_retired.isChecked()
        run(self._ctx.reads, self, lambda: pipelines.loss_reasons(include_inactive=retired),
            self._on_loaded, self.errors.show_exception, key=f"reasons:{id(self)}")

    def _on_loaded(self, rows: object) -> None:
        keep = self.selected()
        self.reasons = list(rows)  # type: ignore[call-overload]
        self.list.clear()
        for reason in self.reasons:
            item = QListWidgetItem(reason.name if reason.is_active else
                                   self.tr("%1 (retired)").replace("%1", reason.name))
            item.setData(ID_ROLE, reason.id)
            if not reason.is_active:
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(self.tr("Not offered when a deal is lost; deals lost for "
                                        "this reason keep it."))
            self.list.addItem(item)
            if keep is not None and reason.id == keep.id:
                self.list.setCurrentItem(item)
        self._show_selected()
        self.sig_loaded.emit(self.reasons)

    def selected(self) -> LossReasonRow | None:
        item = self.list.currentItem()
        wanted = item.data(ID_ROLE) if item is not None else None
        return next((r for r in self.reasons if r.id == wanted), None)

    def select(self, reason_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(ID_ROLE) == reason_id:
                self.list.setCurrentItem(item)

    def _show_selected(self) -> None:
        reason = self.selected()
        self.errors.clear()
        self.name_edit.setText(reason.name if reason else "")
        for widget in (self.name_edit, self.rename_button, self.deactivate_button):
            widget.setEnabled(reason is not None)
        retired = reason is not None and not reason.is_active
        self.deactivate_button.setVisible(not retired)
        self.restore_button.setVisible(retired)
        self.rename_button.setEnabled(reason is not None and reason.is_active)

    def add_reason(self) -> None:
        name, pipelines = self.new_edit.text(), self._ctx.services.pipelines
        self.errors.clear()

        def done(_reason_id: object) -> None:
            self.new_edit.clear()
            self.load()

        run(self._ctx.writes, self, lambda: pipelines.add_loss_reason(name), done,
            lambda exc: self.errors.show_form(describe(exc)))

    def update_selected(self, *, active: bool) -> None:
        reason = self.selected()
        if reason is None:
            return
        name, pipelines = self.name_edit.text(), self._ctx.services.pipelines
        self.errors.clear()
        run(self._ctx.writes, self,
            lambda: pipelines.update_loss_reason(reason.id, name, active),
            lambda _r: self.load(), self.errors.show_exception)

    def restore_selected(self) -> None:
        """Offer a retired reason again."""
        reason = self.selected()
        if reason is None:
            return
        pipelines = self._ctx.services.pipelines
        self.errors.clear()
        run(self._ctx.writes, self, lambda: pipelines.set_loss_reason_active(reason.id, True),
            lambda _r: self.load(), self.errors.show_exception)
