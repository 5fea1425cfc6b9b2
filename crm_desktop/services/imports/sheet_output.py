"""Writing tables people open in Excel: xlsx in write-only (streaming) mode and CSV, with
texts that look like formulas kept as texts, never run."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

Cell = str | int | float | Decimal | date | datetime | None

_NUMBERISH = re.compile(r"^[+\-]?[\d\s().]*$")


def formula_safe(value: str) -> str:
    """A text Excel would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "-2+3") gets a leading
    apostrophe; phone numbers and signed amounts stay as they are."""
    if value[:1] in ("=", "@", "\t", "\r") or (value[:1] in ("+", "-")
                                                and not _NUMBERISH.match(value)):
        return "'" + value
    return value


class XlsxWriter:
    """One sheet written row by row (openpyxl write-only: rows are not kept in memory)."""

    def __init__(self, path: Path, sheet_title: str, *, creator: str = "", title: str = "",
                 description: str = "") -> None:
        import openpyxl  # imported when needed: only exports and reject reports use it

        self._path = path
        self._book = openpyxl.Workbook(write_only=True)
        self._book.properties.creator = creator or None
        self._book.properties.title = title or None
        self._book.properties.description = description or None
        self._sheet = self._book.create_sheet(sheet_title[:31] or "Sheet1")

    def row(self, values: Sequence[Cell]) -> None:
        from openpyxl.cell import WriteOnlyCell

        cells = []
        for value in values:
            if isinstance(value, datetime):
                value = value.replace(tzinfo=None)
            cell = WriteOnlyCell(self._sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # a text starting with "=" is data, not a formula
            elif isinstance(value, date):
                cell.number_format = "DD.MM.YYYY HH:MM" if isinstance(value, datetime) \
                    else "DD.MM.YYYY"
            elif isinstance(value, Decimal):
                cell.number_format = "#,##0.00"
            cells.append(cell)
        self._sheet.append(cells)

    def close(self) -> None:
        self._book.save(self._path)


def open_csv(path: Path, encoding: str = "utf-8-sig") -> TextIO:
    return path.open("w", encoding=encoding, errors="replace", newline="")


def csv_rows(file: TextIO, rows: Iterable[Sequence[Any]], delimiter: str = ";") -> None:
    writer = csv.writer(file, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
