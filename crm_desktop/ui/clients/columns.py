"""The columns of the client list, declared once: key, header, alignment, width, formatter, sort."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from crm_desktop.services.client_dto import ClientRow
from crm_desktop.services.client_sort import SortColumn
from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.ui.clients.formatting import date_text, money_text, phone_text
from crm_desktop.ui.clients.reference_data import ReferenceData
from crm_desktop.ui.labels import kind_text, status_text

CONTEXT = "ClientColumns"
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

Formatter = Callable[[ClientRow, ReferenceData], str]


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str  # English, marked for the "ClientColumns" context
    align: Qt.AlignmentFlag
    width: int  # initial width in pixels
    format: Formatter
    sort: SortColumn | None  # None: clicking the header does not sort

    def tr_header(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.header) if self.header else ""


def _blank(_row: ClientRow, _ref: ReferenceData) -> str:
    return ""


COLUMNS: tuple[Column, ...] = (
    Column("star", "", CENTER, 34, _blank, None),
    Column("name", QT_TRANSLATE_NOOP("ClientColumns", "Name"), LEFT, 260,
           lambda r, _: r.name, SortColumn.NAME),
    Column("kind", QT_TRANSLATE_NOOP("ClientColumns", "Type"), LEFT, 125,
           lambda r, _: kind_text(r.kind), SortColumn.KIND),
    Column("inn", QT_TRANSLATE_NOOP("ClientColumns", "INN"), LEFT, 125,
           lambda r, _: r.inn or "", SortColumn.INN),
    Column("phone", QT_TRANSLATE_NOOP("ClientColumns", "Phone"), LEFT, 150,
           lambda r, _: phone_text(r.main_phone), SortColumn.PHONE),
    Column("email", QT_TRANSLATE_NOOP("ClientColumns", "E-mail"), LEFT, 200,
           lambda r, _: r.main_email or "", SortColumn.EMAIL),
    Column("city", QT_TRANSLATE_NOOP("ClientColumns", "City"), LEFT, 130,
           lambda r, _: r.city or "", SortColumn.CITY),
    Column("status", QT_TRANSLATE_NOOP("ClientColumns", "Status"), LEFT, 145,
           lambda r, _: status_text(r.status), SortColumn.STATUS),
    Column("manager", QT_TRANSLATE_NOOP("ClientColumns", "Manager"), LEFT, 190,
           lambda r, ref: ref.user_name(r.manager_id), SortColumn.MANAGER),
    Column("channel", QT_TRANSLATE_NOOP("ClientColumns", "Channel"), LEFT, 170,
           lambda r, ref: ref.channel_name(r.channel_id), SortColumn.CHANNEL),
    Column("last_contact", QT_TRANSLATE_NOOP("ClientColumns", "Last contact"), LEFT, 130,
           lambda r, _: date_text(r.last_contact_at), SortColumn.LAST_CONTACT),
    Column("open_amount", QT_TRANSLATE_NOOP("ClientColumns", "Open deals"), RIGHT, 150,
           lambda r, _: money_text(r.open_deals_amount, blank_zero=True),
           SortColumn.OPEN_AMOUNT),
)

STAR = 0
KEYS = [c.key for c in COLUMNS]


def column_of(sort: SortColumn) -> int:
    """The index of the column that sorts by `sort`."""
    return next(i for i, c in enumerate(COLUMNS) if c.sort is sort)
