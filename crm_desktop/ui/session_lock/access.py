"""The protection services of the signed-in user, built from the bundle's session factory
(the bundle does not carry them)."""

from __future__ import annotations

from crm_desktop.services.alerts import AlertService
from crm_desktop.services.security_settings import SecuritySettingsService
from crm_desktop.services.session_lock import SessionLockService
from crm_desktop.ui.context import UiContext


def security_settings_service(ctx: UiContext) -> SecuritySettingsService:
    return SecuritySettingsService(ctx.services.users._sessions, ctx.services.actor)


def session_lock_service(ctx: UiContext) -> SessionLockService:
    return SessionLockService(ctx.services.users._sessions, ctx.services.actor)


def alert_service(ctx: UiContext) -> AlertService:
    return AlertService(ctx.services.users._sessions, ctx.services.actor)
