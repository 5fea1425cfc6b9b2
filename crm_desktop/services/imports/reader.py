"""Reading a spreadsheet into a plain table of texts: .xlsx (values, never formulas) and .csv
(encoding and delimiter detected). Qt-free; runs on a worker thread."""

from __future__ import annotations

import csv
import errno
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.services.imports.errors import ImportFileError
from crm_desktop.services.imports.fields import looks_like_header

MAX_FILE_MB = 32
MAX_ROWS = 200_000
HEADER_SEARCH_ROWS = 10  # title rows above the header ("Клиенты на 01.10.2026") are skipped
DELIMITERS = (";", ",", "\t")
ENCODINGS = ("utf-8", "cp1251")

_XLSX_MAGIC = b"PK\x03\x04"
_XLS_MAGIC = b"\xd0\xcf\x11\xe0"
_SPACES = re.compile(r"\s+")
# held by another program: a mandatory lock, a busy device or file (Windows' sharing
# violation arrives as PermissionError)
_IN_USE = {errno.EBUSY, errno.ETXTBSY, errno.EAGAIN, errno.EDEADLK, errno.ENOLCK}


@dataclass(frozen=True, slots=True)
class SheetTable:
    """The rows under the header as texts; `row_numbers` are the rows as the spreadsheet
    program numbers them (1 = its first row), for messages and the reject report."""

    name: str
    file_format: str  # "xlsx" or "csv"
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None

    def column(self, index: int) -> Iterator[str]:
        return (row[index] if index < len(row) else "" for row in self.rows)


def read_table(path: Path, sheet: str | None = None) -> SheetTable:
    """The table of the file's first (or the named) sheet; ImportFileError when unreadable."""
    head = _check_file(path)
    if head.startswith(_XLS_MAGIC):
        raise ImportFileError("old_excel", name=path.name)
    if head.startswith(_XLSX_MAGIC):
        return _read_xlsx(path, sheet)
    return _read_csv(path)


def _check_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 1024 * 1024:
            raise ImportFileError("too_big", name=path.name, size=round(size / 1024 / 1024),
                                  limit=MAX_FILE_MB)
        if size == 0:
            raise ImportFileError("empty", name=path.name)
        with path.open("rb") as file:
            return file.read(8)
    except FileNotFoundError as exc:
        raise ImportFileError("missing", name=path.name) from exc
    except IsADirectoryError as exc:
        raise ImportFileError("not_table", name=path.name) from exc
    except OSError as exc:
        raise os_error(path, exc) from exc


def os_error(path: Path, exc: OSError) -> ImportFileError:
    """A file we may not open (Windows: another program holds it open; elsewhere: no read
    permission, or a lock) is "in use"; any other failure says why it cannot be read."""
    if isinstance(exc, PermissionError) or exc.errno in _IN_USE:
        return ImportFileError("locked", name=path.name)
    return ImportFileError("unreadable", name=path.name, detail=exc.strerror or str(exc))


# -- CSV ----------------------------------------------------------------------------------------
def _read_csv(path: Path) -> SheetTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise os_error(path, exc) from exc
    text, encoding = _decode(data, path.name)
    if not text.strip():
        raise ImportFileError("empty", name=path.name)
    delimiter = _delimiter(text)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        numbered = list(enumerate(records, start=1))
    except csv.Error as exc:
        raise ImportFileError("unreadable", name=path.name, detail=str(exc)) from exc
    table = _table(path.name, "csv", numbered)
    return SheetTable(table.name, "csv", table.headers, table.rows, table.row_numbers,
                      encoding=encoding, delimiter=delimiter)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    sample = data[:65536]
    if b"\x00" in sample or _control_share(sample) > 0.01:
        raise ImportFileError("not_table", name=name)
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError("not_table", name=name)


