"""The invoice and company services of the signed-in user, taken from the service bundle."""

from __future__ import annotations

from crm_desktop.services.company import CompanyService
from crm_desktop.services.invoices import InvoiceService
from crm_desktop.ui.context import UiContext


def invoice_service(ctx: UiContext) -> InvoiceService:
    return ctx.services.invoices


def company_service(ctx: UiContext) -> CompanyService:
    return ctx.services.company


def has_invoicing(ctx: UiContext) -> bool:
    return getattr(ctx.services, "invoices", None) is not None


def has_company(ctx: UiContext) -> bool:
    return getattr(ctx.services, "company", None) is not None
