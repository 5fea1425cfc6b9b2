"""Shared set-up of the automation tests: users, a client, a pipeline and rule builders."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from crm_desktop.models import Pipeline, Stage
from crm_desktop.services.actor import system_actor
from crm_desktop.services.automation import (
    AutomationService,
    DueUnit,
    OnError,
    Recipient,
    RecipientSpec,
    RuleData,
    TaskAction,
    Trigger,
    TriggerSpec,
)
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from tests.factories import make_world


def build_world(engine):
    w = make_world(engine)
    w.admin = w.add_user("boss", "admin")
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.rules = AutomationService(w.sessions, w.admin)
    with w.sessions() as s:
        w.pipeline = s.scalar(select(Pipeline).where(Pipeline.name == "Новые клиенты"))
        w.stages = s.scalars(select(Stage).where(Stage.pipeline_id == w.pipeline.id)
                             .order_by(Stage.position)).all()
    w.system = system_actor()
    return w


def task_rule(trigger: Trigger, title: str = "Позвонить {client.name}", *,
              assignee: Recipient = Recipient.CLIENT_MANAGER, **kw) -> RuleData:
    spec = kw.pop("spec", TriggerSpec(trigger))
    action = TaskAction(title, RecipientSpec(assignee, kw.pop("user_id", None),
                                             kw.pop("role_key", None)), kw.pop("due_in", 1),
                        kw.pop("due_unit", DueUnit.DAYS))
    return replace(RuleData("Правило", spec, (action,)), **kw)


def new_client(w, name="ООО Ромашка", **kw):
    return ClientService(w.sessions, w.anna).create(ClientData(name=name, **kw))


def new_deal(w, client_id, **kw):
    data = DealData(title="Поставка", client_id=client_id, pipeline_id=w.pipeline.id)
    return DealService(w.sessions, w.anna).create(replace(data, **kw))


__all__ = ["OnError", "build_world", "new_client", "new_deal", "task_rule"]
