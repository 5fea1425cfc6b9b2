"""The activity feed: interactions, stage changes and new clients, readable; a click opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QListWidget
from sqlalchemy import select

from crm_desktop.models import Pipeline
from crm_desktop.services.activities import ActivityData
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.enums import ActivityKind
from crm_desktop.ui.clients.formatting import datetime_text
from crm_desktop.ui.feed import FeedPanel
from crm_desktop.ui.search.delegate import ItemRole
from tests.factories import make_world
from tests.ui_clients_support import LEFT, Desk, desk_for


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    return w


@pytest.fixture
def desk(qapp, world) -> Iterator[Desk]:
    result = desk_for(world, world.anna)
    yield result
    result.runners.wait()


def load(qtbot, desk: Desk) -> FeedPanel:
    panel = FeedPanel(desk.ctx)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        panel.refresh()
    return panel


def texts(panel: FeedPanel) -> list[str]:
    feed = panel.findChild(QListWidget, "feedList")
    return [feed.item(i).text() for i in range(feed.count())]


def test_the_feed_lists_an_activity_readably(qtbot, desk, world):
    client = desk.services.clients.create(ClientData(name="ООО Ромашка"))
    moment = datetime(2026, 11, 26, 11, 5, tzinfo=UTC)
    desk.services.activities.log(ActivityData(
        ActivityKind.CALL, client.id, moment, subject="Договорились о встрече"))
    desk_for(world, world.igor).services.clients.create(ClientData(name="ООО Чужой"))
    panel = load(qtbot, desk)
    lines = texts(panel)
    assert len(lines) == 2  # newest first: the client was created after the call's time
    assert lines[0].startswith("Anna — new client: ООО Ромашка · ")
    assert lines[1] == f"Anna — call: Договорились о встрече · ООО Ромашка · " \
                       f"{datetime_text(moment)}"
    assert not any("Чужой" in line for line in lines)  # another manager's client
    item = panel.list.item(1)
    assert item.data(ItemRole.TITLE) == "Anna — call"
    assert item.data(ItemRole.CLIENT_ID) == client.id


def test_a_stage_change_reads_as_deal_and_stage(qtbot, desk, world):
    client = desk.services.clients.create(ClientData(name="ООО Ромашка"))
    with world.sessions() as session:
        pipeline_id = session.scalar(select(Pipeline.id).order_by(Pipeline.id))
    pipeline = next(p for p in desk.services.reference.pipelines() if p.id == pipeline_id)
    deal = desk.services.deals.create(DealData(
        title="Поставка", client_id=client.id, pipeline_id=pipeline_id, amount=Decimal("100")))
    second = pipeline.stages[1]
    desk.services.deals.move(deal.id, second.id, deal.version)
    panel = load(qtbot, desk)
    assert any(f"Deal «Поставка» → {second.name}" in line for line in texts(panel))


def test_clicking_an_entry_asks_to_open_its_client(qtbot, desk):
    client = desk.services.clients.create(ClientData(name="ООО Ромашка"))
    panel = load(qtbot, desk)
    rect = panel.list.visualItemRect(panel.list.item(0))
    with qtbot.waitSignal(panel.sig_open_client_requested, timeout=3000) as opened:
        qtbot.mouseClick(panel.list.viewport(), LEFT, pos=rect.center())
    assert opened.args == [client.id]


def test_an_empty_feed_says_so(qtbot, desk):
    panel = load(qtbot, desk)
    assert panel.list.count() == 0
    assert panel.message.isVisible() and panel.message.text() == "Nothing has happened yet."
