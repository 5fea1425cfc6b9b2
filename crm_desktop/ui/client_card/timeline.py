"""The Timeline tab: every interaction newest first, "load more", quick logging.

On a deal card the same panel shows (and logs) only the interactions about that deal."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.activities import ActivityRow
from crm_desktop.services.enums import ActivityKind
from crm_desktop.services.reference import Option
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.activity_form import ActivityForm
from crm_desktop.ui.client_card.activity_item import ActivityItem
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label

PAGE = 30


def _key(row: ActivityRow) -> tuple[object, int]:
    return (row.data.occurred_at, row.id)


class TimelinePanel(QWidget):
    sig_loaded = Signal(int)
    """A page arrived; the argument is how many entries are shown now."""
    sig_changed = Signal()
    """An entry was added or deleted (the client's "last contact" may have moved)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._ctx = ctx
        self.client_id = 0
        self.deal_id: int | None = None
        self.rows: list[ActivityRow] = []
        self._authors: dict[int, str] = {}
        self.items: list[ActivityItem] = []
        self.form = ActivityForm(ctx)
        self.form.sig_logged.connect(self._on_logged)
        self.error = error_label("timelineError", "form")
        self.kind_buttons: dict[ActivityKind, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for kind, name in ((ActivityKind.CALL, "callButton"),
                           (ActivityKind.MEETING, "meetingButton"),
                           (ActivityKind.EMAIL, "emailButton"),
                           (ActivityKind.NOTE, "noteButton")):
            button = QPushButton("+ " + labels.activity_text(kind))
            button.setObjectName(name)
            button.setProperty("quick", True)
            button.clicked.connect(
                lambda _c=False, k=kind: self.form.start(self.client_id, k, self.deal_id))
            buttons.addWidget(button)
            self.kind_buttons[kind] = button
        buttons.addStretch(1)
        self.empty_label = QLabel(self.tr("Nothing here yet: log the first call, meeting, "
                                          "e-mail or note with the buttons above."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("loadMoreButton")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.setVisible(False)
        self._list = QVBoxLayout()
        self._list.setSpacing(8)
        holder = QWidget()
        holder.setObjectName("tabBody")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.empty_label)
        column.addLayout(self._list)
        column.addWidget(self.more_button)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)

    def load(self, client_id: int, *, deal_id: int | None = None) -> None:
        """(Re)load the first page and the authors' names; with `deal_id`, only that deal's."""
        self.client_id, self.deal_id = client_id, deal_id
        if deal_id is not None:
            self.empty_label.setText(self.tr(
                "No calls, meetings or notes about this deal yet: log the first one with the "
                "buttons above."))
        activities, ref = self._ctx.services.activities, self._ctx.services.reference
        run(self._ctx.reads, self,
            lambda: (activities.timeline(client_id, None, PAGE, deal_id=deal_id), ref.users()),
            self._on_first_page, self._on_failed, key=f"timeline:{id(self)}")

    def load_more(self) -> None:
        if not self.rows:
            return
        activities, client_id, deal_id = (self._ctx.services.activities, self.client_id,
                                          self.deal_id)
        before = _key(self.rows[-1])
        self.more_button.setEnabled(False)
        run(self._ctx.reads, self,
            lambda: activities.timeline(client_id, before, PAGE, deal_id=deal_id),  # type: ignore[arg-type]
            self._on_next_page, self._on_failed, key=f"timeline:{id(self)}")

    def _on_first_page(self, result: object) -> None:
        rows, users = cast(tuple[list[ActivityRow], list[Option]], result)
        self._authors = {u.id: u.name for u in users}
        self.rows = list(rows)
        self._rebuild(has_more=len(rows) == PAGE)

    def _on_next_page(self, rows: object) -> None:
        page: list[ActivityRow] = list(rows)  # type: ignore[call-overload]
        known = {r.id for r in self.rows}
        self.rows += [r for r in page if r.id not in known]
        self._rebuild(has_more=len(page) == PAGE)

    def _on_logged(self, row: object) -> None:
        assert isinstance(row, ActivityRow)
        self.rows.append(row)
        self.rows.sort(key=_key, reverse=True)
        self._rebuild(has_more=not self.more_button.isHidden())
        self.sig_changed.emit()

    def _on_failed(self, exc: Exception) -> None:
        self.more_button.setEnabled(True)
        show_inline(self.error, describe(exc))

    def _rebuild(self, *, has_more: bool) -> None:
        show_inline(self.error, None)
        for item in self.items:
            self._list.removeWidget(item)
            item.deleteLater()
        self.items = []
        for row in self.rows:
            item = ActivityItem(row, self._authors.get(row.author_id or 0, ""))
            item.sig_delete_requested.connect(self._confirm_delete)
            self._list.addWidget(item)
            self.items.append(item)
        self.empty_label.setVisible(not self.rows)
        self.more_button.setVisible(has_more)
        self.more_button.setEnabled(True)
        self.sig_loaded.emit(len(self.rows))

    def _confirm_delete(self, row: ActivityRow) -> None:
        ask(self, self.tr("Delete entry"), self.tr("Delete this entry from the timeline?"),
            lambda: self.delete(row))

    def delete(self, row: ActivityRow) -> None:
        activities = self._ctx.services.activities
        run(self._ctx.writes, self, lambda: activities.delete(row.id, row.version),
            lambda _r: self._on_deleted(row), self._on_failed)

    def _on_deleted(self, row: ActivityRow) -> None:
        self.rows = [r for r in self.rows if r.id != row.id]
        self._rebuild(has_more=not self.more_button.isHidden())
        self.sig_changed.emit()
