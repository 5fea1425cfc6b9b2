"""The automation service of the signed-in user, built from the bundle's session factory."""

from __future__ import annotations

from crm_desktop.services.automation import AutomationService
from crm_desktop.ui.context import UiContext


def automation_service(ctx: UiContext) -> AutomationService:
    return AutomationService(ctx.services.users._sessions, ctx.services.actor)
