"""The bell in the top bar (`notificationBell`) with the unread count, and its drop-down list
of notifications; choosing one opens its task, deal or client."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import theme
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.notifications.center import NotificationCenter

BELL_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
    'stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
    '<path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9"/>'
    '<path d="M10.3 21a1.94 1.94 0 0 0 3.4 0"/></svg>'
)
STYLE = """
QToolButton#notificationBell { border: none; border-radius: 18px; padding: 4px;
                               padding-right: %(room)dpx; }
QToolButton#notificationBell:hover { background: #eef1f6; }
#bellBadge { background: #dc2626; color: #ffffff; border-radius: 7px; font-size: 7pt;
             font-weight: 700; padding: 0 3px; }
#notificationsPopup { background: #ffffff; border: 1px solid #d5d9e0; border-radius: 10px; }
#notificationList { border: none; background: transparent; outline: 0; }
#notificationList::item { padding: 8px 6px; border-bottom: 1px solid #f0f2f5; }
#notificationsTitle { font-weight: 700; font-size: 11pt; }
"""
# The bell is drawn in a BELL_BOX square on the left; the badge sits beside its upper right
# corner, in BADGE_ROOM pixels kept free on the right, so it never covers the bell.
BELL_BOX, BADGE_ROOM, BADGE_HEIGHT, ICON = 36, 16, 14, 20
# the bell's outline spans 3..21 of the SVG's 24 units: its right edge within the button
BELL_RIGHT = (BELL_BOX - ICON) // 2 + ICON * 21 // 24 + 1
STYLE = STYLE % {"room": 4 + BADGE_ROOM}
ID_ROLE = Qt.ItemDataRole.UserRole


def bell_icon(size: int = 20) -> QIcon:
    renderer = QSvgRenderer(QByteArray(BELL_SVG.replace("currentColor", theme.MUTED).encode()))
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


class NotificationsPopup(QFrame):
    sig_task_requested = Signal(int)
    sig_deal_requested = Signal(int)
    sig_client_requested = Signal(int)

    def __init__(self, center: NotificationCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationsPopup")
        self.setStyleSheet(STYLE)
        self._center = center
        title = QLabel(self.tr("Notifications"))
        title.setObjectName("notificationsTitle")
        self.read_button = QPushButton(self.tr("Mark all as read"))
        self.read_button.setProperty("link", True)
        self.read_button.clicked.connect(center.mark_all_read)
        self.list = QListWidget()
        self.list.setObjectName("notificationList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.empty = QLabel(self.tr("No reminders yet."))
        self.empty.setObjectName("emptyState")
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.resize(380, 420)
        center.sig_changed.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for entry in self._center.entries:
            when = datetime_text(entry.at)
            if entry.missed:
                when = self.tr("missed, %1").replace("%1", when)
            item = QListWidgetItem(f"{entry.title}\n{entry.text}\n{when}".replace("\n\n", "\n"))
            item.setData(ID_ROLE, (entry.task_id, entry.deal_id, entry.client_id))
            if not entry.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.empty.setVisible(not self._center.entries)
        self.list.setVisible(bool(self._center.entries))

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.hide()
        task_id, deal_id, client_id = item.data(ID_ROLE)
        if task_id:
            self.sig_task_requested.emit(int(task_id))
        elif deal_id:
            self.sig_deal_requested.emit(int(deal_id))
        elif client_id:
            self.sig_client_requested.emit(int(client_id))


class BellButton(QToolButton):
    """Shows the unread count; a click opens the list (and marks everything read)."""

    sig_task_requested = Signal(int)
    """A notification was chosen: open this task."""
    sig_deal_requested = Signal(int)
    sig_client_requested = Signal(int)

    def __init__(self, center: NotificationCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.setStyleSheet(STYLE)
        self.setIcon(bell_icon())
        self.setIconSize(QSize(ICON, ICON))
        self.setFixedSize(BELL_BOX + BADGE_ROOM, BELL_BOX)
        self.setToolTip(self.tr("Notifications"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._center = center
        self.badge = QLabel(self)
        self.badge.setObjectName("bellBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.hide()
        self.popup = NotificationsPopup(center, self)
        self.popup.sig_task_requested.connect(self.sig_task_requested)
        self.popup.sig_deal_requested.connect(self.sig_deal_requested)
        self.popup.sig_client_requested.connect(self.sig_client_requested)
        center.sig_changed.connect(self._on_center_changed)
        self.clicked.connect(self.show_popup)

    def _on_center_changed(self) -> None:
        unread = self._center.unread()
        self.badge.setText(str(unread) if unread < 100 else "99+")
        self.badge.setVisible(unread > 0)
        self.badge.adjustSize()
        self.badge.resize(max(BADGE_HEIGHT, self.badge.width()), BADGE_HEIGHT)
        # beside the bell's top, sliding left over it only if "99+" needs the room
        left = min(BELL_RIGHT + 1, self.width() - self.badge.width())
        self.badge.move(left, 3)
        self.setToolTip(self.tr("%n unread notification(s)", "", unread) if unread
                        else self.tr("Notifications"))

    def show_popup(self) -> None:
        self.popup.fill()
        corner = self.mapToGlobal(QPoint(self.width(), self.height() + 6))
        self.popup.move(corner.x() - self.popup.width(), corner.y())
        self.popup.show()
        self._center.mark_all_read()
