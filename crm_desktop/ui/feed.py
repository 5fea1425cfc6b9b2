"""The activity feed: the latest calls, meetings, stage changes and new clients one may see."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import ActivityKind
from crm_desktop.services.feed import FeedItem, FeedKind
from crm_desktop.ui import errors, theme
from crm_desktop.ui.clients.formatting import datetime_text, fill, short_person
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.labels import activity_verb
from crm_desktop.ui.search.delegate import ItemRole, TwoLineDelegate

log = logging.getLogger(__name__)

FEED_SIZE = 50
REFRESH_MS = 60_000
ROW_HEIGHT = 70
_ICONS = {
    ActivityKind.CALL: "phone",
    ActivityKind.MEETING: "meeting",
    ActivityKind.EMAIL: "mail",
    ActivityKind.NOTE: "note",
}


class FeedPanel(QFrame):
    """FeedService.latest(50) as a list; a click opens the client. Refreshes every minute."""

    sig_open_client_requested = Signal(int)
    """An entry was activated: open this client."""
    sig_loaded = Signal(int)
    """The feed was (re)loaded with this many entries."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedPanel")
        self._ctx = ctx
        title = QLabel(self.tr("Activity"))
        title.setObjectName("panelTitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("feedRefresh")
        self.refresh_button.setProperty("link", True)
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.setContentsMargins(16, 12, 10, 4)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.refresh_button)
        self.list = QListWidget()
        self.list.setObjectName("feedList")
        self.list.setItemDelegate(TwoLineDelegate(self.list, ROW_HEIGHT))
        self.list.setMouseTracking(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._on_item_activated)
        self.list.itemActivated.connect(self._on_item_activated)
        self.message = QLabel()
        self.message.setObjectName("panelMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()

    def refresh(self) -> None:
        feed = self._ctx.services.feed
        self._ctx.reads.submit(lambda: feed.latest(FEED_SIZE), self._on_loaded, self._on_failed,
                               key=f"feed:{id(self)}")

    def _on_timer(self) -> None:
        if self.isVisible():
            self.refresh()

    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, list)
        current = self.list.currentRow()
        self.list.clear()
        for entry in result:
            self.list.addItem(self._item(entry))
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        self._show_message(None if result else self.tr("Nothing has happened yet."))
        self.sig_loaded.emit(len(result))

    def _on_failed(self, exc: Exception) -> None:
        log.warning("feed not loaded: %s", type(exc).__name__, exc_info=exc)
        self._show_message(errors.describe(exc))

    def _show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def _item(self, entry: FeedItem) -> QListWidgetItem:
        title, subtitle, detail, icon = self.describe(entry)
        line = " · ".join(part for part in (_join(title, subtitle), detail) if part)
        client, _sep, when = detail.rpartition(" · ") if " · " in detail else ("", "", detail)
        item = QListWidgetItem(theme.icon(icon, theme.MUTED, None, 18), line)
        item.setData(ItemRole.TITLE, title)
        item.setData(ItemRole.SUBTITLE, subtitle)
        item.setData(ItemRole.DETAIL, client)
        item.setData(ItemRole.DETAIL_TAIL, when)  # a long client name never hides the time
        item.setData(ItemRole.CLIENT_ID, entry.client_id)
        item.setToolTip(line)
        return item

    def describe(self, entry: FeedItem) -> tuple[str, str, str, str]:
        """(who — what, the text, client · when, icon name) of a feed entry."""
        author = short_person(entry.author) or self.tr("System")
        when = datetime_text(entry.at)
        if entry.kind is FeedKind.ACTIVITY and entry.activity_kind is not None:
            title = fill(self.tr("%1 — %2"), author, activity_verb(entry.activity_kind))
            return (title, entry.text or "", f"{entry.client_name} · {when}",
                    _ICONS[entry.activity_kind])
        if entry.kind is FeedKind.STAGE_CHANGE:
            title = fill(self.tr("%1 — %2"), author, self.tr("deal stage"))
            move = fill(self.tr("Deal «%1» → %2"), entry.deal_title or "", entry.text or "")
            return title, move, f"{entry.client_name} · {when}", "deals"
        title = fill(self.tr("%1 — %2"), author, self.tr("new client"))
        return title, entry.client_name, when, "clients"

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(ItemRole.CLIENT_ID)
        if isinstance(client_id, int):
            self.sig_open_client_requested.emit(client_id)


def _join(title: str, text: str) -> str:
    """'Иванова А. — звонок' + 'Договорились о встрече' → 'Иванова А. — звонок: Договорились…'."""
    return f"{title}: {text}" if text else title
