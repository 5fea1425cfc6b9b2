"""A drop on the board onto a stage that requires a contact person, a channel and a note:
one dialog asks for all of them, saves them with the deal and retries the move."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select, update

from crm_desktop.models import Contact, Deal, Stage
from crm_desktop.services.client_dto import ContactData
from crm_desktop.services.clients import ClientService
from tests.test_ui_board import board_page, changes, drop, header, stage_of, world

__all__ = ["board_page", "world"]  # fixtures used by the tests below
OK = QDialogButtonBox.StandardButton.Ok


def require(world, stage_id: int, *fields: str) -> None:
    with world.sessions.begin() as s:
        s.get_one(Stage, stage_id).required_fields = list(fields)


def open_dialog(qtbot, page, world, deal_id: int, target: int):
    drop(page, deal_id, world.stages[0], target)
    mover = page.board.mover
    qtbot.waitUntil(lambda: mover.required_dialog is not None
                    and mover.required_dialog.isVisible(), timeout=10_000)
    return mover.required_dialog


def test_contact_channel_and_note_are_asked_for_together(qtbot, board_page, world):
    page, _desk = board_page
    deal = world.deals[0]
    contact = ClientService(world.sessions, world.anna).add_contact(
        deal.data.client_id, ContactData(first_name="Мария", last_name="Иванова"))
    require(world, world.stages[1], "contact_id", "channel_id", "note")
    dialog = open_dialog(qtbot, page, world, deal.id, world.stages[1])
    assert dialog.missing == ("contact_id", "channel_id", "note")
    assert [dialog.contact_combo.itemData(i) for i in range(dialog.contact_combo.count())] == [
        None, contact.id]
    assert dialog.channel_combo.findData(world.channel) > 0
    dialog.buttons.button(OK).click()  # nothing chosen yet: the dialog stays, nothing moves
    assert dialog.isVisible() and "contact_id" in dialog.errors.visible_errors()
    dialog.contact_combo.setCurrentIndex(1)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(world.channel))
    dialog.buttons.button(OK).click()
    assert dialog.isVisible() and list(dialog.errors.visible_errors()) == ["note"]
    dialog.note_edit.setPlainText("Бюджет согласован")
    with qtbot.waitSignal(page.board.mover.sig_moved, timeout=10_000):
        dialog.buttons.button(OK).click()
    qtbot.waitUntil(lambda: header(page, world.stages[1])[0] == 1, timeout=10_000)
    with world.sessions() as s:
        row = s.get_one(Deal, deal.id)
        assert (row.stage_id, row.contact_id, row.channel_id, row.note) == (
            world.stages[1], contact.id, world.channel, "Бюджет согласован")
    assert changes(world, deal.id) == 2
    assert page.board.mover.required_dialog is None


def test_a_client_without_contacts_gets_a_new_one_from_the_dialog(qtbot, board_page, world):
    page, _desk = board_page
    deal = world.deals[2]
    require(world, world.stages[1], "contact_id", "amount")
    with world.sessions.begin() as s:  # as an import would leave it (the version unchanged)
        s.execute(update(Deal).where(Deal.id == deal.id).values(amount=0))
    dialog = open_dialog(qtbot, page, world, deal.id, world.stages[1])
    assert dialog.new_contact_edit.isVisible() and not dialog.contact_combo.isVisible()
    dialog.new_contact_edit.setText("Пётр Сидоров")
    dialog.amount_edit.setText("-5")
    dialog.buttons.button(OK).click()
    assert dialog.isVisible() and list(dialog.errors.visible_errors()) == ["amount"]
    dialog.amount_edit.setText("12 500,50")
    with qtbot.waitSignal(page.board.mover.sig_moved, timeout=10_000):
        dialog.buttons.button(OK).click()
    with world.sessions() as s:
        row = s.get_one(Deal, deal.id)
        contact = s.get_one(Contact, row.contact_id)
        assert (row.stage_id, str(row.amount), contact.first_name, contact.client_id) == (
            world.stages[1], "12500.50", "Пётр Сидоров", deal.data.client_id)


def test_cancelling_the_required_fields_changes_nothing(qtbot, board_page, world):
    page, desk = board_page
    deal = world.deals[1]
    require(world, world.stages[1], "note")
    dialog = open_dialog(qtbot, page, world, deal.id, world.stages[1])
    dialog.note_edit.setPlainText("не сохранится")
    dialog.reject()
    qtbot.waitUntil(lambda: page.board.mover.required_dialog is None, timeout=5000)
    assert desk.ctx.writes.is_idle()
    assert stage_of(world, deal.id) == world.stages[0]
    with world.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Deal).where(
            Deal.id == deal.id, Deal.note.is_not(None))) == 0
