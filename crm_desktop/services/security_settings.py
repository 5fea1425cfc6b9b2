"""The protection settings an administrator tunes: session lock, login lockout, scraping alert.

Stored as one JSON object under the `security` key of the `settings` table; missing values take
the defaults below, so a new database needs no rows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Setting
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

KEY = "security"
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "Enter a whole number from {low} to {high}.")


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    lock_after_minutes: int = 15  # idle time before the window locks; 0 = never
    failed_login_limit: int = 10  # wrong passwords in a row before the account locks
    failed_login_lock_minutes: int = 15
    scraping_cards: int = 100  # more card opens than this ...
    scraping_minutes: int = 10  # ... within this many minutes raise an alert


LIMITS = {
    "lock_after_minutes": (0, 24 * 60),
    "failed_login_limit": (3, 100),
    "failed_login_lock_minutes": (1, 24 * 60),
    "scraping_cards": (10, 100_000),
    "scraping_minutes": (1, 24 * 60),
}


def load(session: Session) -> SecuritySettings:
    stored = session.scalar(select(Setting.value).where(Setting.key == KEY)) or {}
    known = {f.name for f in fields(SecuritySettings)}
    values: dict[str, Any] = {k: int(v) for k, v in dict(stored).items() if k in known}
    return replace(SecuritySettings(), **values)


def _validated(settings: SecuritySettings) -> SecuritySettings:
    for name, (low, high) in LIMITS.items():
        value = getattr(settings, name)
        if not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(name, OUT_OF_RANGE, low=low, high=high)
    return settings


class SecuritySettingsService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def get(self) -> SecuritySettings:
        with self._sessions() as session:
            return load(session)

    def update(self, settings: SecuritySettings) -> SecuritySettings:
        self._actor.require(Permission.MANAGE_USERS)
        settings = _validated(settings)
        with self._sessions.begin() as session:
            row = session.get(Setting, KEY)
            if row is None:
                session.add(Setting(key=KEY, value=asdict(settings)))
            else:
                row.value = asdict(settings)
            audit.record(session, self._actor, "settings_security", details=asdict(settings))
        return settings
