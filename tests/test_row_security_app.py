"""The application itself works under row-level security: every service a salesperson, a head
and a read-only user call runs on their own database login, and sees what their scope allows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from crm_desktop.models import ActivityKind, ContactMethodKind
from crm_desktop.services.activities import ActivityData
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.client_dto import ClientData, ContactData, MethodData
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.errors import NotFound, PermissionDenied
from crm_desktop.services.tasks import TaskData
from crm_desktop.services.workspace import Workspace, login
from tests.pg_security_support import PASSWORD, SecuredServer, secured_server


@pytest.fixture(scope="module")
def server() -> Iterator[SecuredServer]:
    yield from secured_server()


@pytest.fixture
def as_user(server: SecuredServer) -> Iterator[object]:
    opened: list[Workspace] = []

    def open_as(who: str) -> ServiceBundle:
        workspace = login(server.url, server.logins[who], PASSWORD)
        opened.append(workspace)
        return ServiceBundle.for_workspace(workspace)

    yield open_as
    for workspace in opened:
        workspace.close()


def test_a_salesperson_works_on_their_own_login(server: SecuredServer, as_user) -> None:
    crm = as_user("m1")
    assert crm.client_list.count() == 1
    assert [h.client_id for h in crm.search.search("Клиент")] == [server.clients["m1"]]
    with pytest.raises(NotFound):
        crm.clients.get(server.clients["m2"])

    card = crm.clients.create(ClientData(name="ООО Новый клиент"))
    crm.clients.add_contact(card.id, ContactData(
        first_name="Анна", last_name="Петрова",
        methods=(MethodData(ContactMethodKind.PHONE, "+7 912 345-67-89"),)))
    crm.favorites.star(card.id, True)
    pipeline = crm.pipelines.pipelines()[0]
    deal = crm.deals.create(DealData(title="Поставка", client_id=card.id,
                                     pipeline_id=pipeline.id, amount=Decimal("5000")))
    moved = crm.deals.move(deal.id, pipeline.stages[1].id, deal.version)
    crm.activities.log(ActivityData(ActivityKind.CALL, card.id, datetime.now(UTC),
                                    deal_id=deal.id, outcome="Договорились о встрече"))
    task = crm.tasks.create(TaskData(title="Отправить КП", deal_id=deal.id))
    crm.tasks.complete(task.id, task.version)

    assert moved.data.stage_id == pipeline.stages[1].id
    assert crm.client_list.count() == 2
    assert crm.favorites.all_ids() == {card.id}


def test_a_head_sees_and_edits_the_whole_team(server: SecuredServer, as_user) -> None:
    crm = as_user("h")
    assert crm.client_list.count() >= 2
    other = crm.clients.get(server.clients["m2"])
    renamed = crm.clients.update(other.id, ClientData(**{**_fields(other.data),
                                                         "name": "ООО Клиент m2 (проверено)"}),
                                 other.version)
    assert renamed.data.name == "ООО Клиент m2 (проверено)"


def test_a_read_only_user_reads_and_cannot_write(server: SecuredServer, as_user) -> None:
    crm = as_user("ro")
    assert crm.client_list.count() == 0  # nothing of their own
    with pytest.raises(PermissionDenied):
        crm.clients.create(ClientData(name="ООО Попытка"))


def _fields(data: ClientData) -> dict[str, object]:
    return {name: getattr(data, name) for name in data.__dataclass_fields__}


def test_rules_fired_by_a_salespersons_save_run_on_their_login(
    server: SecuredServer, as_user
) -> None:
    from crm_desktop.db import make_sessions
    from crm_desktop.services.actor import system_actor
    from crm_desktop.services.automation import (
        InvoiceAction,
        NotifyAction,
        Recipient,
        RecipientSpec,
        RuleData,
        TaskAction,
        Trigger,
        TriggerSpec,
    )
    from crm_desktop.services.automation.service import AutomationService

    head = server.actors["h"].user_id
    AutomationService(make_sessions(server.owner), system_actor()).create(RuleData(
        "Крупная сделка", TriggerSpec(Trigger.DEAL_CREATED), (
            TaskAction("Проверить сделку {deal.title}", RecipientSpec(Recipient.USER, head)),
            NotifyAction("Новая сделка {deal.title}", RecipientSpec(Recipient.USER, head)),
            InvoiceAction())))
    crm = as_user("m1")
    pipeline = crm.pipelines.pipelines()[0]
    deal = crm.deals.create(DealData(title="Станки", client_id=server.clients["m1"],
                                     pipeline_id=pipeline.id, amount=Decimal("90000")))
    assert [n.text for n in AutomationService(
        as_user("h").clients._sessions, server.actors["h"]).my_notices()  # noqa: SLF001
    ] == ["Новая сделка Станки"]
    with server.connect("m1") as conn:  # the notice is the head's alone
        assert conn.execute("SELECT count(*) FROM automation_notifications").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM tasks WHERE deal_id = %s AND assignee_id = %s",
                            (deal.id, head)).fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM invoices WHERE deal_id = %s",
                            (deal.id,)).fetchone() == (1,)


# last in the module: it widens the manager role of the shared server
def test_an_administrator_manages_users_and_roles_from_their_own_login(
    server: SecuredServer, as_user
) -> None:
    from crm_desktop.models import RoleScope
    from crm_desktop.services.roles import RoleData, RoleService

    crm = as_user("adm")
    newcomer = server.logins["m1"].replace("_m1", "_new")
    server.logins["new"] = newcomer
    crm.users.add(newcomer, "Новый Сотрудник", "manager", PASSWORD, team="Продажи")
    roles = RoleService(crm.clients._sessions, crm.actor)  # noqa: SLF001 - the admin's sessions
    manager = next(r for r in roles.list() if r.key == "manager")
    roles.update("manager", RoleData(manager.name, RoleScope.TEAM, manager.flags),
                 manager.version)
    newcomer_crm = as_user("new")
    assert newcomer_crm.client_list.count() >= 2  # the team's clients now
    with pytest.raises(PermissionDenied):
        as_user("m1").users.add("nobody1", "Никто", "admin", PASSWORD)
