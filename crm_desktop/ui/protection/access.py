"""The administration services of the signed-in user (roles, audit log) for the Settings
panels, from the service bundle."""

from __future__ import annotations

from crm_desktop.services.audit import AuditService
from crm_desktop.services.roles import RoleService
from crm_desktop.ui.context import UiContext


def role_service(ctx: UiContext) -> RoleService:
    return ctx.services.roles


def audit_service(ctx: UiContext) -> AuditService:
    return ctx.services.audit
