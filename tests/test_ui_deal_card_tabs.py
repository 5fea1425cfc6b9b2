"""The deal card's Activities tab (that deal's interactions, logged from the tab) and the
stage history naming a stage that was archived later."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from ui_card_support import (
    LEFT,
    Office,
    deal_opener,
    office,
    open_deal,
    type_text,
)

from crm_desktop.services.activities import ActivityData
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.enums import ActivityKind
from crm_desktop.services.pipelines import PipelineService

__all__ = ["deal_opener", "office"]  # fixtures the tests below use


def make_deals(office: Office) -> tuple[int, int, int]:
    client = office.services.clients.create(ClientData(name="ООО Ромашка")).id
    pipeline = office.services.reference.pipelines()[0]
    deals = [office.services.deals.create(DealData(
        title=title, client_id=client, pipeline_id=pipeline.id, amount=Decimal("10"))).id
        for title in ("Поставка", "Монтаж")]
    return client, deals[0], deals[1]


def test_activities_tab_shows_and_logs_only_this_deal(qtbot, office, deal_opener):
    client, deal, other = make_deals(office)
    for deal_id, body in ((deal, "о поставке"), (other, "о монтаже"), (None, "общее")):
        office.services.activities.log(ActivityData(
            ActivityKind.NOTE, client, datetime(2026, 11, 20, tzinfo=UTC), deal_id=deal_id,
            body=body))
    window = open_deal(qtbot, deal_opener, deal)
    panel = window.activities
    qtbot.waitUntil(lambda: len(panel.rows) == 1, timeout=5000)
    assert panel.rows[0].data.body == "о поставке"
    assert window.tabs.tabText(window.tabs.indexOf(panel)).endswith("(1)")
    window.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.kind_buttons[ActivityKind.NOTE], LEFT)
    type_text(panel.form.body_edit, "перезвонить")
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        qtbot.mouseClick(panel.form.save_button, LEFT)
    assert [r.data.body for r in panel.rows] == ["перезвонить", "о поставке"]
    stored = office.services.activities.timeline(deal_id=deal)
    assert [(r.data.body, r.data.deal_id) for r in stored] == [
        ("перезвонить", deal), ("о поставке", deal)]


def test_history_names_a_stage_archived_later(qtbot, office, deal_opener):
    _client, deal, _other = make_deals(office)
    stages = office.services.reference.pipelines()[0].stages
    card = office.services.deals.get(deal)
    office.services.deals.move(deal, stages[1].id, card.version)
    admin = office.world.add_user("boss", "admin")
    PipelineService(office.world.sessions, admin).remove_stage(
        stages[1].id, move_deals_to=stages[2].id)
    window = open_deal(qtbot, deal_opener, deal)
    rows = window.history.row_texts()
    archived = f"{stages[1].name} (archived)"
    assert [row[1:3] for row in rows] == [
        [archived, stages[2].name], [stages[0].name, archived], ["created", stages[0].name]]
    assert stages[1].id not in window.header.stage_bar.buttons
