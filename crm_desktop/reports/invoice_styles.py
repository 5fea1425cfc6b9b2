"""Paragraph styles of the invoice and the text of a party's requisites line."""

from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from crm_desktop.reports.fonts import BOLD, REGULAR
from crm_desktop.services.invoice_dto import Party

_BASE = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11, alignment=TA_LEFT)
STYLES = {
    "body": _BASE,
    "caption": ParagraphStyle("caption", _BASE, fontSize=7.5, leading=9),
    "label": ParagraphStyle("label", _BASE, fontSize=9, leading=11),
    "strong": ParagraphStyle("strong", _BASE, fontName=BOLD),
    "title": ParagraphStyle("title", _BASE, fontName=BOLD, fontSize=14, leading=18),
    "head": ParagraphStyle("head", _BASE, fontName=BOLD, fontSize=8, alignment=TA_CENTER),
    "num": ParagraphStyle("num", _BASE, alignment=TA_RIGHT),
    "total_label": ParagraphStyle("total_label", _BASE, fontName=BOLD, alignment=TA_RIGHT),
    "total": ParagraphStyle("total", _BASE, fontName=BOLD, alignment=TA_RIGHT),
}


def escape(text: str | None) -> str:
    """User text made safe for a Paragraph's mini-markup."""
    return xml_escape(text or "")


def party_line(party: Party) -> str:
    """ООО «Ромашка», ИНН 7707083893, КПП 773601001, 123456, г. Москва, ..., тел.: ..."""
    parts = [party.name]
    if party.inn:
        parts.append(f"ИНН {party.inn}")
    if party.kpp:
        parts.append(f"КПП {party.kpp}")
    if party.address:
        parts.append(party.address)
    if party.phone:
        parts.append(f"тел.: {party.phone}")
    return escape(", ".join(p for p in parts if p))
