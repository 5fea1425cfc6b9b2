"""Exporting the client list (any filter, or a saved segment) and deals to .xlsx or .csv, for
roles with the export right; every export is audited (who, what, how many rows).

Rows are read in keyset pages and written as they come (openpyxl write-only mode), so a list of
a million clients never sits in memory. The file names its author and time: in the xlsx core
properties (creator, title, description), and in a CSV as its first row — one title cell
("Clients: exported by …, 26.11.2026 17:50, 1,234 rows"), which Excel shows above the table
and the importer skips. CSV is UTF-8 with BOM and ";" between fields (what Russian Excel
opens with a double click). The file appears under its name only after the audit entry is
committed (it is written to a temporary name first).
"""

from __future__ import annotations

import csv
import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, tuple_
from sqlalchemy.orm import Session, aliased, sessionmaker

from crm_desktop.models import Channel, Client, Deal, Pipeline, Segment, Stage, User
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.board import BoardFilter
from crm_desktop.services.client_filter import ClientFilter, conditions
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound
from crm_desktop.services.imports.sheet_output import (
    XlsxWriter,
    csv_rows,
    formula_safe,
    open_csv,
)

PAGE = 1000
Translate = Callable[[str], str]
Query = Select[*tuple[Any, ...]]


class ExportFormat(enum.StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int
    file_format: ExportFormat


CLIENTS_TITLE = QT_TRANSLATE_NOOP("Exports", "Clients")
DEALS_TITLE = QT_TRANSLATE_NOOP("Exports", "Deals")
SEGMENT_TITLE = QT_TRANSLATE_NOOP("Exports", "Segment “{name}”")
DESCRIPTION = QT_TRANSLATE_NOOP("Exports", "{what}: exported by {user} on {time}, {rows} rows")

CLIENT_COLUMNS = (
    QT_TRANSLATE_NOOP("Exports", "Name"), QT_TRANSLATE_NOOP("Exports", "Type"),
    QT_TRANSLATE_NOOP("Exports", "INN"), QT_TRANSLATE_NOOP("Exports", "KPP"),
    QT_TRANSLATE_NOOP("Exports", "OGRN"), QT_TRANSLATE_NOOP("Exports", "Status"),
    QT_TRANSLATE_NOOP("Exports", "Phone"), QT_TRANSLATE_NOOP("Exports", "E-mail"),
    QT_TRANSLATE_NOOP("Exports", "City"), QT_TRANSLATE_NOOP("Exports", "Address"),
    QT_TRANSLATE_NOOP("Exports", "Industry"), QT_TRANSLATE_NOOP("Exports", "Responsible"),
    QT_TRANSLATE_NOOP("Exports", "Source"), QT_TRANSLATE_NOOP("Exports", "Open deals, RUB"),
    QT_TRANSLATE_NOOP("Exports", "Last contact"), QT_TRANSLATE_NOOP("Exports", "Created"),
)
DEAL_COLUMNS = (
    QT_TRANSLATE_NOOP("Exports", "Deal"), QT_TRANSLATE_NOOP("Exports", "Client"),
    QT_TRANSLATE_NOOP("Exports", "Pipeline"), QT_TRANSLATE_NOOP("Exports", "Stage"),
    QT_TRANSLATE_NOOP("Exports", "Amount"), QT_TRANSLATE_NOOP("Exports", "Currency"),
    QT_TRANSLATE_NOOP("Exports", "Responsible"),
    QT_TRANSLATE_NOOP("Exports", "Expected close date"),
    QT_TRANSLATE_NOOP("Exports", "In the stage since"), QT_TRANSLATE_NOOP("Exports", "Closed"),
    QT_TRANSLATE_NOOP("Exports", "Created"),
)
VALUE_WORDS = {
    "company": QT_TRANSLATE_NOOP("Exports", "company"),
    "person": QT_TRANSLATE_NOOP("Exports", "person"),
    "lead": QT_TRANSLATE_NOOP("Exports", "lead"),
    "prospect": QT_TRANSLATE_NOOP("Exports", "prospect"),
    "client": QT_TRANSLATE_NOOP("Exports", "client"),
    "lost": QT_TRANSLATE_NOOP("Exports", "lost"),
}

_Manager = aliased(User)


def _client_query(where: list[ColumnElement[bool]]) -> Query:
    return (select(Client.name, Client.kind, Client.inn, Client.kpp, Client.ogrn, Client.status,
                   Client.main_phone, Client.main_email, Client.city,
                   func.coalesce(Client.actual_address, Client.legal_address), Client.industry,
                   _Manager.full_name, Channel.name, Client.open_deals_amount,
                   Client.last_contact_at, Client.created_at, Client.sort_key, Client.id)
            .outerjoin(_Manager, _Manager.id == Client.manager_id)
            .outerjoin(Channel, Channel.id == Client.channel_id)
            .where(and_(*where)).order_by(Client.sort_key, Client.id))


def _deal_query(where: list[ColumnElement[bool]]) -> Query:
    return (select(Deal.title, Client.name, Pipeline.name, Stage.name, Deal.amount,
                   Deal.currency, _Manager.full_name, Deal.expected_close_on,
                   Deal.stage_entered_at, Deal.closed_at, Deal.created_at, Deal.id)
            .join(Client, Client.id == Deal.client_id)
            .join(Pipeline, Pipeline.id == Deal.pipeline_id)
            .join(Stage, Stage.id == Deal.stage_id)
            .outerjoin(_Manager, _Manager.id == Deal.manager_id)
            .where(and_(*where)).order_by(Deal.id))


class ExportService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor,
                 clock: Callable[[], datetime] = lambda: datetime.now().astimezone()) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def clients(self, path: Path, flt: ClientFilter | None = None,
                file_format: ExportFormat = ExportFormat.XLSX, translate: Translate = str,
                today: date | None = None) -> ExportResult:
        """The clients of `flt` (within the user's scope), by name."""
        self._actor.require(Permission.EXPORT)
        flt = flt or ClientFilter()
        where = conditions(self._actor, flt, today)
        return self._export(path, file_format, translate, translate(CLIENTS_TITLE), "clients",
                            CLIENT_COLUMNS, _client_query(where),
                            (Client.sort_key, Client.id), {"filter": flt.to_json()})

    def segment(self, path: Path, segment_id: int,
                file_format: ExportFormat = ExportFormat.XLSX, translate: Translate = str,
                today: date | None = None) -> ExportResult:
        """A saved segment's clients (the user's own segment or a shared one)."""
        self._actor.require(Permission.EXPORT)
        with self._sessions() as session:
            segment = session.get(Segment, segment_id)
            if segment is None or not (segment.owner_id == self._actor.user_id
                                       or segment.is_shared):
                raise NotFound("segment", segment_id)
            name, flt = segment.name, ClientFilter.from_json(segment.filter)
        where = conditions(self._actor, flt, today)
        title = translate(SEGMENT_TITLE).format(name=name)
        return self._export(path, file_format, translate, title, "segment", CLIENT_COLUMNS,
                            _client_query(where), (Client.sort_key, Client.id),
                            {"segment_id": segment_id, "segment": name})

    def deals(self, path: Path, pipeline_id: int | None = None, flt: BoardFilter | None = None,
              file_format: ExportFormat = ExportFormat.XLSX,
              translate: Translate = str) -> ExportResult:
        """Deals of one pipeline (or all) with the deals page's filters, oldest first."""
        self._actor.require(Permission.EXPORT)
        flt = flt or BoardFilter()
        where = _deal_conditions(self._actor, flt)
        if pipeline_id is not None:
            where.append(Deal.pipeline_id == pipeline_id)
        return self._export(path, file_format, translate, translate(DEALS_TITLE), "deals",
                            DEAL_COLUMNS, _deal_query(where), (Deal.id,),
                            {"pipeline_id": pipeline_id})

    # -- writing -------------------------------------------------------------------------------
    def _export(self, path: Path, file_format: ExportFormat, translate: Translate, title: str,
                what: str, columns: Sequence[str], query: Query, keys: tuple[Any, ...],
                details: dict[str, Any]) -> ExportResult:
        path = path.with_suffix("." + file_format.value)
        partial = path.with_name(path.name + ".part")
        moment = self._clock()
        with self._sessions() as session:
            total = int(session.scalar(select(func.count()).select_from(
                query.order_by(None).subquery())) or 0)
            user = f"{self._actor.full_name} ({self._actor.login})"
            description = translate(DESCRIPTION).format(
                what=title, user=user, time=f"{moment:%d.%m.%Y %H:%M}", rows=f"{total:,}")
            headers = [translate(c) for c in columns]
            pages = _pages(session, query, len(keys))
            rows = (self._cells(r, translate) for page in pages for r in page)
            written = _write(partial, file_format, headers, rows, user, title, description)
        try:
            with self._sessions.begin() as session:
                audit.record(session, self._actor, "export", what, None,
                             {**details, "rows": written, "format": file_format.value,
                              "file": path.name})
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
        return ExportResult(path, written, file_format)

    def _cells(self, row: Sequence[Any], translate: Translate) -> list[Any]:
        cells: list[Any] = []
        for value in row:
            if isinstance(value, enum.Enum):
                word = VALUE_WORDS.get(str(value.value))
                value = translate(word) if word else str(value.value)
            elif isinstance(value, datetime):
                value = value.astimezone().replace(tzinfo=None)  # the user's local time
            cells.append(value)
        return cells


