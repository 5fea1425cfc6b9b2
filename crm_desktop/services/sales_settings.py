"""Settings → Sales: what each acquisition channel cost per month (channel_spend) and each
manager's sales target per month (sales_targets), which the channel and plan-vs-fact reports
read. Editing needs the manage-users right; an empty amount removes the month's row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Channel, ChannelSpend, SalesTarget, User
from crm_desktop.services import audit, validation
from crm_desktop.services.actor import Actor, Permission


@dataclass(frozen=True, slots=True)
class AmountRow:
    """A channel's spend or a manager's target in the month (None: not set)."""

    id: int  # channel id or user id
    name: str
    amount: Decimal | None


@dataclass(frozen=True, slots=True)
class SalesMonth:
    month: date  # the first day of the month
    spend: tuple[AmountRow, ...]
    targets: tuple[AmountRow, ...]


def first_day(month: date) -> date:
    return month.replace(day=1)


class SalesSettingsService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def month(self, month: date) -> SalesMonth:
        """Every active channel and active user with the month's amounts."""
        self._actor.require(Permission.MANAGE_USERS)
        month = first_day(month)
        with self._sessions() as session:
            spend = session.execute(
                select(Channel.id, Channel.name, ChannelSpend.amount)
                .outerjoin(ChannelSpend, (ChannelSpend.channel_id == Channel.id)
                           & (ChannelSpend.month == month))
                .where(Channel.is_active.is_(True) | ChannelSpend.id.is_not(None))
                .order_by(Channel.position, Channel.name)).all()
            targets = session.execute(
                select(User.id, User.full_name, SalesTarget.amount)
                .outerjoin(SalesTarget, (SalesTarget.user_id == User.id)
                           & (SalesTarget.month == month))
                .where(User.is_active.is_(True) | SalesTarget.id.is_not(None))
                .order_by(User.full_name, User.id)).all()
        return SalesMonth(month, tuple(AmountRow(i, n, a) for i, n, a in spend),
                          tuple(AmountRow(i, n, a) for i, n, a in targets))

    def save_month(self, month: date, spend: Mapping[int, Decimal | str | None],
                   targets: Mapping[int, Decimal | str | None]) -> SalesMonth:
        """Set the month's amounts (all checked first: one bad amount changes nothing)."""
        self._actor.require(Permission.MANAGE_USERS)
        month = first_day(month)
        clean_spend = self._checked(spend, "spend")
        clean_targets = self._checked(targets, "target")
        with self._sessions.begin() as session:
            for channel_id, amount in clean_spend.items():
                self._put(session, ChannelSpend, ChannelSpend.channel_id, channel_id, month,
                          amount, {"channel_id": channel_id})
            for user_id, amount in clean_targets.items():
                self._put(session, SalesTarget, SalesTarget.user_id, user_id, month, amount,
                          {"user_id": user_id})
            audit.record(session, self._actor, "sales_settings", "month", None,
                         {"month": month.isoformat(), "channels": len(clean_spend),
                          "managers": len(clean_targets)})
        return self.month(month)

    @staticmethod
    def _checked(values: Mapping[int, Decimal | str | None],
                 prefix: str) -> dict[int, Decimal | None]:
        clean: dict[int, Decimal | None] = {}
        for key, value in values.items():
            empty = value is None or (isinstance(value, str) and not value.strip())
            clean[key] = None if empty else validation.money(value, field=f"{prefix}.{key}")
        return clean

    def _put(self, session: Session, model: type[ChannelSpend] | type[SalesTarget],
             owner: Any, owner_id: int, month: date, amount: Decimal | None,
             keys: dict[str, int]) -> None:
        where: list[ColumnElement[bool]] = [owner == owner_id, model.month == month]
        if amount is None:
            session.execute(delete(model).where(*where))
            return
        row: Any = session.scalar(select(model).where(*where))
        if row is None:
            row = model(month=month, amount=amount, **keys)
            if isinstance(row, SalesTarget):
                row.created_by_id = row.updated_by_id = self._actor.user_id or None
            session.add(row)
        else:
            row.amount = amount
        session.flush()