def _control_share(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls / max(1, len(sample))


def _delimiter(text: str) -> str:
    """The candidate that splits the most of the first lines into the same number (> 1) of
    fields, weighted by that number; quoted fields (with the candidate or newlines inside) are
    parsed, not counted."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    best, best_score = DELIMITERS[0], (-1, -1)
    for candidate in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample, newline=""),
                                                 delimiter=candidate) if r]
        except csv.Error:
            continue
        widths = widths[:50]
        if not widths:
            continue
        common = max(set(widths), key=lambda w: (widths.count(w), w))
        # many lines of the same width, and wide ones: "0,00" in a ;-file splits a few cells
        score = (widths.count(common) * common if common > 1 else 0, common)
        if score > best_score:
            best, best_score = candidate, score
    return best


# -- xlsx ---------------------------------------------------------------------------------------
def sheet_names(path: Path) -> tuple[str, ...]:
    """The workbook's sheets (empty for a CSV file)."""
    head = _check_file(path)
    if not head.startswith(_XLSX_MAGIC):
        return ()
    workbook = _open_workbook(path)
    try:
        return tuple(str(ws.title) for ws in workbook.worksheets)
    finally:
        workbook.close()


def _open_workbook(path: Path) -> Any:
    import openpyxl  # imported when needed: it takes a while and only imports use it

    try:
        # data_only: a formula's last computed value, never the formula itself
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:  # the file itself; a damaged zip raises BadZipFile, not OSError
        raise os_error(path, exc) from exc
    except Exception as exc:  # noqa: BLE001 - zip, XML and openpyxl errors all mean the same
        raise ImportFileError("not_table", name=path.name) from exc


def _read_xlsx(path: Path, sheet: str | None) -> SheetTable:
    workbook = _open_workbook(path)
    try:
        names = tuple(str(ws.title) for ws in workbook.worksheets)
        if sheet is not None and sheet not in names:
            raise ImportFileError("no_sheet", sheet=sheet)
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        rows = (tuple(_cell_text(v) for v in values)
                for values in worksheet.iter_rows(values_only=True))
        try:
            table = _table(path.name, "xlsx", enumerate(rows, start=1))
        except ImportFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged sheet inside a valid zip
            raise ImportFileError("unreadable", name=path.name, detail=str(exc)) from exc
    finally:
        workbook.close()
    return SheetTable(table.name, "xlsx", table.headers, table.rows, table.row_numbers,
                      sheets=names, sheet=str(worksheet.title))


def _cell_text(value: object) -> str:
    """A cell value as the text a person sees; dates as dd.mm.yyyy, 7707083893.0 as digits."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time():
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


# -- both ---------------------------------------------------------------------------------------
def _table(name: str, file_format: str,
           numbered: Iterable[tuple[int, tuple[str, ...] | list[str]]]) -> SheetTable:
    """Finds the header among the first rows and keeps the non-blank rows under it."""
    seen: list[tuple[int, list[str]]] = []
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    header: list[str] | None = None
    for number, cells in numbered:
        texts = [c if isinstance(c, str) else str(c) for c in cells]
        if header is None:
            seen.append((number, texts))
            if len(seen) < HEADER_SEARCH_ROWS:
                continue
            header, rest = _split_header(seen)
            for n, r in rest:
                _keep(r, n, rows, numbers)
            continue
        _keep(texts, number, rows, numbers)
        if len(rows) > MAX_ROWS:
            raise ImportFileError("too_many_rows", name=name, limit=f"{MAX_ROWS:,}")
    if header is None:
        if not any(any(c.strip() for c in r) for _, r in seen):
            raise ImportFileError("empty", name=name)
        header, rest = _split_header(seen)
        for n, r in rest:
            _keep(r, n, rows, numbers)
    if not rows:
        raise ImportFileError("no_rows", name=name)
    return SheetTable(name, file_format, _header_names(header, rows), tuple(rows), tuple(numbers))


def _keep(cells: list[str], number: int, rows: list[tuple[str, ...]], numbers: list[int]) -> None:
    if any(c.strip() for c in cells):
        rows.append(tuple(cells))
        numbers.append(number)


Numbered = list[tuple[int, list[str]]]


def _split_header(seen: Numbered) -> tuple[list[str], Numbered]:
    """The header is the first row naming a known column; failing that, the first row with at
    least two filled cells. A merged title cell above it fills one cell only, so is skipped."""
    filled = [(i, sum(1 for c in r if c.strip())) for i, (_, r) in enumerate(seen)]
    candidates = [i for i, count in filled if count >= 2]
    known = [i for i in candidates if looks_like_header(seen[i][1])]
    index = known[0] if known else (candidates[0] if candidates else
                                    next(i for i, count in filled if count))
    return seen[index][1], seen[index + 1:]


def _header_names(cells: list[str], rows: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Trimmed header texts. An empty header cell right of a named one (a header merged over
    several columns) takes its name with a number: "Телефон", "Телефон (2)". Empty header
    cells at the end count only while most rows have something under them."""
    end = max((i + 1 for i, c in enumerate(cells) if c.strip()), default=0)
    while end < len(cells) and _mostly_filled(rows, end):
        end += 1
    names: list[str] = []
    last, repeat = "", 1
    for index, cell in enumerate(cells[:end]):
        text = _SPACES.sub(" ", cell).strip()
        if text:
            last, repeat = text, 1
        elif last:
            repeat += 1
            text = f"{last} ({repeat})"
        else:
            text = f"#{index + 1}"
        names.append(text)
    return tuple(names)


def _mostly_filled(rows: list[tuple[str, ...]], index: int) -> bool:
    filled = sum(1 for r in rows if index < len(r) and r[index].strip())
    return filled * 2 > len(rows)
