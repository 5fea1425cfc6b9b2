"""InvoiceService: drafts from deals, VAT per rate, yearly numbers, frozen snapshots, payment,
cancellation, scope, permissions and the audited print."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.models import AuditEntry, InvoiceStatus
from crm_desktop.services import invoice_rules
from crm_desktop.services.clients import ClientService
from crm_desktop.services.company import CompanyService
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import EditConflict, NotFound, PermissionDenied, ValidationError
from crm_desktop.services.invoice_dto import InvoiceLineData
from crm_desktop.services.invoices import InvoiceService
from tests.test_invoice_support import invoice_world, new_deal

NOV_26 = date(2026, 11, 26)


@pytest.fixture
def world(engine):
    return invoice_world(engine)


def service(world, actor=None) -> InvoiceService:
    return InvoiceService(world.sessions, actor or world.anna, today=lambda: NOV_26)


def test_draft_copies_the_deal_lines_with_vat_per_rate(world):
    draft = service(world).create_from_deal(world.deal.id)
    assert draft.row.status is InvoiceStatus.DRAFT and draft.row.number is None
    assert [line.amount for line in draft.lines] == [
        Decimal("2700.00"), Decimal("999.99"), Decimal("550.00"), Decimal("1000.00")]
    # prices include VAT: 2700 * 20/120 = 450.00; 999.99 * 20/120 = 166.665 -> 166.67 (half up)
    assert [line.vat_amount for line in draft.lines] == [
        Decimal("450.00"), Decimal("166.67"), Decimal("50.00"), Decimal("0.00")]
    assert draft.row.total == Decimal("5249.99")
    assert [(v.rate, v.amount, v.base) for v in draft.vat_totals] == [
        (Decimal("20"), Decimal("616.67"), Decimal("3699.99")),
        (Decimal("10"), Decimal("50.00"), Decimal("550.00")),
        (None, Decimal("0.00"), Decimal("1000.00")),
    ]
    assert draft.vat_total == Decimal("666.67")
    assert draft.buyer.inn == "7812014560" and draft.supplier.bik == "044525225"


def test_a_deal_without_items_gives_one_line_for_its_amount(world):
    deal = new_deal(world, amount=Decimal("1200"))
    draft = service(world).create_from_deal(deal.id)
    (line,) = draft.lines
    assert (line.data.name, line.data.quantity, line.amount) == (
        "Мебель для офиса", Decimal("1"), Decimal("1200.00"))
    assert line.data.vat_rate == Decimal("20") and line.vat_amount == Decimal("200.00")


def test_a_deal_without_items_or_amount_says_what_is_missing(world):
    deal = new_deal(world)
    with pytest.raises(ValidationError) as err:
        service(world).create_from_deal(deal.id)
    assert err.value.message == invoice_rules.NO_LINES


def test_numbers_are_sequential_per_year_and_never_reused(world):
    invoices = service(world)
    numbers = []
    for _ in range(3):
        draft = invoices.create_from_deal(world.deal.id)
        numbers.append(invoices.issue(draft.row.id, draft.row.version).row.number)
    assert numbers == [1, 2, 3]
    second = invoices.find(2026, 2)
    cancelled = invoices.cancel(second.row.id, second.row.version)
    assert cancelled.row.status is InvoiceStatus.CANCELLED and cancelled.row.number == 2
    draft = invoices.create_from_deal(world.deal.id)
    assert invoices.issue(draft.row.id, draft.row.version).row.number == 4
    draft = invoices.create_from_deal(world.deal.id)
    next_year = invoices.issue(draft.row.id, draft.row.version, on=date(2027, 1, 9))
    assert (next_year.row.year, next_year.row.number) == (2027, 1)
    assert [r.number for r in invoices.issued(2026)] == [4, 3, 2, 1]


def test_an_issued_invoice_is_a_frozen_snapshot(world):
    invoices = service(world)
    draft = invoices.create_from_deal(world.deal.id)
    issued = invoices.issue(draft.row.id, draft.row.version)
    clients = ClientService(world.sessions, world.anna)
    card = clients.get(world.client.id)
    clients.update(world.client.id, replace(card.data, full_legal_name="ООО «Юг»",
                                            inn="7736050003"), card.version)
    deals = DealService(world.sessions, world.anna)
    deal = deals.get(world.deal.id)
    deals.update(deal.id, replace(deal.data, items=deal.data.items[:1]), deal.version)
    company = CompanyService(world.sessions, world.admin)
    company.update(replace(company.get().data, full_legal_name="ООО «Другая»"),
                   company.get().version)
    again = invoices.get(issued.row.id)
    assert again == issued
    assert again.buyer.name == "ООО «Север»" and again.supplier.name == 'ООО "Ромашка"'
    assert len(again.lines) == 4
    with pytest.raises(ValidationError) as err:
        invoices.update_draft(issued.row.id, (), issued.row.version)
    assert err.value.field == "lines"  # validated before anything is loaded
    line = InvoiceLineData("Стол", Decimal("1"), Decimal("10"))
    with pytest.raises(ValidationError) as err:
        invoices.update_draft(issued.row.id, (line,), issued.row.version)
    assert err.value.field == "status"


def test_a_draft_is_edited_with_the_version_seen(world):
    invoices = service(world)
    draft = invoices.create_from_deal(world.deal.id)
    lines = (InvoiceLineData("Монтаж", Decimal("2.5"), Decimal("1000"), "ч", Decimal("20")),)
    edited = invoices.update_draft(draft.row.id, lines, draft.row.version)
    assert edited.row.total == Decimal("2500.00") and edited.vat_total == Decimal("416.67")
    with pytest.raises(EditConflict):
        invoices.update_draft(draft.row.id, lines, draft.row.version)
    bad = (replace(lines[0], quantity=Decimal("0")),)
    with pytest.raises(ValidationError) as err:
        invoices.update_draft(draft.row.id, bad, edited.row.version)
    assert err.value.field == "lines[0].quantity"
    with pytest.raises(ValidationError) as err:
        invoices.update_draft(draft.row.id, (replace(lines[0], vat_rate=Decimal("18")),),
                              edited.row.version)
    assert err.value.field == "lines[0].vat_rate"


def test_issuing_names_the_missing_requisites(world):
    invoices = service(world)
    company = CompanyService(world.sessions, world.admin)
    company.update(replace(company.get().data, bank_account=None, corr_account=None),
                   company.get().version)
    draft = invoices.create_from_deal(world.deal.id)
    with pytest.raises(ValidationError) as err:
        invoices.issue(draft.row.id, draft.row.version)
    assert err.value.field == "supplier"
    assert err.value.params["what"] == invoice_rules.WHAT["bank_account"]
    company.update(replace(company.get().data, bank_account="40702810938000012345",
                           corr_account="30101810400000000225"), company.get().version)
    clients = ClientService(world.sessions, world.anna)
    card = clients.get(world.client.id)
    clients.update(world.client.id, replace(card.data, inn=None, kpp=None), card.version)
    with pytest.raises(ValidationError) as err:
        invoices.issue(draft.row.id, draft.row.version)
    assert err.value.field == "buyer" and err.value.params["what"] == invoice_rules.WHAT["inn"]
    assert "Север" in err.value.english()
    assert invoices.get(draft.row.id).row.status is InvoiceStatus.DRAFT


def test_payment_and_cancellation_rules(world):
    invoices = service(world)
    draft = invoices.create_from_deal(world.deal.id)
    with pytest.raises(ValidationError):
        invoices.mark_paid(draft.row.id, NOV_26, draft.row.version)
    issued = invoices.issue(draft.row.id, draft.row.version)
    with pytest.raises(ValidationError) as err:
        invoices.mark_paid(issued.row.id, date(2026, 11, 25), issued.row.version)
    assert err.value.field == "paid_on"
    paid = invoices.mark_paid(issued.row.id, date(2026, 11, 30), issued.row.version)
    assert paid.row.status is InvoiceStatus.PAID and paid.row.paid_on == date(2026, 11, 30)
    with pytest.raises(ValidationError):
        invoices.cancel(paid.row.id, paid.row.version)
    other = invoices.create_from_deal(world.deal.id)
    assert invoices.cancel(other.row.id, other.row.version).row.number is None
    assert [r.status for r in invoices.for_deal(world.deal.id)] == [
        InvoiceStatus.CANCELLED, InvoiceStatus.PAID]
    assert [r.id for r in invoices.for_client(world.client.id)] == [other.row.id, paid.row.id]


def test_scope_and_permissions(world):
    draft = service(world).create_from_deal(world.deal.id)
    with pytest.raises(NotFound):
        service(world, world.igor).get(draft.row.id)
    with pytest.raises(NotFound):
        service(world, world.igor).for_deal(world.deal.id)
    with pytest.raises(NotFound):
        service(world, world.igor).create_from_deal(world.deal.id)
    assert service(world, world.head).get(draft.row.id).row.id == draft.row.id
    with pytest.raises(PermissionDenied):
        service(world, world.reader).create_from_deal(world.deal.id)
    with pytest.raises(PermissionDenied):
        service(world, world.reader).pdf(draft.row.id)
    assert service(world, world.igor).issued() == []


def test_printing_needs_an_issued_invoice_and_is_audited(world):
    invoices = service(world)
    draft = invoices.create_from_deal(world.deal.id)
    with pytest.raises(ValidationError) as err:
        invoices.pdf(draft.row.id)
    assert err.value.field == "status"
    issued = invoices.issue(draft.row.id, draft.row.version)
    data = invoices.pdf(issued.row.id)
    assert data.startswith(b"%PDF") and len(data) > 10_000
    with world.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "invoice_print")).one()
    assert (entry.entity, entry.entity_id, entry.login) == ("invoice", issued.row.id, "anna")
