"""The lock screen: an opaque cover over the whole main window with the user's name, a password
field, Unlock and Sign out; a wrong password is shown under the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import theme
from crm_desktop.ui.forms import error_label, set_invalid

STYLE = """
#lockCard { background: #ffffff; border-radius: 16px; }
#lockAvatar { background: #2f5bea; color: #ffffff; border-radius: 36px; font-size: 20pt;
              font-weight: 700; }
#lockName { font-size: 15pt; font-weight: 700; color: #1f2430; }
#lockLogin, #lockHint { color: #6b7280; }
#lockTitle { color: #e2e8f0; font-size: 11pt; font-weight: 600; }
#lockClock { color: #ffffff; font-size: 30pt; font-weight: 300; }
#lockPassword { min-height: 34px; font-size: 11pt; }
QPushButton#primaryButton { min-height: 36px; font-weight: 600; }
QPushButton#signOutButton { border: none; background: transparent; color: #2f5bea; }
QPushButton#signOutButton:hover { text-decoration: underline; }
"""


def initials(full_name: str) -> str:
    parts = [p for p in full_name.split() if p[:1].isalpha()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


class LockScreen(QWidget):
    """A child of the window it covers; it follows the window's size while shown."""

    sig_unlock_requested = Signal(str)
    """Unlock was pressed; the argument is the password typed."""
    sig_sign_out_requested = Signal()

    def __init__(self, window: QWidget, full_name: str, login: str) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self._window = window
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.returnPressed.connect(self._on_unlock_clicked)
        self.error = error_label("lockError")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_out_button.clicked.connect(self.sig_sign_out_requested)
        self.name_label = QLabel(full_name)
        self.name_label.setObjectName("lockName")
        self.hint_label = QLabel()
        self.hint_label.setObjectName("lockHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("CRM · the session is locked"))
        title.setObjectName("lockTitle")
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        layout.addWidget(self._card(full_name, login), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.hide()
        window.installEventFilter(self)

    def _card(self, full_name: str, login: str) -> QFrame:
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(380)
        shadow = QGraphicsDropShadowEffect(card)
        shadow.setBlurRadius(40)
        shadow.setOffset(0, 8)
        shadow.setColor(QColor(0, 0, 0, 90))
        card.setGraphicsEffect(shadow)
        avatar = QLabel(initials(full_name))
        avatar.setObjectName("lockAvatar")
        avatar.setFixedSize(72, 72)
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        login_label = QLabel(login)
        login_label.setObjectName("lockLogin")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 24)
        inner.setSpacing(8)
        inner.addWidget(avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(12)
        inner.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(login_label, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.hint_label)
        inner.addSpacing(10)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.error)
        inner.addSpacing(6)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return card

    def cover(self, hint: str) -> None:
        """Show over the whole window, with an empty password field in focus."""
        self.hint_label.setText(hint)
        self.show_error(None)
        self.password_edit.clear()
        self.set_busy(False)
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        set_invalid(self.password_edit, bool(message))
        if message:
            self.set_busy(False)
            self.password_edit.selectAll()
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_unlock_clicked(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.set_busy(True)
        self.sig_unlock_requested.emit(self.password_edit.text())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, QColor("#1e293b"))
        gradient.setColorAt(1.0, QColor(theme.TEXT))
        painter.fillRect(self.rect(), gradient)  # opaque: nothing of the window shows through
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._window.rect())
        return False
