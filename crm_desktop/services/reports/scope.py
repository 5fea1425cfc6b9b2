"""Which rows a report may count: the actor's scope plus the filter's pipeline, manager and
channel, as WHERE conditions on deals, clients and users."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select

from crm_desktop.models import Client, Deal, User
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports.filters import ReportFilter
from crm_desktop.services.task_scope import employees_filter


def deal_conditions(actor: Actor, f: ReportFilter) -> list[ColumnElement[bool]]:
    where = [actor.owner_filter(Deal.manager_id, "deal", Deal.id)]
    if f.pipeline_id is not None:
        where.append(Deal.pipeline_id == f.pipeline_id)
    if f.manager_id is not None:
        where.append(Deal.manager_id == f.manager_id)
    if f.channel_id is not None:
        where.append(Deal.channel_id == f.channel_id)
    return where


def deal_ids(actor: Actor, f: ReportFilter) -> Select[int]:
    """Ids of the deals a report may count, for `deal_id IN (...)` on big child tables: a
    semi-join reads the deals' covering index once instead of looking every stage move's deal
    up in the table (ten years of a million deals: 30 s -> 5 s on SQLite)."""
    return select(Deal.id).where(*deal_conditions(actor, f))


def client_conditions(actor: Actor, f: ReportFilter) -> list[ColumnElement[bool]]:
    where = [actor.owner_filter(Client.manager_id, "client", Client.id)]
    if f.manager_id is not None:
        where.append(Client.manager_id == f.manager_id)
    if f.channel_id is not None:
        where.append(Client.channel_id == f.channel_id)
    return where


def user_conditions(actor: Actor, f: ReportFilter) -> list[ColumnElement[bool]]:
    """Employees the actor may report on (heads: their team; all-scope roles: everyone)."""
    where = [employees_filter(actor)]
    if f.manager_id is not None:
        where.append(User.id == f.manager_id)
    return where
