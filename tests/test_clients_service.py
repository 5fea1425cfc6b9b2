"""ClientService and ClientListService on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from crm_desktop.models import ClientKind, ClientStatus, ContactMethodKind
from crm_desktop.services.client_dto import ClientData, ContactData, MethodData
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_list import ClientListService
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import EditConflict, NotFound, PermissionDenied, ValidationError
from tests.factories import make_world

PHONE = ContactMethodKind.PHONE
EMAIL = ContactMethodKind.EMAIL


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.admin = w.add_user("boss", "admin")
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.oleg = w.add_user("oleg", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.viewer = w.add_user("viewer", "readonly", team="Sales")
    return w


def company(name="ООО «Ромашка»", **kw):
    base = dict(
        kind=ClientKind.COMPANY,
        name=name,
        inn="7707083893",
        kpp="773601001",
        ogrn="1027700132195",
        bik="044525225",
        corr_account="30101810400000000225",
        city="Москва",
        methods=(MethodData(PHONE, "8 (912) 345-67-89"), MethodData(EMAIL, "Info@Romashka.RU")),
    )
    return ClientData(**(base | kw))


def test_create_read_update(world):
    service = ClientService(world.sessions, world.anna)
    card = service.create(company())
    assert card.data.manager_id == world.anna.user_id
    assert card.sort_key == "ромашка"
    assert [m.normalized for m in card.client_methods] == ["+79123456789", "info@romashka.ru"]
    again = service.get(card.id)
    assert again.data.inn == "7707083893" and again.version == card.version
    updated = service.update(card.id, replace(card.data, status=ClientStatus.CLIENT), card.version)
    assert updated.data.status is ClientStatus.CLIENT
    assert updated.version == card.version + 1


@pytest.mark.parametrize(
    ("field", "value"),
    [("inn", "7707083894"), ("ogrn", "1027700132196"), ("bik", "12345"), ("kpp", "12")],
)
def test_bad_requisites_name_the_field(world, field, value):
    service = ClientService(world.sessions, world.anna)
    with pytest.raises(ValidationError) as err:
        service.create(company(**{field: value}))
    assert err.value.field == field
    assert ClientListService(world.sessions, world.admin).count() == 0


def test_bad_phone_and_missing_name(world):
    service = ClientService(world.sessions, world.anna)
    with pytest.raises(ValidationError) as err:
        service.create(company(methods=(MethodData(PHONE, "12"),)))
    assert err.value.field == "phone"
    with pytest.raises(ValidationError) as err:
        service.create(company(name="   "))
    assert err.value.field == "name"


def test_person_name_is_built_from_parts(world):
    card = ClientService(world.sessions, world.anna).create(
        ClientData(kind=ClientKind.PERSON, last_name="Ёжиков", first_name="Пётр", inn=None)
    )
    assert card.data.name == "Ёжиков Пётр"
    assert card.sort_key == "ежиков петр"


def test_stale_version_is_a_conflict_and_keeps_the_first_save(world):
    anna = ClientService(world.sessions, world.anna)
    card = anna.create(company())
    head = ClientService(world.sessions, world.head)
    head.update(card.id, replace(card.data, city="Казань"), card.version)
    with pytest.raises(EditConflict):
        anna.update(card.id, replace(card.data, city="Тверь"), card.version)
    assert anna.get(card.id).data.city == "Казань"


def test_concurrent_saves_never_overwrite_silently(world):
    """Two users saving the same version at the same moment: exactly one wins."""
    card = ClientService(world.sessions, world.anna).create(company())
    results: list[str] = []
    barrier = threading.Barrier(2)

    def save(actor, city):
        barrier.wait()
        try:
            ClientService(world.sessions, actor).update(
                card.id, replace(card.data, city=city), card.version
            )
            results.append("ok")
        except EditConflict:
            results.append("conflict")

    threads = [
        threading.Thread(target=save, args=(world.anna, "Тверь")),
        threading.Thread(target=save, args=(world.head, "Казань")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["conflict", "ok"]


def test_scope_own_team_all(world):
    anna_card = ClientService(world.sessions, world.anna).create(company("ООО Анна"))
    ClientService(world.sessions, world.oleg).create(company("ООО Олег", inn=None))
    ClientService(world.sessions, world.igor).create(company("ООО Игорь", inn=None))

    def names(actor):
        return [r.name for r in ClientListService(world.sessions, actor).page()]

    assert names(world.anna) == ["ООО Анна"]
    assert names(world.head) == ["ООО Анна", "ООО Олег"]
    assert names(world.admin) == ["ООО Анна", "ООО Игорь", "ООО Олег"]
    with pytest.raises(NotFound):
        ClientService(world.sessions, world.oleg).get(anna_card.id)
    with pytest.raises(NotFound):
        ClientService(world.sessions, world.igor).update(
            anna_card.id, anna_card.data, anna_card.version
        )


def test_manager_cannot_hand_client_to_someone_outside_scope(world):
    with pytest.raises(ValidationError) as err:
        ClientService(world.sessions, world.anna).create(company(manager_id=world.oleg.user_id))
    assert err.value.field == "manager_id"
    card = ClientService(world.sessions, world.head).create(company(manager_id=world.oleg.user_id))
    assert card.data.manager_id == world.oleg.user_id


def test_readonly_and_delete_permissions(world):
    with pytest.raises(PermissionDenied):
        ClientService(world.sessions, world.viewer).create(company())
    card = ClientService(world.sessions, world.anna).create(company())
    with pytest.raises(PermissionDenied):
        ClientService(world.sessions, world.anna).delete(card.id, card.version)
    ClientService(world.sessions, world.head).delete(card.id, card.version)
    with pytest.raises(NotFound):
        ClientService(world.sessions, world.admin).get(card.id)


def test_contacts_feed_search(world):
    service = ClientService(world.sessions, world.anna)
    card = service.create(company(methods=()))
    contact = service.add_contact(
        card.id,
        ContactData(
            first_name="Мария",
            last_name="Соколова",
            position="Бухгалтер",
            methods=(MethodData(PHONE, "+7 903 111-22-33"), MethodData(EMAIL, "m@romashka.ru")),
        ),
    )
    assert contact.full_name == "Соколова Мария"
    listing = ClientListService(world.sessions, world.anna)
    for query in ("8 903 111 22 33", "9031112233", "M@Romashka.ru", "соколов", "7707083893"):
        assert [r.id for r in listing.search(query)] == [card.id], query
    changed = service.update_contact(
        contact.id, ContactData(first_name="Мария", last_name="Орлова"), contact.version
    )
    assert changed.methods == ()
    assert listing.search("9031112233") == []
    assert [r.id for r in listing.search("орлов")] == [card.id]


def test_search_folds_case_and_yo_and_respects_scope(world):
    ClientService(world.sessions, world.anna).create(company("АО «Ёлочка»", inn=None))
    ClientService(world.sessions, world.igor).create(company("ООО Елочный базар", inn=None))
    assert [r.name for r in ClientListService(world.sessions, world.anna).search("ЕЛОЧ")] == [
        "АО «Ёлочка»"
    ]
    found = ClientListService(world.sessions, world.admin).search("елоч")
    assert sorted(r.name for r in found) == ["АО «Ёлочка»", "ООО Елочный базар"]
    assert [r.name for r in ClientListService(world.sessions, world.admin).search("ел")] == [
        "АО «Ёлочка»",
        "ООО Елочный базар",
    ]


def test_keyset_pages_cover_everything_once(world):
    service = ClientService(world.sessions, world.admin)
    for i in range(25):
        service.create(company(f"ООО Клиент {i:02d}", inn=None, methods=()))
    listing = ClientListService(world.sessions, world.admin)
    seen, after = [], None
    while True:
        rows = listing.page(after=after, limit=7)
        if not rows:
            break
        seen.extend(r.id for r in rows)
        after = (rows[-1].sort_key, rows[-1].id)
    assert len(seen) == len(set(seen)) == 25 == listing.count()
    assert listing.count(ClientFilter(status=ClientStatus.CLIENT)) == 0
