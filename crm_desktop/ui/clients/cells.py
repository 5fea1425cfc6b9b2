"""What the client table shows in a cell or header: text, icons, colours, tooltips, own roles."""

from __future__ import annotations

import enum
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from crm_desktop.services.client_dto import ClientRow
from crm_desktop.ui import theme
from crm_desktop.ui.clients.columns import COLUMNS, STAR
from crm_desktop.ui.clients.reference_data import ReferenceData
from crm_desktop.ui.labels import STATUS_COLORS

CONTEXT = "ClientTableModel"  # the strings keep the model's translation context
STAR_COLOR = "#f59e0b"
_DISPLAY = Qt.ItemDataRole.DisplayRole
_Role = Qt.ItemDataRole


class ClientRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2
    STARRED = Qt.ItemDataRole.UserRole + 3
    PLACEHOLDER = Qt.ItemDataRole.UserRole + 4


def header_data(section: int, role: int) -> Any:
    """A horizontal header's data, or None for the model's default."""
    if not 0 <= section < len(COLUMNS):
        return None
    column = COLUMNS[section]
    if role == _DISPLAY:
        return column.tr_header()
    if role == _Role.TextAlignmentRole:
        return int(column.align)
    if role == _Role.DecorationRole and section == STAR:
        return theme.icon("star", theme.MUTED, None, 14)
    if role == _Role.ToolTipRole and section == STAR:
        return QCoreApplication.translate("ClientTableModel", "Favourites")
    return None


def cell_data(client: ClientRow, starred: bool, col: int, role: int,
              reference: ReferenceData) -> Any:
    if role == _DISPLAY:
        return COLUMNS[col].format(client, reference)
    if role == _Role.DecorationRole and col == STAR:
        return _star_icon(starred)
    if role == _Role.TextAlignmentRole:
        return int(COLUMNS[col].align)
    if role == _Role.ForegroundRole and COLUMNS[col].key == "status":
        return QBrush(QColor(STATUS_COLORS[client.status]))
    if role == _Role.FontRole and COLUMNS[col].key == "name":
        return _bold_font()
    if role == _Role.ToolTipRole and col == STAR:
        if starred:
            return QCoreApplication.translate("ClientTableModel", "Remove from favourites")
        return QCoreApplication.translate("ClientTableModel", "Add to favourites")
    values: dict[int, Any] = {
        ClientRole.ID: client.id, ClientRole.ROW: client, ClientRole.PLACEHOLDER: False,
        ClientRole.STARRED: starred,
    }
    return values.get(role)


def placeholder_data(col: int, role: int) -> Any:
    """A row whose page is not read yet."""
    if role == _DISPLAY and COLUMNS[col].key == "name":
        return QCoreApplication.translate("ClientTableModel", "Loading…")
    if role == _Role.ForegroundRole:
        return QBrush(QColor(theme.MUTED))
    if role == ClientRole.PLACEHOLDER:
        return True
    return None


@cache
def _star_icon(starred: bool) -> QIcon:
    if starred:
        return theme.icon("star-filled", STAR_COLOR, None, 16)
    return theme.icon("star", "#c5cad3", None, 16)


@cache
def _bold_font() -> QFont:
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold)
    return font
