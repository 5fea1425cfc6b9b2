"""The reject report: the rejected rows as they were in the file, in the file's own format
(xlsx, or CSV with its encoding and delimiter), plus a column saying why, so the user can fix
them and import the report again (the reason column is not mapped)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.imports.errors import Problem
from crm_desktop.services.imports.preview import ImportPreview
from crm_desktop.services.imports.sheet_output import XlsxWriter, csv_rows, open_csv

REASON = QT_TRANSLATE_NOOP("Errors", "reason")

Describe = Callable[[Problem], str]


def reason(preview: ImportPreview, index: int, describe: Describe) -> str:
    """Every error of the row, each after the header of its column."""
    headers = preview.table.headers
    parts = []
    for problem in preview.rows[index].problems:
        if problem.warning:
            continue
        text = describe(problem)
        if 0 <= problem.column < len(headers):
            text = f"{headers[problem.column]}: {text}"
        parts.append(text)
    return "; ".join(parts)


def write(path: Path, preview: ImportPreview, describe: Describe) -> Path:
    """Write the report; an .xlsx/.csv suffix that differs from the input's is replaced."""
    table = preview.table
    path = path.with_suffix("." + table.file_format)
    width = len(table.headers)
    header = [*table.headers, describe(Problem(-1, REASON))]
    lines = ([*row[:width], *[""] * (width - len(row)), reason(preview, i, describe)]
             for i, row in enumerate(table.rows) if not preview.rows[i].ok)
    if table.file_format == "xlsx":
        writer = XlsxWriter(path, table.sheet or "Sheet1")
        writer.row(header)
        for line in lines:
            writer.row(line)
        writer.close()
        return path
    with open_csv(path, table.encoding or "utf-8-sig") as file:
        csv_rows(file, [header, *lines], table.delimiter or ";")
    return path
