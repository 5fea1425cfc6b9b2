"""What an invoice needs: valid lines, and the supplier's and buyer's requisites."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from crm_desktop.models import Client, ClientKind, CompanyProfile, Deal
from crm_desktop.services import validation
from crm_desktop.services.company import supplier_party
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.invoice_dto import InvoiceLineData, Party
from crm_desktop.services.invoice_totals import VAT_RATES

NO_LINES = QT_TRANSLATE_NOOP(
    "Errors", "The deal has no products and no amount: add line items to the deal first.")
EMPTY_INVOICE = QT_TRANSLATE_NOOP("Errors", "An invoice needs at least one line.")
ZERO_TOTAL = QT_TRANSLATE_NOOP("Errors", "The invoice total must be greater than zero.")
BAD_QUANTITY = QT_TRANSLATE_NOOP("Errors", "The quantity must be greater than zero.")
BAD_DISCOUNT = QT_TRANSLATE_NOOP("Errors", "A discount is between 0 and 100%.")
BAD_VAT = QT_TRANSLATE_NOOP("Errors", "The VAT rate is 20%, 10%, 0% or no VAT.")
SUPPLIER_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors", "Our company's requisites lack {what}: fill them in under Settings → Company.")
BUYER_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors", 'The client "{client}" lacks {what}, which an invoice needs: fill it in on the '
              "client card.")

WHAT = {
    "name": QT_TRANSLATE_NOOP("Errors", "the name"),
    "inn": QT_TRANSLATE_NOOP("Errors", "the INN"),
    "kpp": QT_TRANSLATE_NOOP("Errors", "the KPP"),
    "address": QT_TRANSLATE_NOOP("Errors", "the legal address"),
    "bank_name": QT_TRANSLATE_NOOP("Errors", "the bank name"),
    "bik": QT_TRANSLATE_NOOP("Errors", "the BIK"),
    "bank_account": QT_TRANSLATE_NOOP("Errors", "the settlement account"),
    "corr_account": QT_TRANSLATE_NOOP("Errors", "the correspondent account"),
}
SUPPLIER_NEEDS = ("name", "inn", "kpp", "address", "bank_name", "bik", "bank_account",
                  "corr_account")


def _decimal(value: object, field: str, message: str) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(field, message) from exc


def line_field(index: int, name: str) -> str:
    """The field of an error in one line: `lines[2].quantity` is the third line's quantity."""
    return f"lines[{index}].{name}"


def valid_line(index: int, line: InvoiceLineData) -> InvoiceLineData:
    def field(name: str) -> str:
        return line_field(index, name)

    quantity = _decimal(line.quantity, field("quantity"), BAD_QUANTITY)
    if not quantity.is_finite() or quantity <= 0:
        raise ValidationError(field("quantity"), BAD_QUANTITY)
    discount = _decimal(line.discount_pct or 0, field("discount_pct"), BAD_DISCOUNT)
    if not Decimal(0) <= discount <= Decimal(100):
        raise ValidationError(field("discount_pct"), BAD_DISCOUNT)
    vat = None if line.vat_rate is None else _decimal(line.vat_rate, field("vat_rate"), BAD_VAT)
    if vat not in VAT_RATES:
        raise ValidationError(field("vat_rate"), BAD_VAT)
    return InvoiceLineData(
        name=validation.require_text(line.name, field=field("name"), limit=300),
        quantity=quantity.quantize(Decimal("0.001")),
        price=validation.money(line.price, field=field("price")),
        unit=validation.require_text(line.unit, field=field("unit"), limit=20),
        vat_rate=vat,
        discount_pct=discount.quantize(Decimal("0.01")),
    )


def valid_lines(lines: tuple[InvoiceLineData, ...] | list[InvoiceLineData]
                ) -> list[InvoiceLineData]:
    if not lines:
        raise ValidationError("lines", EMPTY_INVOICE)
    return [valid_line(index, line) for index, line in enumerate(lines)]


def lines_of_deal(deal: Deal, default_vat: Decimal | None) -> list[InvoiceLineData]:
    """The deal's line items, or one line for the deal's amount when it has none."""
    if deal.items:
        return [InvoiceLineData(i.name, i.quantity, i.price, i.unit, i.vat_rate, i.discount_pct)
                for i in deal.items]
    if not deal.amount or deal.amount <= 0:
        raise ValidationError("lines", NO_LINES)
    return [InvoiceLineData(deal.title, Decimal("1"), deal.amount, "шт", default_vat)]


def buyer_party(client: Client) -> Party:
    return Party(
        name=client.full_legal_name or client.name,
        inn=client.inn,
        kpp=client.kpp,
        address=client.legal_address or client.actual_address,
        phone=client.main_phone,
        bank_name=client.bank_name,
        bik=client.bik,
        bank_account=client.bank_account,
        corr_account=client.corr_account,
    )


def checked_supplier(profile: CompanyProfile) -> Party:
    party = supplier_party(profile)
    needs = [f for f in SUPPLIER_NEEDS if f != "kpp" or len(party.inn or "") == 10]
    for field in needs:
        if not getattr(party, field):
            raise ValidationError("supplier", SUPPLIER_INCOMPLETE, what=WHAT[field])
    return party


def checked_buyer(client: Client) -> Party:
    """A company must have its INN (and KPP for a 10-digit INN) and address; a person only
    a name."""
    party = buyer_party(client)
    needs = ["name"]
    if client.kind is ClientKind.COMPANY:
        needs += ["inn", "address"] + (["kpp"] if len(party.inn or "") == 10 else [])
    for field in needs:
        if not getattr(party, field):
            raise ValidationError("buyer", BUYER_INCOMPLETE, what=WHAT[field], client=client.name)
    return party
