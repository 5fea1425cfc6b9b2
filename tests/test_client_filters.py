"""Client filters (relative dates, turnover, favourites), favourites first, the feed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from crm_desktop.models import ActivityKind, ClientKind, ClientStatus
from crm_desktop.services.activities import ActivityData, ActivityService
from crm_desktop.services.client_dto import ClientData, ContactData
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_list import ClientListService
from crm_desktop.services.client_sort import ClientSort
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import NotFound
from crm_desktop.services.favorites import FavoriteService
from crm_desktop.services.feed import FeedKind, FeedService
from tests.factories import make_world

TODAY = date(2026, 12, 28)


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    service = ClientService(w.sessions, w.anna)
    w.big = service.create(ClientData(name="ООО Большая", annual_turnover=Decimal("50000000")))
    w.small = service.create(ClientData(name="ООО Малая", annual_turnover=Decimal("900000")))
    w.person = service.create(
        ClientData(
            kind=ClientKind.PERSON, last_name="Ёлкин", first_name="Пётр", birthday=date(1980, 1, 2)
        )
    )
    service.add_contact(w.small.id, ContactData(first_name="Ольга", birthday=date(1990, 12, 30)))
    return w


def ids(world, flt, actor=None):
    listing = ClientListService(world.sessions, actor or world.anna, today=lambda: TODAY)
    rows, _ = listing.sorted_page(ClientSort(), flt, limit=100)
    assert listing.count(flt) == len(rows)
    return {r.id for r in rows}


def test_turnover_and_kind(world):
    assert ids(world, ClientFilter(turnover_min=Decimal("10000000"))) == {world.big.id}
    assert ids(world, ClientFilter(turnover_max=Decimal("1000000"))) == {world.small.id}
    assert ids(world, ClientFilter(kind=ClientKind.PERSON)) == {world.person.id}


def test_birthday_window_crosses_new_year(world):
    assert ids(world, ClientFilter(birthday_within_days=7)) == {world.person.id, world.small.id}
    assert ids(world, ClientFilter(birthday_within_days=1)) == set()


def test_not_contacted_for_n_days(world):
    ActivityService(world.sessions, world.anna).log(
        ActivityData(ActivityKind.CALL, world.big.id, datetime(2026, 12, 20, tzinfo=UTC))
    )
    ActivityService(world.sessions, world.anna).log(
        ActivityData(ActivityKind.NOTE, world.small.id, datetime(2026, 12, 27, tzinfo=UTC))
    )
    assert ids(world, ClientFilter(not_contacted_days=30)) == {world.small.id, world.person.id}
    assert ids(world, ClientFilter(not_contacted_days=3)) == {
        world.big.id,
        world.small.id,
        world.person.id,
    }


def test_filter_json_round_trip():
    flt = ClientFilter(
        status=ClientStatus.CLIENT,
        turnover_min=Decimal("10000000.50"),
        not_contacted_days=30,
        favorites_only=True,
    )
    assert ClientFilter.from_json(flt.to_json()) == flt
    assert ClientFilter.from_json({"unknown": 1}) == ClientFilter()


def test_favourites_first_and_only(world):
    favorites = FavoriteService(world.sessions, world.anna)
    favorites.star(world.small.id, True)
    listing = ClientListService(world.sessions, world.anna)
    rows, _ = listing.sorted_page(ClientSort(favorites_first=True))
    assert [r.id for r in rows] == [world.small.id, world.big.id, world.person.id]
    rows, _ = listing.sorted_page(ClientSort(favorites_first=True, descending=True), limit=2)
    assert [r.id for r in rows] == [world.small.id, world.person.id]
    assert listing.count(ClientFilter(favorites_only=True)) == 1
    assert favorites.ids([world.big.id, world.small.id]) == {world.small.id}
    favorites.star(world.small.id, False)
    assert listing.count(ClientFilter(favorites_only=True)) == 0
    with pytest.raises(NotFound):
        FavoriteService(world.sessions, world.igor).star(world.big.id, True)


def test_feed_shows_only_what_the_user_may_see(world):
    ActivityService(world.sessions, world.anna).log(
        ActivityData(
            ActivityKind.CALL,
            world.big.id,
            datetime(2026, 12, 1, tzinfo=UTC),
            outcome="Перезвонить",
        )
    )
    ClientService(world.sessions, world.igor).create(ClientData(name="ООО Чужая"))
    feed = FeedService(world.sessions, world.anna).latest(limit=10)
    assert {item.client_name for item in feed} == {"ООО Большая", "ООО Малая", "Ёлкин Пётр"}
    calls = [i for i in feed if i.kind is FeedKind.ACTIVITY]
    assert [(c.client_id, c.text) for c in calls] == [(world.big.id, "Перезвонить")]
    assert sum(1 for i in feed if i.kind is FeedKind.NEW_CLIENT) == 3
    assert [i.at for i in feed] == sorted((i.at for i in feed), reverse=True)
    assert len(FeedService(world.sessions, world.anna).latest(limit=2)) == 2
