"""Phones and e-mails as links that open the telephony or mail program (tel:, mailto:)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.services.client_dto import MethodRow
from crm_desktop.services.enums import ContactMethodKind


def method_url(method: MethodRow) -> str | None:
    if method.kind is ContactMethodKind.PHONE:
        return f"tel:{method.normalized}"
    if method.kind is ContactMethodKind.EMAIL:
        return f"mailto:{method.normalized}"
    if (method.messenger or "").strip().lower() == "telegram" and method.normalized.isidentifier():
        return f"https://t.me/{method.normalized}"
    return None


def open_link(href: str) -> None:
    QDesktopServices.openUrl(QUrl(href))


class MethodLink(QLabel):
    """One phone / e-mail / messenger: a link when there is a program for it, else text.

    The shown value is escaped (user data is never interpreted as HTML).
    """

    def __init__(self, method: MethodRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodLink")
        self.method = method
        self.url = method_url(method)
        shown = method.value
        if method.kind is ContactMethodKind.MESSENGER and method.messenger:
            shown = f"{method.messenger}: {method.value}"
        if self.url is None:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setText(shown)
        else:
            self.setTextFormat(Qt.TextFormat.RichText)
            self.setText(f'<a href="{html.escape(self.url)}">{html.escape(shown)}</a>')
            self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                         | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.url)
            self.linkActivated.connect(open_link)
