"""A world for the invoice tests: users, our company's requisites, a client with requisites,
and a deal with line items."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.models import Pipeline
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.company import CompanyService
from crm_desktop.services.deal_dto import DealData, DealItemData
from crm_desktop.services.deals import DealService
from crm_desktop.services.invoice_dto import CompanyData
from tests.factories import World, make_world

COMPANY = CompanyData(
    name="Ромашка", full_legal_name='ООО "Ромашка"', inn="7707083893", kpp="773601001",
    ogrn="1027700132195", bank_name="ПАО СБЕРБАНК г. Москва", bik="044525225",
    bank_account="40702810938000012345", corr_account="30101810400000000225",
    legal_address="115093, г. Москва, ул. Большая Серпуховская, д. 31",
    phone="+7 495 123-45-67", director_name="Иванов И. И.", accountant_name="Петрова А. С.",
)
BUYER = ClientData(
    name="Север", full_legal_name="ООО «Север»", inn="7812014560", kpp="781201001",
    legal_address="190000, г. Санкт-Петербург, Невский пр., д. 1",
)
ITEMS = (
    DealItemData("Стол", Decimal("2"), Decimal("1500.00"), discount_pct=Decimal("10"),
                 vat_rate=Decimal("20")),
    DealItemData("Стул", Decimal("3"), Decimal("333.33"), vat_rate=Decimal("20")),
    DealItemData("Доставка", Decimal("1"), Decimal("550.00"), unit="усл.",
                 vat_rate=Decimal("10")),
    DealItemData("Консультация", Decimal("1"), Decimal("1000.00"), unit="ч", vat_rate=None),
)


def invoice_world(engine) -> World:  # type: ignore[no-untyped-def]
    w = make_world(engine)
    w.admin = w.add_user("boss", "admin")
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.reader = w.add_user("reader", "readonly", team="Sales")
    company = CompanyService(w.sessions, w.admin)
    company.update(COMPANY, company.get().version)
    w.client = ClientService(w.sessions, w.anna).create(BUYER)
    with w.sessions() as s:
        w.pipeline = s.scalar(select(Pipeline).where(Pipeline.name == "Новые клиенты"))
    w.deal = new_deal(w, items=ITEMS)
    return w


def new_deal(world: World, **changes: object):  # type: ignore[no-untyped-def]
    data = DealData(title="Мебель для офиса", client_id=world.client.id,
                    pipeline_id=world.pipeline.id)
    return DealService(world.sessions, world.anna).create(replace(data, **changes))


def invoicing_bundle(world: World, actor, today=date.today):  # type: ignore[no-untyped-def]
    """The user's ServiceBundle with `invoices` and `company` (until services/bundle.py carries
    them, a subclass stands in for it)."""
    from crm_desktop.services.bundle import ServiceBundle
    from crm_desktop.services.invoices import InvoiceService
    from crm_desktop.services.workspace import Workspace

    base = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, actor))
    extra = {"invoices": InvoiceService(world.sessions, actor, today),
             "company": CompanyService(world.sessions, actor)}
    if "invoices" in {f.name for f in fields(ServiceBundle)}:
        return replace(base, **extra)

    @dataclass(frozen=True, slots=True)
    class InvoicingBundle(ServiceBundle):
        invoices: InvoiceService | None = None
        company: CompanyService | None = None

    return InvoicingBundle(**{f.name: getattr(base, f.name) for f in fields(ServiceBundle)},
                           **extra)