def _pages(session: Session, query: Query, key_count: int) -> Iterator[list[Sequence[Any]]]:
    """Keyset pages of PAGE rows; the last `key_count` columns are the order keys (dropped)."""
    order = [c for c in query.selected_columns][-key_count:]
    after: tuple[Any, ...] | None = None
    while True:
        page_query = query if after is None else query.where(tuple_(*order) > tuple_(*after))
        rows = session.connection().execute(page_query.limit(PAGE)).all()
        if not rows:
            return
        after = tuple(rows[-1][-key_count:])
        yield [tuple(r[:-key_count]) for r in rows]
        if len(rows) < PAGE:
            return


def _write(path: Path, file_format: ExportFormat, headers: list[str],
           rows: Iterator[list[Any]], user: str, title: str, description: str) -> int:
    count = 0
    if file_format is ExportFormat.XLSX:
        writer = XlsxWriter(path, title, creator=user, title=title, description=description)
        writer.row(headers)
        for row in rows:
            writer.row(row)
            count += 1
        writer.close()
        return count
    with open_csv(path) as file:
        csv_rows(file, [[description], headers])
        lines = csv.writer(file, delimiter=";")
        for row in rows:
            lines.writerow([_csv_text(v) for v in row])
            count += 1
    return count


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, str):
        return formula_safe(value)
    return str(value).replace(".", ",") if not isinstance(value, int) else str(value)


def _deal_conditions(actor: Actor, flt: BoardFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [actor.owner_filter(Deal.manager_id, "deal", Deal.id)]
    manager = actor.user_id if flt.mine else flt.manager_id
    if manager is not None:
        where.append(Deal.manager_id == manager)
    if flt.channel_id is not None:
        where.append(Deal.channel_id == flt.channel_id)
    if flt.created_from is not None:
        where.append(Deal.created_at >= datetime.combine(flt.created_from, time()))
    if flt.created_to is not None:
        where.append(Deal.created_at < datetime.combine(flt.created_to + timedelta(days=1),
                                                        time()))
    return where
