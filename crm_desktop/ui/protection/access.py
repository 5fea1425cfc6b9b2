"""The administration services of the signed-in user (roles, audit log) for the Settings
panels. They are looked up on the service bundle by name (`roles`, `audit`); until the bundle
carries them they are built from the user service's session factory."""

from __future__ import annotations

from typing import cast

from crm_desktop.services.audit import AuditService
from crm_desktop.services.roles import RoleService
from crm_desktop.ui.context import UiContext


def role_service(ctx: UiContext) -> RoleService:
    service = getattr(ctx.services, "roles", None)
    if service is None:
        service = RoleService(ctx.services.users._sessions, ctx.services.actor)
    return cast(RoleService, service)


def audit_service(ctx: UiContext) -> AuditService:
    service = getattr(ctx.services, "audit", None)
    if service is None:
        service = AuditService(ctx.services.users._sessions, ctx.services.actor)
    return cast(AuditService, service)
