"""Saved segments with live counts; duplicate warnings before saving a client."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.models import ClientStatus, ContactMethodKind
from crm_desktop.services.client_dto import ClientData, MethodData
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.clients import ClientService
from crm_desktop.services.duplicates import DuplicateReason, DuplicateService
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.services.segments import SegmentService
from tests.factories import make_world

PHONE, EMAIL = ContactMethodKind.PHONE, ContactMethodKind.EMAIL


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.oleg = w.add_user("oleg", "manager", team="Sales")
    w.head = w.add_user("head", "head", team="Sales")
    clients = ClientService(w.sessions, w.anna)
    w.retail = clients.create(
        ClientData(
            name="ООО Магнит-М",
            industry="Розница",
            annual_turnover=Decimal("20000000"),
            status=ClientStatus.CLIENT,
            inn="7707083893",
            methods=(MethodData(PHONE, "+7 912 345-67-89"), MethodData(EMAIL, "shop@magnit.ru")),
        )
    )
    clients.create(
        ClientData(name="ООО Ларёк", industry="Розница", annual_turnover=Decimal("500000"))
    )
    ClientService(w.sessions, w.oleg).create(
        ClientData(name="ООО Гипер", industry="Розница", annual_turnover=Decimal("90000000"))
    )
    return w


def test_segments_private_shared_and_live_counts(world):
    big_retail = ClientFilter(industry="Розница", turnover_min=Decimal("10000000"))
    anna = SegmentService(world.sessions, world.anna)
    private = anna.save("Крупная розница", big_retail)
    shared = anna.save("Вся розница", ClientFilter(industry="Розница"), shared=True)
    assert anna.counts() == {private.id: 1, shared.id: 2}
    head = SegmentService(world.sessions, world.head)
    assert [s.name for s in head.visible()] == ["Вся розница"]
    assert head.counts() == {shared.id: 3}  # the head's scope is the whole team
    assert SegmentService(world.sessions, world.oleg).counts() == {shared.id: 1}
    with pytest.raises(PermissionDenied):
        head.update(shared.id, "Моя", ClientFilter(), True, shared.version)
    with pytest.raises(NotFound):
        head.delete(private.id)
    renamed = anna.update(private.id, "Крупные", big_retail, False, private.version)
    assert renamed.filter == big_retail and renamed.version == private.version + 1
    with pytest.raises(ValidationError):
        anna.save(" ", ClientFilter())
    anna.delete(private.id)
    assert [s.id for s in anna.visible()] == [shared.id]


def test_duplicates_by_inn_phone_email(world):
    anna = DuplicateService(world.sessions, world.anna)
    found = anna.find("7707083893")
    assert [(d.client_id, d.reason, d.name) for d in found] == [
        (world.retail.id, DuplicateReason.INN, "ООО Магнит-М")
    ]
    by_phone = anna.find(None, (MethodData(PHONE, "8 912 345 67 89"),))
    assert [d.reason for d in by_phone] == [DuplicateReason.PHONE]
    by_mail = anna.find(None, (MethodData(EMAIL, " SHOP@magnit.ru "),))
    assert [d.client_id for d in by_mail] == [world.retail.id]
    assert anna.find("7707083893", exclude_client_id=world.retail.id) == []
    hidden = DuplicateService(world.sessions, world.oleg).find("7707083893")
    assert [(d.visible, d.name) for d in hidden] == [(False, None)]
    assert anna.find(None, (MethodData(PHONE, "not a phone"),)) == []
