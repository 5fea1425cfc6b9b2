"""Global search over clients, contacts and deals; reference lists; tags on the card."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.models import ContactMethodKind, Pipeline
from crm_desktop.services.client_dto import ClientData, ContactData, MethodData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.favorites import FavoriteService
from crm_desktop.services.reference import ReferenceService
from crm_desktop.services.search import HitKind, SearchService
from crm_desktop.services.tasks import TaskData, TaskService
from tests.factories import make_world


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.head = w.add_user("head", "head", team="Sales")
    clients = ClientService(w.sessions, w.anna)
    w.client = clients.create(
        ClientData(name="ООО «Северный ветер»", inn="7707083893", city="Мурманск")
    )
    w.contact = clients.add_contact(
        w.client.id,
        ContactData(
            first_name="Светлана",
            last_name="Ветрова",
            position="Директор",
            methods=(MethodData(ContactMethodKind.PHONE, "+7 921 000-11-22"),),
        ),
    )
    with w.sessions() as s:
        pipeline_id = s.scalar(select(Pipeline.id).order_by(Pipeline.id))
    w.deal = DealService(w.sessions, w.anna).create(
        DealData(
            title="Поставка ветрогенераторов",
            client_id=w.client.id,
            pipeline_id=pipeline_id,
            amount=Decimal("1000"),
        )
    )
    ClientService(w.sessions, w.igor).create(ClientData(name="ООО Ветерок"))
    return w


def kinds(hits):
    return [(h.kind, h.title) for h in hits]


def test_search_finds_clients_contacts_and_deals_in_scope(world):
    hits = SearchService(world.sessions, world.anna).search("ветр")
    assert kinds(hits) == [
        (HitKind.CLIENT, "ООО «Северный ветер»"),
        (HitKind.CONTACT, "Ветрова Светлана"),
        (HitKind.DEAL, "Поставка ветрогенераторов"),
    ]
    assert all(h.client_id == world.client.id for h in hits)
    by_phone = SearchService(world.sessions, world.anna).search("8 921 000 11 22")
    assert kinds(by_phone) == [
        (HitKind.CLIENT, "ООО «Северный ветер»"),
        (HitKind.CONTACT, "Ветрова Светлана"),
    ]
    assert kinds(SearchService(world.sessions, world.igor).search("вет")) == [
        (HitKind.CLIENT, "ООО Ветерок")
    ]
    assert SearchService(world.sessions, world.anna).search("   ") == []


def test_reference_lists(world):
    ref = ReferenceService(world.sessions, world.anna)
    assert [o.name for o in ref.users()] == ["Anna", "Head", "Igor"]
    assert [o.name for o in ref.users(assignable_only=True)] == ["Anna"]
    assert [
        o.name for o in ReferenceService(world.sessions, world.head).users(assignable_only=True)
    ] == ["Anna", "Head"]
    assert "Выставка" in [o.name for o in ref.channels()]
    assert any(p.name == "Новые клиенты" and p.forbid_skip for p in ref.pipelines())
    assert ref.loss_reasons()[0].name == "Дорого"


def test_tags_and_favourite_on_the_card(world):
    ref = ReferenceService(world.sessions, world.anna)
    vip, retail = ref.add_tag("VIP"), ref.add_tag("Розница")
    assert ref.add_tag("VIP") == vip
    service = ClientService(world.sessions, world.anna)
    current = service.get(world.client.id)
    card = service.set_tags(world.client.id, [vip.id, retail.id], current.version)
    assert card.tags == ((vip.id, "VIP"), (retail.id, "Розница"))
    assert [o.name for o in ref.tags()] == ["VIP", "Розница"]
    with pytest.raises(ValidationError):
        service.set_tags(world.client.id, [999], card.version)
    FavoriteService(world.sessions, world.anna).star(world.client.id, True)
    again = service.get(world.client.id)
    assert again.is_favorite and again.manager_name == "Anna"


def test_tasks_of_a_client_and_a_deal(world):
    tasks = TaskService(world.sessions, world.anna)
    on_client = tasks.create(TaskData(title="Позвонить", client_id=world.client.id))
    on_deal = tasks.create(TaskData(title="КП", deal_id=world.deal.id))
    assert {t.id for t in tasks.for_record(client_id=world.client.id)} == {on_client.id, on_deal.id}
    assert [t.id for t in tasks.for_record(deal_id=world.deal.id)] == [on_deal.id]
