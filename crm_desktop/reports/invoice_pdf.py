"""The invoice ("Счёт на оплату") as a PDF, in the standard Russian layout: the bank block,
the title with number and date, supplier and buyer, the items table, totals with VAT per rate,
the total in words and the signature lines."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from crm_desktop.reports import fonts
from crm_desktop.reports.amount_words import in_words, money, quantity, roubles_and_kopecks
from crm_desktop.reports.invoice_styles import STYLES, escape, party_line
from crm_desktop.reports.watermark import Watermark, canvas_maker
from crm_desktop.services.enums import InvoiceStatus
from crm_desktop.services.invoice_dto import InvoiceCard, VatTotal

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
WIDTH = A4[0] - 30 * mm - 12  # between the 15 mm margins, less the frame's 6 pt paddings
CHUNK = 100  # rows per items table: one huge Table is very slow (PITFALLS #11)
GRID = colors.black
LINE = 0.5


def date_words(value: date) -> str:
    """26 ноября 2026 г."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}\u00a0г."


def title_text(card: InvoiceCard) -> str:
    row = card.row
    number = row.number if row.number is not None else "—"
    issued = date_words(row.issued_on) if row.issued_on else "—"
    return f"Счёт на оплату № {number} от {issued}"


def styled(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose default cell font is DejaVu: even an empty cell sets a font, and
    ReportLab's default would pull Helvetica into the PDF."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9), *commands])


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, STYLES[style])


