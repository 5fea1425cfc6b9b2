"""Printing from a print preview (issue #7): the Print… buttons of the Reports page and the
Invoices tab make the same audited PDF as Save PDF and show it in QPrintPreviewDialog, whose
pages are that PDF's pages painted with QtPdf; roles without the print right see no Print….
The dialog's exec is replaced so that nothing blocks: it lays the preview out, counts its
pages and "prints"."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from sqlalchemy import select

from crm_desktop.models import AuditEntry
from crm_desktop.services.enums import InvoiceStatus
from crm_desktop.services.invoices import InvoiceService
from crm_desktop.services.reports.catalog import ReportKind
from crm_desktop.ui import printing
from tests.test_invoice_ui import TODAY, deal_tab, office, office_of, world  # noqa: F401
from tests.test_ui_reports import office as reports_office  # noqa: F401
from tests.test_ui_reports import open_page, runners  # noqa: F401

LEFT_PAGES = "pages"


@pytest.fixture
def previews(monkeypatch) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """Every preview dialog shown: its title and the pages it laid out; exec 'prints'."""
    shown: list[dict[str, object]] = []

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        widget = dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()  # paints the document into the preview printer
        shown.append({"title": dialog.windowTitle(), LEFT_PAGES: widget.pageCount(),
                      "name": dialog.objectName()})
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    return shown


def audit_actions(sessions) -> list[str]:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return list(session.scalars(select(AuditEntry.action)))


def test_print_a_report_shows_its_pages_in_the_preview_and_audits_it(
        qtbot, reports_office, runners, previews):  # noqa: F811
    page, _opener = open_page(qtbot, reports_office, runners)
    page.report_combo.setCurrentIndex(page.report_combo.findData(ReportKind.FUNNEL))
    made: list[bytes] = []
    show = page.output.show_preview
    page.output.show_preview = lambda data, title: made.append(data) or show(data, title)
    with qtbot.waitSignal(page.output.sig_done, timeout=10000) as done:
        page.print_button.click()
    assert len(previews) == 1 and previews[0]["name"] == "printPreviewDialog"
    assert previews[0][LEFT_PAGES] == len(PdfReader(BytesIO(made[0])).pages) >= 1
    assert previews[0]["title"] in done.args[0]
    assert audit_actions(reports_office.world.sessions).count("report_print") == 1


def test_without_the_print_right_a_report_has_no_print(qtbot, reports_office,  # noqa: F811
                                                       runners):  # noqa: F811
    no_print = replace(reports_office.gleb, permissions=frozenset(
        p for p in reports_office.gleb.permissions if p.name != "PRINT"))
    page, _opener = open_page(qtbot, reports_office, runners, no_print)
    assert not page.print_button.isVisibleTo(page)


def test_print_an_invoice_shows_it_in_the_preview_and_audits_it(
        qtbot, office, previews):  # noqa: F811
    service = InvoiceService(office.world.sessions, office.actor)
    draft = service.create_from_deal(office.world.deal.id)
    issued = service.issue(draft.row.id, draft.row.version, on=TODAY)
    assert issued.row.status is InvoiceStatus.ISSUED
    tab = deal_tab(qtbot, office)
    tab.select(issued.row.id)
    assert tab.print_button.isVisibleTo(tab) and tab.print_button.isEnabled()
    with qtbot.waitSignal(tab.pdf.sig_done, timeout=5000):
        tab.print_button.click()
    assert previews == [{"title": tab.pdf.tr("Invoice No. %1 of %2").replace(
        "%1", "1").replace("%2", "2026"), LEFT_PAGES: 1, "name": "printPreviewDialog"}]
    assert audit_actions(office.world.sessions).count("invoice_print") == 1


def test_printing_paints_every_page_of_the_pdf(qapp, tmp_path: Path):
    from crm_desktop.reports.invoice_pdf import render  # noqa: PLC0415
    from tests.test_invoice_pdf import LINES, PRINTED, card  # noqa: PLC0415

    data = render(card(LINES * 15), PRINTED)
    pages = len(PdfReader(BytesIO(data)).pages)
    assert pages >= 2
    target = tmp_path / "printed.pdf"
    assert printing.print_to_file(data, target, "Счёт") == pages
    printed = PdfReader(target)
    assert len(printed.pages) == pages
    box = printed.pages[0].mediabox  # the paper is the PDF's A4 portrait
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842


def test_an_unreadable_pdf_is_refused(qapp):
    with pytest.raises(ValueError, match="unreadable"):
        printing.PrintablePdf(b"not a pdf", "x")
