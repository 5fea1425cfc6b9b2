"""The invoice and company services of the signed-in user, taken from the service bundle."""

from __future__ import annotations

from typing import cast

from crm_desktop.services.company import CompanyService
from crm_desktop.services.invoices import InvoiceService
from crm_desktop.ui.context import UiContext


def invoice_service(ctx: UiContext) -> InvoiceService:
    """`ctx.services.invoices` (looked up by name: the bundle gains the field with this
    feature, and a bundle without it fails here with a clear message, not deep in a widget)."""
    service = getattr(ctx.services, "invoices", None)
    if service is None:
        raise LookupError("ServiceBundle has no 'invoices' (InvoiceService) field")
    return cast(InvoiceService, service)


def company_service(ctx: UiContext) -> CompanyService:
    service = getattr(ctx.services, "company", None)
    if service is None:
        raise LookupError("ServiceBundle has no 'company' (CompanyService) field")
    return cast(CompanyService, service)


def has_invoicing(ctx: UiContext) -> bool:
    return getattr(ctx.services, "invoices", None) is not None


def has_company(ctx: UiContext) -> bool:
    return getattr(ctx.services, "company", None) is not None
