"""Search hits as a list model: kind icon, title, subtitle and a "Client / Contact / Deal" badge."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QIcon

from crm_desktop.services.search import HitKind, SearchHit
from crm_desktop.ui import theme
from crm_desktop.ui.clients.formatting import phone_text
from crm_desktop.ui.search.delegate import Index, ItemRole

_PHONE = re.compile(r"\+?[\d\s()\-]{10,}")
_ICON_NAMES = {HitKind.CLIENT: "clients", HitKind.CONTACT: "user", HitKind.DEAL: "deals"}


def kind_text(kind: HitKind) -> str:
    return {
        HitKind.CLIENT: QCoreApplication.translate("SearchResults", "Client"),
        HitKind.CONTACT: QCoreApplication.translate("SearchResults", "Contact"),
        HitKind.DEAL: QCoreApplication.translate("SearchResults", "Deal"),
    }[HitKind(kind)]


def readable_subtitle(subtitle: str) -> str:
    """The service's "INN · phone · e-mail · city" with the phone as people write it."""
    return " · ".join(phone_text(part) if _PHONE.fullmatch(part) else part
                      for part in subtitle.split(" · "))


@cache
def _kind_icon(kind: HitKind) -> QIcon:
    return theme.icon(_ICON_NAMES[kind], theme.ACCENT, None, 18)


class SearchResultsModel(QAbstractListModel):
    """The hits of the newest search; replaced as a whole when a newer result arrives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.query = ""

    def set_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.query, self._hits = query, list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, ItemRole.TITLE):
            return hit.title
        if role == ItemRole.SUBTITLE:
            return readable_subtitle(hit.subtitle)
        if role == ItemRole.BADGE:
            return kind_text(hit.kind)
        if role == Qt.ItemDataRole.DecorationRole:
            return _kind_icon(hit.kind)
        if role == ItemRole.CLIENT_ID:
            return hit.client_id
        if role == ItemRole.PAYLOAD:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit.subtitle}" if hit.subtitle else hit.title
        return None
