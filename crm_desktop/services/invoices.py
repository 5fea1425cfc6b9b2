"""Invoices ("Счёт на оплату"): drafts from deals, issuing with a yearly number, payment,
cancellation, and the PDF.

A draft copies the deal's lines and may be edited. Issuing assigns the next number of the
year from `invoice_counters` (an atomic UPDATE ... RETURNING under the row's write lock, so two
users issuing at once get consecutive numbers; a number is never reused, a cancelled invoice
keeps it) and freezes the supplier and buyer requisites: later edits of the deal, client or
company do not change an issued invoice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Client, Invoice, InvoiceCounter, InvoiceLine, InvoiceStatus
from crm_desktop.services import audit, invoice_rules
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import (
    check_version,
    get_client,
    get_deal,
    stamp_created,
    stamp_updated,
    writing,
)
from crm_desktop.services.company import load_profile, supplier_party
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from crm_desktop.services.invoice_dto import InvoiceCard, InvoiceLineData, InvoiceRow
from crm_desktop.services.invoice_totals import line_row, total
from crm_desktop.services.invoice_view import card_of, row_of

NOT_A_DRAFT = QT_TRANSLATE_NOOP("Errors", "Only a draft invoice can be changed or issued.")
NOT_ISSUED = QT_TRANSLATE_NOOP("Errors", "Only an issued, unpaid invoice can be marked paid.")
PAID_BEFORE_ISSUE = QT_TRANSLATE_NOOP(
    "Errors", "The payment date cannot be earlier than the invoice date.")
CANNOT_CANCEL = QT_TRANSLATE_NOOP("Errors", "A paid or cancelled invoice cannot be cancelled.")
DRAFT_NOT_PRINTABLE = QT_TRANSLATE_NOOP(
    "Errors", "Issue the invoice first: a draft has no number to print.")


def next_number(session: Session, year: int) -> int:
    """The next invoice number of `year`; the row lock is held until the transaction ends."""
    from sqlalchemy.dialects import postgresql, sqlite  # noqa: PLC0415 - not at start-up

    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" \
        else sqlite.insert
    session.execute(
        insert(InvoiceCounter).values(year=year, last_number=0)
        .on_conflict_do_nothing(index_elements=["year"])
    )
    number = session.execute(
        update(InvoiceCounter)
        .where(InvoiceCounter.year == year)
        .values(last_number=InvoiceCounter.last_number + 1)
        .returning(InvoiceCounter.last_number)
    ).scalar_one()
    return int(number)


class InvoiceService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor,
                 today: Callable[[], date] = date.today) -> None:
        self._sessions, self._actor, self._today = sessions, actor, today

    # -- reading -----------------------------------------------------------------------------
    def get(self, invoice_id: int) -> InvoiceCard:
        with self._sessions() as session:
            return card_of(self._load(session, invoice_id))

    def for_deal(self, deal_id: int) -> list[InvoiceRow]:
        with self._sessions() as session:
            get_deal(session, self._actor, deal_id)
            return self._rows(session, Invoice.deal_id == deal_id)

    def for_client(self, client_id: int) -> list[InvoiceRow]:
        with self._sessions() as session:
            get_client(session, self._actor, client_id)
            return self._rows(session, Invoice.client_id == client_id)

    def issued(self, year: int | None = None) -> list[InvoiceRow]:
        """Issued, paid and cancelled invoices of the clients in scope (newest first)."""
        visible = select(Client.id).where(
            self._actor.owner_filter(Client.manager_id, "client", Client.id))
        condition = Invoice.number.is_not(None) & Invoice.client_id.in_(visible)
        if year is not None:
            condition &= Invoice.year == year
        with self._sessions() as session:
            return self._rows(session, condition)

    def find(self, year: int, number: int) -> InvoiceCard:
        with self._sessions() as session:
            invoice_id = session.scalar(
                select(Invoice.id).where(Invoice.year == year, Invoice.number == number))
            if invoice_id is None:
                raise NotFound("invoice", f"{number}/{year}")
            return card_of(self._load(session, invoice_id))

    # -- writing -----------------------------------------------------------------------------
    def create_from_deal(self, deal_id: int) -> InvoiceCard:
        self._actor.require(Permission.EDIT)
        with self._sessions.begin() as session:
            deal = get_deal(session, self._actor, deal_id)
            profile = load_profile(session)
            lines = invoice_rules.lines_of_deal(deal, profile.default_vat_rate)
            client = session.get_one(Client, deal.client_id)
            invoice = Invoice(
                client_id=client.id, deal_id=deal.id, manager_id=deal.manager_id,
                currency=deal.currency, status=InvoiceStatus.DRAFT,
                supplier=supplier_party(profile).to_json(),
                buyer=invoice_rules.buyer_party(client).to_json(),
            )
            stamp_created(invoice, self._actor)
            session.add(invoice)
            self._set_lines(invoice, invoice_rules.valid_lines(lines))
            session.flush()
            audit.record(session, self._actor, "create", "invoice", invoice.id)
            return card_of(invoice)

    def update_draft(self, invoice_id: int, lines: tuple[InvoiceLineData, ...],
                     seen_version: int) -> InvoiceCard:
        self._actor.require(Permission.EDIT)
        clean = invoice_rules.valid_lines(lines)
        with writing(self._sessions, "invoice", invoice_id) as session:
            invoice = self._draft(session, invoice_id, seen_version)
            self._set_lines(invoice, clean)
            stamp_updated(invoice, self._actor)
            session.flush()
            return card_of(invoice)

    def issue(self, invoice_id: int, seen_version: int, on: date | None = None) -> InvoiceCard:
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "invoice", invoice_id) as session:
            invoice = self._draft(session, invoice_id, seen_version)
            if invoice.total <= 0:
                raise ValidationError("lines", invoice_rules.ZERO_TOTAL)
            supplier = invoice_rules.checked_supplier(load_profile(session))
            buyer = invoice_rules.checked_buyer(session.get_one(Client, invoice.client_id))
            issued_on = on or self._today()
            invoice.supplier, invoice.buyer = supplier.to_json(), buyer.to_json()
            invoice.issued_on, invoice.year = issued_on, issued_on.year
            invoice.number = next_number(session, issued_on.year)
            invoice.status = InvoiceStatus.ISSUED
            stamp_updated(invoice, self._actor)
            session.flush()
            audit.record(session, self._actor, "issue", "invoice", invoice.id,
                         {"number": invoice.number, "year": invoice.year})
            return card_of(invoice)

    def mark_paid(self, invoice_id: int, paid_on: date, seen_version: int) -> InvoiceCard:
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "invoice", invoice_id) as session:
            invoice = self._load(session, invoice_id)
            check_version(invoice, seen_version, "invoice", invoice_id)
            if invoice.status is not InvoiceStatus.ISSUED:
                raise ValidationError("status", NOT_ISSUED)
            if invoice.issued_on is not None and paid_on < invoice.issued_on:
                raise ValidationError("paid_on", PAID_BEFORE_ISSUE)
            invoice.status, invoice.paid_on = InvoiceStatus.PAID, paid_on
            stamp_updated(invoice, self._actor)
            session.flush()
            audit.record(session, self._actor, "paid", "invoice", invoice.id)
            return card_of(invoice)

    def cancel(self, invoice_id: int, seen_version: int) -> InvoiceCard:
        """A cancelled invoice keeps its number: the number is never given to another."""
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "invoice", invoice_id) as session:
            invoice = self._load(session, invoice_id)
            check_version(invoice, seen_version, "invoice", invoice_id)
            if invoice.status not in (InvoiceStatus.DRAFT, InvoiceStatus.ISSUED):
                raise ValidationError("status", CANNOT_CANCEL)
            invoice.status = InvoiceStatus.CANCELLED
            stamp_updated(invoice, self._actor)
            session.flush()
            audit.record(session, self._actor, "cancel", "invoice", invoice.id)
            return card_of(invoice)

    def pdf(self, invoice_id: int) -> bytes:
        """The printable invoice; needs the print right, and is recorded in the audit log."""
        from crm_desktop.reports.invoice_pdf import render  # noqa: PLC0415 - ReportLab is slow to import
        from crm_desktop.reports.watermark import Watermark  # noqa: PLC0415

        self._actor.require(Permission.PRINT)
        with self._sessions.begin() as session:
            invoice = self._load(session, invoice_id)
            if invoice.status is InvoiceStatus.DRAFT:
                raise ValidationError("status", DRAFT_NOT_PRINTABLE)
            data = render(card_of(invoice), Watermark.now(self._actor.login))
            audit.record(session, self._actor, "invoice_print", "invoice", invoice.id,
                         {"number": invoice.number, "year": invoice.year})
            return data

    # -- helpers -----------------------------------------------------------------------------
    def _load(self, session: Session, invoice_id: int) -> Invoice:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFound("invoice", invoice_id)
        try:
            if invoice.deal_id is not None:
                get_deal(session, self._actor, invoice.deal_id)
            else:
                get_client(session, self._actor, invoice.client_id)
        except NotFound:
            raise NotFound("invoice", invoice_id) from None
        return invoice

    def _draft(self, session: Session, invoice_id: int, seen_version: int) -> Invoice:
        invoice = self._load(session, invoice_id)
        check_version(invoice, seen_version, "invoice", invoice_id)
        if invoice.status is not InvoiceStatus.DRAFT:
            raise ValidationError("status", NOT_A_DRAFT)
        return invoice

    def _rows(self, session: Session, condition: ColumnElement[bool]) -> list[InvoiceRow]:
        invoices = session.scalars(
            select(Invoice).where(condition)
            .order_by(Invoice.created_at.desc(), Invoice.id.desc())).all()
        return [row_of(i) for i in invoices]

    @staticmethod
    def _set_lines(invoice: Invoice, lines: list[InvoiceLineData]) -> None:
        rows = [line_row(line) for line in lines]
        invoice.lines = [
            InvoiceLine(position=pos, name=r.data.name, quantity=r.data.quantity,
                        unit=r.data.unit, price=r.data.price, discount_pct=r.data.discount_pct,
                        vat_rate=r.data.vat_rate, amount=r.amount, vat_amount=r.vat_amount)
            for pos, r in enumerate(rows)
        ]
        invoice.total = total(rows)
        invoice.vat_total = sum((r.vat_amount for r in rows), Decimal("0.00"))
