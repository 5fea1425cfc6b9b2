"""Settings → Audit log: who did what and when, newest first, read page by page and filtered
by user, action, period and client; scraping alerts stand out in red; and a check that no
entry was altered or removed (the hash chain)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
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

from crm_desktop.services.audit import AuditCheck, AuditRow
from crm_desktop.services.card_views import SCRAPING_ALERT
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.protection.access import audit_service
from crm_desktop.ui.settings.audit_panel_filters import AuditFilterBar
from crm_desktop.ui.settings.audit_panel_labels import ActionDelegate, action_label, entity_label

PAGE = 200
ALERT_COLOR = "#b91c1c"


class AuditPanel(QWidget):
    sig_loaded = Signal(int)
    """A page arrived; the argument is the number of entries shown in total."""
    sig_checked = Signal(object)
    """The chain check finished (the argument is the AuditCheck)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPanel")
        self._ctx, self._audit = ctx, audit_service(ctx)
        self.rows: list[AuditRow] = []
        self.filters = AuditFilterBar(ctx)
        self.filters.sig_changed.connect(self.reload)
        self.more_button = QPushButton(self.tr("Show older entries"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.verify_button = QPushButton(self.tr("Check integrity"))
        self.verify_button.setObjectName("primaryButton")
        self.result_label = QLabel()
        self.result_label.setObjectName("auditCheckResult")
        self.result_label.setWordWrap(True)
        self.error = error_label("auditError", "form")
        self.tree = QTreeWidget()
        self.tree.setObjectName("auditTable")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"),
                                   self.tr("Record"), self.tr("Details")])
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegateForColumn(2, ActionDelegate(self.tree))
        self.more_button.clicked.connect(self.load_more)
        self.refresh_button.clicked.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        tools = QHBoxLayout()
        tools.addWidget(self.result_label, 1)
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.filters)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._load_users()
        self.reload()

    def _load_users(self) -> None:
        users = self._ctx.services.users
        run(self._ctx.reads, self, users.list, self.filters.set_users,
            lambda e: show_inline(self.error, describe(e)))

    def reload(self) -> None:
        self.rows = []
        self.tree.clear()
        self._fetch(None)

    def load_more(self) -> None:
        self._fetch(self.rows[-1].id if self.rows else None)

    def _fetch(self, before_id: int | None) -> None:
        audit, flt = self._audit, self.filters.current()
        entity = "client" if flt.client_id is not None else None
        self.more_button.setEnabled(False)
        run(self._ctx.reads, self,
            lambda: audit.page(before_id, PAGE, login=flt.login, action=flt.action,
                               since=flt.since, until=flt.until, entity=entity,
                               entity_id=flt.client_id),
            self._on_page, lambda e: show_inline(self.error, describe(e)),
            key=f"audit:{id(self)}")

    def _on_page(self, page: object) -> None:
        assert isinstance(page, list)
        for row in page:
            self.tree.addTopLevelItem(self._item(row))
        self.rows.extend(page)
        self.more_button.setEnabled(len(page) == PAGE)
        show_inline(self.error, None)
        self.sig_loaded.emit(len(self.rows))

    def _item(self, row: AuditRow) -> QTreeWidgetItem:
        who = f"{row.full_name} ({row.login})" if row.full_name else (row.login or "—")
        record = entity_label(row.entity)
        if row.entity_id is not None:
            record = f"{record} #{row.entity_id}"
        details = json.dumps(row.details, ensure_ascii=False, default=str)[1:-1]
        item = QTreeWidgetItem([datetime_text(row.occurred_at), who, row.action, record,
                                details])
        item.setToolTip(2, f"{action_label(row.action)} ({row.action})")
        item.setToolTip(4, details)
        if row.action == SCRAPING_ALERT:
            text = self.tr("%1 cards opened within %2 min").replace(
                "%1", str(row.details.get("count", "?"))).replace(
                "%2", str(row.details.get("minutes", "?")))
            item.setText(4, text)
            item.setToolTip(4, text)
            font = item.font(0)
            font.setBold(True)
            for column in range(self.tree.columnCount()):
                item.setForeground(column, QColor(ALERT_COLOR))
                item.setFont(column, font)
        return item

    def verify(self) -> None:
        audit = self._audit
        self.verify_button.setEnabled(False)
        self.result_label.setText(self.tr("Checking…"))
        run(self._ctx.reads, self, audit.verify, self._on_verified, self._on_verify_failed)

    def _on_verified(self, check: object) -> None:
        assert isinstance(check, AuditCheck)
        self.verify_button.setEnabled(True)
        if check.intact:
            text = self.tr("The log is intact: %n entry(ies) checked, none altered or removed.",
                           "", check.entries)
        else:
            text = self.tr("The log was tampered with: entry #%1 does not match the chain."
                           ).replace("%1", str(check.broken_id))
        self.result_label.setText(text)
        self.result_label.setProperty("error", "" if check.intact else "form")
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.sig_checked.emit(check)

    def _on_verify_failed(self, exc: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.result_label.setText("")
        show_inline(self.error, describe(exc))
