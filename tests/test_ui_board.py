"""The deals board: headers from SQL, drag and drop through the same drop handler the board
uses, the pipeline's rules (no skipping, loss reason, required fields), conflicts, filters,
scope, and the list view."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from crm_desktop.models import (
    Channel,
    Deal,
    DealStageChange,
    LossReason,
    Pipeline,
    Stage,
    StageKind,
)
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.ui.deals.board import DealBoard
from crm_desktop.ui.deals.column import BoardColumn
from crm_desktop.ui.deals.format import money_short
from crm_desktop.ui.deals.page import DealsPage
from tests.factories import make_world
from tests.ui_clients_support import Desk, desk_for

MOVE = Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.oleg = w.add_user("oleg", "manager", team="Sales")
    with w.sessions() as s:
        w.pipeline = s.scalar(select(Pipeline).where(Pipeline.name == "Новые клиенты"))
        stages = s.scalars(select(Stage).where(Stage.pipeline_id == w.pipeline.id)
                           .order_by(Stage.position)).all()
        w.stages = [st.id for st in stages]
        w.lost = next(st.id for st in stages if st.kind is StageKind.LOST)
        w.reason = s.scalar(select(LossReason.id).order_by(LossReason.id))
        w.channel = s.scalar(select(Channel.id).order_by(Channel.id))
    w.deals = []
    for actor, amounts in ((w.anna, ("100.50", "200")), (w.oleg, ("1000",))):
        client = ClientService(w.sessions, actor).create(ClientData(name=f"ООО {actor.login}"))
        for amount in amounts:
            w.deals.append(DealService(w.sessions, actor).create(DealData(
                title=f"Сделка {amount}", client_id=client.id, pipeline_id=w.pipeline.id,
                amount=Decimal(amount), channel_id=w.channel if actor is w.oleg else None)))
    return w


def open_page(qtbot, world, actor) -> Iterator[tuple[DealsPage, Desk]]:
    desk = desk_for(world, actor)
    page = DealsPage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1500, 900)
    page.show()
    qtbot.waitUntil(lambda: settled(page), timeout=10_000)
    yield page, desk
    desk.runners.wait()


@pytest.fixture
def board_page(qtbot, world) -> Iterator[tuple[DealsPage, Desk]]:
    yield from open_page(qtbot, world, world.head)


def settled(page: DealsPage) -> bool:
    board = page.board
    return (bool(board.columns) and page.summaries != []
            and not any(c.model.is_loading() for c in board.columns.values()))


def header(page: DealsPage, stage_id: int) -> tuple[int, str]:
    _name, count, amount = page.board.column(stage_id).header_text()
    return int(count), amount


def card_ids(column: BoardColumn) -> list[int]:
    return [c.id for c in column.model.cards()]


def drop(page: DealsPage, deal_id: int, source: int, target: int) -> None:
    """Drag the card as the board does: its QMimeData entered and dropped on the viewport."""
    source_column = page.board.column(source)
    row = card_ids(source_column).index(deal_id)
    mime = source_column.model.mimeData([source_column.model.index(row, 0)])
    view = page.board.column(target).view
    viewport = view.viewport()
    enter = QDragEnterEvent(QPoint(40, 40), MOVE, mime, LEFT, NONE)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted() and view.drop_active  # the drop indicator is shown
    QApplication.sendEvent(viewport, QDropEvent(QPointF(40, 40), MOVE, mime, LEFT, NONE))
    assert not view.drop_active


def stage_of(world, deal_id: int) -> int:
    with world.sessions() as s:
        return s.get_one(Deal, deal_id).stage_id


def changes(world, deal_id: int) -> int:
    with world.sessions() as s:
        return s.scalar(select(func.count()).select_from(DealStageChange)
                        .where(DealStageChange.deal_id == deal_id))


def test_columns_show_counts_and_sums_from_the_database(board_page, world):
    page, _desk = board_page
    assert page.board.objectName() == "dealBoard"
    assert page.pipeline_combo.currentData() == world.pipeline.id  # the first one is empty
    assert list(page.board.columns) == world.stages
    assert header(page, world.stages[0]) == (3, money_short(Decimal("1300.50")))
    assert header(page, world.stages[0])[1].replace("\u00a0", " ") == "1 301 ₽"
    assert all(header(page, s) == (0, "0\u00a0₽") for s in world.stages[1:])
    assert sorted(card_ids(page.board.column(world.stages[0]))) == sorted(
        d.id for d in world.deals)
    won = next(c for c in page.board.columns.values() if c.kind is StageKind.WON)
    assert won.header.property("kind") == "won"


def test_dropping_a_card_moves_the_deal(qtbot, board_page, world):
    page, _desk = board_page
    deal = world.deals[0]
    with qtbot.waitSignal(page.board.mover.sig_moved, timeout=10_000):
        drop(page, deal.id, world.stages[0], world.stages[1])
    qtbot.waitUntil(lambda: header(page, world.stages[1])[0] == 1 and settled(page),
                    timeout=10_000)
    assert stage_of(world, deal.id) == world.stages[1]
    assert changes(world, deal.id) == 2
    assert header(page, world.stages[0]) == (2, money_short(Decimal("1200")))
    assert header(page, world.stages[1]) == (1, money_short(Decimal("100.50")))
    assert card_ids(page.board.column(world.stages[1])) == [deal.id]
    assert deal.id not in card_ids(page.board.column(world.stages[0]))
    assert page.board.message() == ""


def test_skipping_a_stage_is_refused_with_a_message(qtbot, board_page, world):
    page, _desk = board_page
    deal = world.deals[0]
    with qtbot.waitSignal(page.board.mover.sig_failed, timeout=10_000):
        drop(page, deal.id, world.stages[0], world.stages[2])
    assert "does not allow skipping" in page.board.message()
    assert "Презентация" in page.board.message()  # names the next allowed stage
    assert page.board.banner.isVisible()
    assert stage_of(world, deal.id) == world.stages[0]
    assert changes(world, deal.id) == 1
    assert deal.id in card_ids(page.board.column(world.stages[0]))
    assert header(page, world.stages[0])[0] == 3


def test_a_drop_on_lost_asks_for_the_reason(qtbot, board_page, world):
    page, _desk = board_page
    deal = world.deals[2]
    drop(page, deal.id, world.stages[0], world.lost)
    qtbot.waitUntil(lambda: page.board.mover.loss_dialog is not None
                    and page.board.mover.loss_dialog.isVisible(), timeout=5000)
    dialog = page.board.mover.loss_dialog
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason yet
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.select_reason(world.reason)
    dialog.comment_edit.setPlainText("Дорого")
    with qtbot.waitSignal(page.board.mover.sig_moved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: header(page, world.lost)[0] == 1, timeout=10_000)
    with world.sessions() as s:
        row = s.get_one(Deal, deal.id)
        assert (row.stage_id, row.loss_reason_id, row.loss_comment) == (
            world.lost, world.reason, "Дорого")


def test_cancelling_the_loss_reason_moves_nothing(qtbot, board_page, world):
    page, desk = board_page
    deal = world.deals[2]
    drop(page, deal.id, world.stages[0], world.lost)
    qtbot.waitUntil(lambda: page.board.mover.loss_dialog is not None, timeout=5000)
    page.board.mover.loss_dialog.reject()
    assert desk.ctx.writes.is_idle()
    assert stage_of(world, deal.id) == world.stages[0]


def test_a_required_amount_is_asked_for_saved_and_the_move_retried(qtbot, board_page, world):
    page, desk = board_page
    with world.sessions.begin() as s:
        s.get_one(Stage, world.stages[1]).required_fields = ["expected_close_on"]
    deal = world.deals[1]
    drop(page, deal.id, world.stages[0], world.stages[1])
    qtbot.waitUntil(lambda: page.board.mover.required_dialog is not None
                    and page.board.mover.required_dialog.isVisible(), timeout=10_000)
    dialog = page.board.mover.required_dialog
    close_on = date.today() + timedelta(days=30)
    dialog.date_edit.setDate(close_on)
    with qtbot.waitSignal(page.board.mover.sig_moved, timeout=10_000):
        dialog.accept()
    with world.sessions() as s:
        row = s.get_one(Deal, deal.id)
        assert (row.stage_id, row.expected_close_on) == (world.stages[1], close_on)


def test_a_deal_moved_by_someone_else_is_a_conflict(qtbot, board_page, world):
    page, _desk = board_page
    deal = world.deals[0]
    DealService(world.sessions, world.anna).move(deal.id, world.stages[1], deal.version)
    with qtbot.waitSignal(page.board.mover.sig_conflict, timeout=10_000):
        drop(page, deal.id, world.stages[0], world.stages[1])
    assert "changed by someone else" in page.board.message()
    qtbot.waitUntil(lambda: header(page, world.stages[1])[0] == 1 and settled(page),
                    timeout=10_000)
    assert card_ids(page.board.column(world.stages[1])) == [deal.id]
    assert changes(world, deal.id) == 2


def test_filters_change_the_counts(qtbot, board_page, world):
    page, _desk = board_page
    bar, first = page.filter_bar, world.stages[0]
    qtbot.waitUntil(lambda: bar.manager_combo.count() > 1, timeout=5000)
    bar.manager_combo.setCurrentIndex(bar.manager_combo.findData(world.oleg.user_id))
    qtbot.waitUntil(lambda: header(page, first)[0] == 1 and settled(page), timeout=10_000)
    assert card_ids(page.board.column(first)) == [world.deals[2].id]
    bar.reset()
    qtbot.waitUntil(lambda: header(page, first)[0] == 3, timeout=10_000)
    bar.channel_combo.setCurrentIndex(bar.channel_combo.findData(world.channel))
    qtbot.waitUntil(lambda: header(page, first) == (1, money_short(Decimal(1000))),
                    timeout=10_000)
    bar.reset()
    bar.from_edit.setDate(date.today() + timedelta(days=2))
    qtbot.waitUntil(lambda: header(page, first)[0] == 0, timeout=10_000)
    bar.reset()
    bar.mine_chip.setChecked(True)  # the head has no deals of their own
    qtbot.waitUntil(lambda: header(page, first)[0] == 0 and settled(page), timeout=10_000)
    assert card_ids(page.board.column(first)) == []


def test_a_manager_sees_only_own_deals_and_sums(qtbot, world):
    for page, _desk in open_page(qtbot, world, world.anna):
        assert header(page, world.stages[0]) == (2, money_short(Decimal("300.50")))
        assert sorted(card_ids(page.board.column(world.stages[0]))) == sorted(
            d.id for d in world.deals[:2])


def test_the_list_shows_the_same_deals_and_opens_them(qtbot, board_page, world):
    page, _desk = board_page
    page.list_button.click()
    assert page.is_list_shown()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 3
                    and not page.list_model.is_loading(), timeout=10_000)
    ids = {page.list_model.deal_id(r) for r in range(3)}
    assert ids == {d.id for d in world.deals}
    with qtbot.waitSignal(page.sig_open_deal_requested, timeout=3000) as opened:
        page.list_view.doubleClicked.emit(page.list_model.index(0, 0))
    assert opened.args == [page.list_model.deal_id(0)]


def test_double_clicking_a_card_asks_to_open_it(qtbot, board_page, world):
    page, _desk = board_page
    view = page.board.column(world.stages[0]).view
    rect = view.visualRect(view.model().index(0, 0))
    with qtbot.waitSignal(page.sig_open_deal_requested, timeout=3000) as opened:
        qtbot.mouseDClick(view.viewport(), LEFT, pos=rect.center())
    assert opened.args == [card_ids(page.board.column(world.stages[0]))[0]]


def test_columns_page_lazily_by_fifty(qtbot, world):
    anna = DealService(world.sessions, world.anna)
    client = world.deals[0].data.client_id
    for number in range(60):
        anna.create(replace(DealData(title=f"Сделка №{number}", client_id=client,
                                     pipeline_id=world.pipeline.id)))
    for page, _desk in open_page(qtbot, world, world.anna):
        column = page.board.column(world.stages[0])
        assert header(page, world.stages[0])[0] == 62
        assert column.model.rowCount() == 50 and column.model.pages_read == 1
        column.view.scrollToBottom()
        qtbot.waitUntil(lambda c=column: c.model.rowCount() == 62, timeout=10_000)
        assert len(set(card_ids(column))) == 62


def test_the_main_window_mounts_the_board_and_the_settings_editors(qtbot, world):
    import importlib.util

    from crm_desktop.ui.main_window import MainWindow, SessionInfo
    from crm_desktop.ui.pages import settings_panels

    admin = world.add_user("boss", "admin")
    desk = desk_for(world, world.anna)
    info = SessionInfo("Anna", "anna", "Manager", "sqlite", "/tmp/x", "/tmp")
    window = MainWindow(info, desk.ctx)
    qtbot.addWidget(window)
    assert window.pages.widget(1).objectName() == "dealsPage"
    assert window.pages.widget(1).findChild(DealBoard, "dealBoard") is not None
    assert not window.deals_page.started  # nothing is read before the section is opened
    window.show()
    window.show_section("deals")
    qtbot.waitUntil(lambda: settled(window.deals_page), timeout=10_000)
    assert header(window.deals_page, world.stages[0])[0] == 2
    own = settings_panels(desk.ctx)
    assert "PipelinesSettingsPanel" not in [type(p).__name__ for p in own]  # a manager's
    boss = desk_for(world, admin)
    editors = settings_panels(boss.ctx)
    available = importlib.util.find_spec("crm_desktop.ui.settings.pipelines_page") is not None
    assert ("PipelinesSettingsPanel" in [type(p).__name__ for p in editors]) == available
    for panel in [*own, *editors]:
        panel.deleteLater()
    desk.runners.wait()
    boss.runners.wait()
