"""The report tables' Grid flowable: it splits between rows with the header on every part,
keeps the total with the last rows, and its PDF text is the cells' text in reading order."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from crm_desktop.reports import fonts
from crm_desktop.reports.report_grid import Grid, GridStyle


def style() -> GridStyle:
    fonts.register()
    return GridStyle(fonts.REGULAR, fonts.BOLD, 7.5, colors.white, colors.grey)


def grid(rows: int, total: bool = True) -> Grid:
    body = [(f"Клиент {i}", f"{i},00") for i in range(rows)]
    return Grid(style(), [300, 100], [False, True], ("Клиент", "Сумма"), body,
                ("Итого", "999,00") if total else None)


def test_a_split_cuts_between_rows_and_repeats_the_header():
    table = grid(10)
    step = table.style.row_height
    assert table.wrap(400, 1000) == (400, 12 * step)  # header, ten rows, total
    first, rest = table.split(400, 5.5 * step)
    assert first.rows == [(f"Клиент {i}", f"{i},00") for i in range(4)] and first.total is None
    assert rest.head == ("Клиент", "Сумма") and len(rest.rows) == 6 and rest.total is not None
    assert table.split(400, 1.5 * step) == []  # not even one row under the header: next page
    assert table.split(400, 12 * step) == [table]


def test_the_pdf_shows_every_cell_once_in_order_with_the_header_on_each_page():
    buffer = io.BytesIO()
    fonts.register()
    SimpleDocTemplate(buffer, pagesize=A4).build([grid(150)])
    pages = [p.extract_text() for p in PdfReader(buffer).pages]
    assert len(pages) == 3 and all(p.startswith("Клиент Сумма") for p in pages)
    text = "\n".join(pages)
    positions = [text.index(f"Клиент {i} {i},00") for i in range(150)]
    assert positions == sorted(positions) and text.rstrip().endswith("Итого 999,00")