def bank_block(card: InvoiceCard) -> Table:
    s = card.supplier
    rows = [
        [_p(escape(s.bank_name)), "", _p("БИК"), _p(escape(s.bik))],
        [_p("Банк получателя", "caption"), "", _p("Сч. №"), _p(escape(s.corr_account))],
        [_p(f"ИНН {escape(s.inn)}"), _p(f"КПП {escape(s.kpp)}"), _p("Сч. №"),
         _p(escape(s.bank_account))],
        [_p(escape(s.name)), "", "", ""],
        [_p("Получатель", "caption"), "", "", ""],
    ]
    table = Table(rows, colWidths=[WIDTH * 0.28, WIDTH * 0.27, WIDTH * 0.09, WIDTH * 0.36])
    table.setStyle(styled([
        ("BOX", (0, 0), (-1, -1), LINE, GRID),
        ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)),
        ("SPAN", (0, 3), (1, 3)), ("SPAN", (0, 4), (1, 4)),
        ("SPAN", (2, 2), (2, 4)), ("SPAN", (3, 2), (3, 4)),
        ("LINEBEFORE", (2, 0), (2, -1), LINE, GRID),
        ("LINEBEFORE", (3, 0), (3, 1), LINE, GRID),
        ("LINEBEFORE", (3, 2), (3, 2), LINE, GRID),
        ("LINEBELOW", (2, 0), (3, 0), LINE, GRID),
        ("LINEBELOW", (0, 1), (-1, 1), LINE, GRID),
        ("LINEBELOW", (0, 2), (1, 2), LINE, GRID),
        ("LINEBEFORE", (1, 2), (1, 2), LINE, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 1), (1, 1), "BOTTOM"), ("VALIGN", (0, 4), (1, 4), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def parties(card: InvoiceCard) -> Table:
    rows = [
        [_p("Поставщик<br/>(Исполнитель):", "label"), _p(party_line(card.supplier), "strong")],
        [_p("Покупатель<br/>(Заказчик):", "label"), _p(party_line(card.buyer), "strong")],
    ]
    table = Table(rows, colWidths=[WIDTH * 0.17, WIDTH * 0.83])
    table.setStyle(styled([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _item_columns(with_discount: bool) -> tuple[list[str], list[float]]:
    if with_discount:
        return (["№", "Товары (работы, услуги)", "Кол-во", "Ед.", "Цена", "Скидка", "Сумма"],
                [0.05, 0.39, 0.10, 0.07, 0.13, 0.10, 0.16])
    return (["№", "Товары (работы, услуги)", "Кол-во", "Ед.", "Цена", "Сумма"],
            [0.05, 0.48, 0.10, 0.07, 0.14, 0.16])


def items_tables(card: InvoiceCard) -> list[Flowable]:
    with_discount = any(line.data.discount_pct for line in card.lines)
    headers, fractions = _item_columns(with_discount)
    widths = [WIDTH * f for f in fractions]
    body = []
    for number, line in enumerate(card.lines, start=1):
        data = line.data
        cells = [_p(str(number), "num"), _p(escape(data.name)), _p(quantity(data.quantity), "num"),
                 _p(escape(data.unit)), _p(money(data.price), "num")]
        if with_discount:
            cells.append(_p(f"{quantity(data.discount_pct)}%", "num"))
        cells.append(_p(money(line.amount), "num"))
        body.append(cells)
    style = styled([
        ("BOX", (0, 0), (-1, -1), 1, GRID),
        ("INNERGRID", (0, 0), (-1, -1), LINE, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f2f2")),
    ])
    header = [_p(h, "head") for h in headers]
    chunks = [body[i:i + CHUNK] for i in range(0, len(body), CHUNK)] or [[]]
    tables: list[Flowable] = []
    for chunk in chunks:
        table = Table([header, *chunk], colWidths=widths, repeatRows=1)
        table.setStyle(style)
        tables.append(table)
    return tables


def _vat_label(vat: VatTotal) -> tuple[str, str]:
    if vat.rate is None:
        return "Без НДС:", "—"
    return f"В том числе НДС {quantity(vat.rate)}%:", money(vat.amount)


def totals(card: InvoiceCard) -> Table:
    total = card.row.total
    rows = [("Итого:", money(total))]
    rows += [_vat_label(v) for v in card.vat_totals]
    rows.append(("Всего к оплате:", money(total)))
    table = Table([[_p(a, "total_label"), _p(b, "total")] for a, b in rows],
                  colWidths=[WIDTH * 0.80, WIDTH * 0.20])
    table.setStyle(styled([
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def signatures(card: InvoiceCard) -> Table:
    s = card.supplier

    def sign(role: str, name: str | None) -> list[Flowable | str]:
        return [role, "", _p(escape(name), "body"), ""]

    table = Table([sign("Руководитель", s.director_name) + sign("Бухгалтер", s.accountant_name)],
                  colWidths=[WIDTH * f for f in (0.16, 0.15, 0.18, 0.03, 0.13, 0.15, 0.18, 0.02)])
    table.setStyle(styled([
        ("LINEBELOW", (1, 0), (2, 0), LINE, GRID),
        ("LINEBELOW", (5, 0), (6, 0), LINE, GRID),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONT", (0, 0), (-1, -1), fonts.BOLD, 9),  # the plain-string role captions
        ("LEFTPADDING", (0, 0), (0, 0), 0),
    ]))
    return table


def story(card: InvoiceCard) -> list[Flowable]:
    total: Decimal = card.row.total
    count = len(card.lines)
    return [
        bank_block(card),
        Spacer(1, 7 * mm),
        _p(title_text(card), "title"),
        HRFlowable(width="100%", thickness=1.6, color=GRID, spaceBefore=2, spaceAfter=8),
        parties(card),
        Spacer(1, 3 * mm),
        *items_tables(card),
        Spacer(1, 2 * mm),
        totals(card),
        Spacer(1, 2 * mm),
        KeepTogether([
            _p(f"Всего наименований {count}, на сумму {roubles_and_kopecks(total)}"),
            _p(escape(in_words(total)), "strong"),
            HRFlowable(width="100%", thickness=1.6, color=GRID, spaceBefore=6, spaceAfter=14),
            signatures(card),
        ]),
    ]


def _stamp(card: InvoiceCard):  # type: ignore[no-untyped-def]
    """Draws "АННУЛИРОВАН" across a cancelled invoice's pages."""
    def draw(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        if card.row.status is not InvoiceStatus.CANCELLED:
            return
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 64)
        canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.25))
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, 0, "АННУЛИРОВАН")
        canvas.restoreState()
    return draw


def render(card: InvoiceCard, watermark: Watermark | None = None) -> bytes:
    """The invoice's PDF; every page's footer names who printed it and when (`watermark`)
    and carries the page number."""
    fonts.register()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=15 * mm, title=title_text(card), author=card.supplier.name,
        subject="Счёт на оплату", creator="crm-desktop", initialFontName=fonts.REGULAR,
        initialFontSize=9)
    stamp = _stamp(card)
    doc.build(story(card), onFirstPage=stamp, onLaterPages=stamp,
              canvasmaker=canvas_maker(watermark))
    return buffer.getvalue()
