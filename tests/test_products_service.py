"""ProductService: catalogue validation, unique SKU, case-insensitive Cyrillic search."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.services.errors import AlreadyExists, PermissionDenied, ValidationError
from crm_desktop.services.products import ProductData, ProductService
from tests.factories import make_world


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.admin = w.add_user("boss", "admin")
    w.anna = w.add_user("anna", "manager")
    return w


def test_catalogue_and_search(world):
    service = ProductService(world.sessions, world.admin)
    desk = service.create(
        ProductData(
            "DSK-1",
            "Стол офисный «Ёлка»",
            Decimal("15000"),
            vat_rate=Decimal("20"),
            stock_qty=Decimal("3"),
        )
    )
    service.create(ProductData("SRV-9", "Монтаж", Decimal("2500"), unit="ч", vat_rate=None))
    reader = ProductService(world.sessions, world.anna)
    assert [p.data.sku for p in reader.search("СТОЛ")] == ["DSK-1"]
    assert [p.data.sku for p in reader.search("елка")] == ["DSK-1"]
    assert [p.data.sku for p in reader.search("srv")] == ["SRV-9"]
    assert len(reader.search()) == 2
    changed = service.update(
        desk.id, ProductData("DSK-1", "Стол", Decimal("14000"), is_active=False), desk.version
    )
    assert changed.data.price == Decimal("14000.00")
    assert [p.data.sku for p in reader.search()] == ["SRV-9"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ProductData("A", "Товар", Decimal("-1")), "price"),
        (ProductData("A", "Товар", Decimal("1"), vat_rate=Decimal("18")), "vat_rate"),
        (ProductData("A", "Товар", Decimal("1"), stock_qty=Decimal("-2")), "stock_qty"),
        (ProductData(" ", "Товар", Decimal("1")), "sku"),
    ],
)
def test_bad_products_are_refused(world, data, field):
    with pytest.raises(ValidationError) as err:
        ProductService(world.sessions, world.admin).create(data)
    assert err.value.field == field


def test_unique_sku_and_permission(world):
    service = ProductService(world.sessions, world.admin)
    service.create(ProductData("X-1", "Товар", Decimal("1")))
    with pytest.raises(AlreadyExists):
        service.create(ProductData("X-1", "Другой", Decimal("2")))
    with pytest.raises(PermissionDenied):
        ProductService(world.sessions, world.anna).create(ProductData("X-2", "Т", Decimal("1")))


def test_archived_products_are_listed_on_request_and_restored(world):
    service = ProductService(world.sessions, world.admin)
    chair = service.create(ProductData("CH-1", "Стул", Decimal("900")))
    service.create(ProductData("DS-1", "Стол", Decimal("9000")))
    archived = service.set_active(chair.id, False)
    assert not archived.data.is_active and archived.version > chair.version
    reader = ProductService(world.sessions, world.anna)
    assert [p.data.sku for p in reader.search()] == ["DS-1"]
    listed = service.search(include_inactive=True)
    assert [(p.data.sku, p.data.is_active) for p in listed] == [("DS-1", True), ("CH-1", False)]
    assert [p.data.sku for p in service.search("стул", include_inactive=True)] == ["CH-1"]
    assert service.set_active(chair.id, True).data.is_active
    assert [p.data.sku for p in reader.search("стул")] == ["CH-1"]
    with pytest.raises(PermissionDenied):
        reader.set_active(chair.id, False)
