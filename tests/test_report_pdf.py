"""Report PDFs: the header with name, filters and period, the watermark and page number on
every page, the empty period, 10,000 rows in chunks, pages rendered by pdftoppm; printing
needs the print right and is audited."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from crm_desktop.db import make_engine
from crm_desktop.models import AuditEntry, Role
from crm_desktop.reports.report_pdf import render
from crm_desktop.reports.watermark import Watermark
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.reports.catalog import ReportKind
from crm_desktop.services.reports.dto import NotContacted, QuietClient
from crm_desktop.services.reports.printing import ReportPrinter
from tests.factories import make_world
from tests.test_report_support import NOVEMBER, Office, build_office

PRINTED_AT = datetime(2026, 11, 26, 14, 5)
STAMP = "Напечатал: gleb, 26.11.2026 14:05"


@pytest.fixture
def office(sqlite_url):
    engine = make_engine(sqlite_url)
    yield build_office(make_world(engine))
    engine.dispose()


def printer(office: Office, actor: Actor | None = None) -> ReportPrinter:
    return ReportPrinter(office.world.sessions, actor or office.gleb, lambda: PRINTED_AT)


def pages_of(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"[ \u00a0]+", " ", page.extract_text(extraction_mode="layout"))
            for page in reader.pages]


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_report_prints_with_header_and_watermark(office, kind):
    f = office.november(manager_id=office.anna.user_id)
    pages = pages_of(printer(office).pdf(kind, f))
    first = pages[0]
    assert "Период: 01.11.2026 — 30.11.2026" in first
    assert "Менеджер: Anna" in first and "Воронка: Тест" in first
    assert all(STAMP in page and f"из {len(pages)}" in page for page in pages)


def test_funnel_pdf_shows_the_figures(office):
    text = pages_of(printer(office).pdf(ReportKind.FUNNEL, office.november()))[0]
    assert "Воронка продаж: Тест" in text
    assert "Квалификация 10 10 60,0 % 30,0 %" in text
    assert "Переговоры 6 6 50,0 % 50,0 %" in text


def test_an_empty_period_prints_a_page_that_says_so(office):
    empty = replace(office.november(), date_from=date(2020, 1, 1), date_to=date(2020, 1, 31))
    text = pages_of(printer(office).pdf(ReportKind.MANAGERS, empty))[0]
    assert "Нет данных за выбранный период." in text


def test_printing_is_audited_and_needs_the_print_right(office):
    printer(office).pdf(ReportKind.LOSSES, office.november())
    with office.world.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "report_print")
                                ).one()
    assert entry.login == "gleb" and entry.details["report"] == "losses"
    assert entry.details["filters"]["from"] == "2026-11-01"
    assert entry.details["filters"]["pipeline"] == "Тест"
    with office.world.sessions.begin() as session:
        session.execute(update(Role).where(Role.key == "head").values(can_print=False))
    no_print = replace(office.gleb, permissions=office.gleb.permissions - {
        p for p in office.gleb.permissions if p.name == "PRINT"})
    with pytest.raises(PermissionDenied):
        printer(office, no_print).pdf(ReportKind.LOSSES, office.november())


def big_report(rows: int) -> NotContacted:
    clients = tuple(QuietClient(i, f"ООО «Клиент {i}»", "Иванова Мария Сергеевна",
                                datetime(2026, 1, 1, tzinfo=UTC), 300 + i % 50)
                    for i in range(rows))
    return NotContacted(NOVEMBER, 30, rows, clients)


def test_ten_thousand_rows_print_in_chunks_on_many_pages():
    pages = pages_of(render(big_report(10_000), {}, Watermark("gleb", PRINTED_AT)))
    assert len(pages) > 100
    assert "Клиент 9999" in pages[-1] and "Клиент " in pages[50]
    assert all("Клиент Менеджер" in page for page in pages)  # the header repeats


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_report_pages_render_to_png(office, tmp_path: Path):
    pdf = tmp_path / "funnel.pdf"
    pdf.write_bytes(printer(office).pdf(ReportKind.FUNNEL, office.november()))
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == 1
    header = pngs[0].read_bytes()[:24]
    assert (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")) == (
        414, 585)
    assert pngs[0].stat().st_size > 10_000
