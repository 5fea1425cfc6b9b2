"""One spreadsheet row → the values of a client (and its contact person), with a problem
per bad cell. The final check is the client form's own (clients.validate_client)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crm_desktop.models import ClientKind, ClientStatus
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import validate_client
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.imports import cells
from crm_desktop.services.imports.errors import Problem
from crm_desktop.services.imports.mapping import ColumnMapping
from crm_desktop.services.normalize import fold

NO_NAME = QT_TRANSLATE_NOOP("Errors", "The row has no name.")
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "Errors", "The row has {count} filled cells, the header only {width} columns.")
UNKNOWN_MANAGER = QT_TRANSLATE_NOOP(
    "Errors", 'No user "{value}" in your scope: the record goes to the default manager.')
UNKNOWN_CHANNEL = QT_TRANSLATE_NOOP("Errors", 'Unknown source "{value}": left empty.')

_TEXT_FIELDS = {"city": 100, "actual_address": 500, "legal_address": 500, "industry": 100,
                "website": 300, "note": 10_000}
_TEXT_PARSERS = {key: cells.text_of(key, limit) for key, limit in _TEXT_FIELDS.items()}


@dataclass(frozen=True, slots=True)
class Refs:
    """Reference data rows are resolved against: users in scope and channels by folded name."""

    owner_id: int | None
    users: dict[str, int]
    channels: dict[str, int]
    extra: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """A row's clean values; `problems` with an error mean the row is rejected."""

    index: int
    values: dict[str, Any]
    phones: tuple[tuple[str, str], ...] = ()
    emails: tuple[tuple[str, str], ...] = ()
    contact: dict[str, Any] | None = None
    problems: tuple[Problem, ...] = ()
    ok: bool = field(init=False)  # no error among the problems (read for every row, often)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ok", all(p.warning for p in self.problems))


class RowReader:
    """Cell access by field for one row, collecting problems instead of stopping at the first."""

    def __init__(self, mapping: ColumnMapping, row: tuple[str, ...]) -> None:
        self.mapping, self.row = mapping, row
        self.columns = mapping.index()
        self.problems: list[Problem] = []
        width = len(mapping.fields)
        if len(row) > width and any(c.strip() for c in row[width:]):
            count = sum(1 for c in row if c.strip())
            self.problems.append(Problem(-1, TOO_MANY_CELLS, {"count": count, "width": width}))

    def ok_so_far(self) -> bool:
        return not any(not p.warning for p in self.problems)

    def raw(self, key: str) -> str:
        columns = self.columns.get(key)
        if not columns:
            return ""
        if len(columns) == 1:
            return self.row[columns[0]] if columns[0] < len(self.row) else ""
        texts = [self.row[i] for i in columns if i < len(self.row)]
        return "\n".join(t for t in texts if t.strip())

    def column(self, key: str) -> int:
        columns = self.columns.get(key)
        return columns[0] if columns else -1

    def get(self, key: str, parse: Callable[[str], Any], *, warning: bool = False) -> Any:
        """`parse(raw text)`, or None with a problem noted on the field's column."""
        if key not in self.columns:  # most fields are not in the file
            return None
        raw = self.raw(key)
        if not raw.strip():
            return None
        try:
            return parse(raw)
        except ValidationError as exc:
            self.fail(key, exc, warning=warning)
            return None

    def each(self, key: str, parse: Callable[[str], list[tuple[str, str]]]
             ) -> list[tuple[str, str]]:
        """Multi-column fields: each column parsed on its own, so the bad one is marked."""
        found: list[tuple[str, str]] = []
        for column in self.columns.get(key, ()):
            text = self.row[column] if column < len(self.row) else ""
            try:
                found.extend(v for v in parse(text) if v[1] not in (n for _, n in found))
            except ValidationError as exc:
                self.problems.append(Problem(column, exc.message, exc.params))
        return found

    def fail(self, key: str, exc: ValidationError, *, warning: bool = False) -> None:
        column = self.column(key)
        if column < 0 and key in ("name", "last_name", "first_name", "middle_name"):
            column = self.column("full_name")
        self.problems.append(Problem(column, exc.message, exc.params, warning))

    def warn(self, key: str, message: str, value: str) -> None:
        self.problems.append(Problem(self.column(key), message, {"value": cells.clean(value)},
                                     True))


def resolve_user(reader: RowReader, refs: Refs) -> int | None:
    raw = reader.raw("manager")
    if not raw.strip():
        return refs.owner_id
    user_id = refs.users.get(fold(cells.clean(raw)))
    if user_id is None:
        reader.warn("manager", UNKNOWN_MANAGER, raw)
        return refs.owner_id
    return user_id


def parse_client(index: int, row: tuple[str, ...], mapping: ColumnMapping,
                 refs: Refs) -> ParsedRow:
    r = RowReader(mapping, row)
    values: dict[str, Any] = {k: r.get(k, parse) for k, parse in _TEXT_PARSERS.items()}
    name = cells.clean(r.raw("name"))
    last, first, middle = (r.get(k, cells.text_of(k, 100))
                           for k in ("last_name", "first_name", "middle_name"))
    full = cells.clean(r.raw("full_name"))
    if full and not (last or first):
        last, first, middle = cells.split_full_name(full)
    kind = r.get("kind", cells.kind) or (
        ClientKind.PERSON if not name and (first or last) else ClientKind.COMPANY)
    if kind is ClientKind.PERSON:
        name = name or full
        if name and not (first or last):
            last, first, middle = cells.split_full_name(name)
    client_status = r.get("status", cells.status, warning=True) or ClientStatus.LEAD
    channel_id = None
    if r.raw("channel").strip():
        channel_id = refs.channels.get(fold(cells.clean(r.raw("channel"))))
        if channel_id is None:
            r.warn("channel", UNKNOWN_CHANNEL, r.raw("channel"))
    inn = r.get("inn", cells.inn)
    data = ClientData(
        kind=kind, name=name, status=client_status, manager_id=resolve_user(r, refs),
        channel_id=channel_id, last_name=last, first_name=first, middle_name=middle,
        birthday=r.get("birthday", lambda v: cells.parse_date(v, "birthday")),
        kpp=r.get("kpp", cells.clean),
        ogrn=r.get("ogrn", cells.clean),
        annual_turnover=r.get("annual_turnover", lambda v: cells.money(v, "annual_turnover")),
        employee_count=r.get("employee_count", lambda v: cells.whole_number(v, "employee_count")),
        **values,
    )
    phones = r.each("phone", cells.phones)
    emails = r.each("email", cells.emails)
    contact = _contact(r)
    checked: dict[str, Any] = {}
    if not name and not (first or last):
        r.problems.append(Problem(r.column("name"), NO_NAME))
    elif r.ok_so_far():
        try:
            # the INN was checked by cells.inn (which also restores a lost leading zero)
            checked = validate_client(data) | {"inn": inn}
        except ValidationError as exc:
            r.fail(exc.field, exc)
    return ParsedRow(index, checked, tuple(phones), tuple(emails), contact, tuple(r.problems))


def _contact(r: RowReader) -> dict[str, Any] | None:
    full = r.get("contact_name", lambda v: cells.text(v, "contact_name", 300))
    if not full:
        return None
    last, first, middle = cells.split_full_name(full)
    return {"last_name": last, "first_name": first[:100], "middle_name": middle,
            "full_name": full, "sort_key": fold(full),
            "position": r.get("contact_position", lambda v: cells.text(v, "position", 200))}
