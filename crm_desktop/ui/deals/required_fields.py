"""A move that needs fields first: ask for them, save them with DealService.update, move.

Shared by the board's DealMover and the deal card's stage bar. The reads and writes run on
the context's runners; the dialog is window-modal and opened without blocking.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.client_dto import ContactData
from crm_desktop.services.deal_dto import DealCard, DealData
from crm_desktop.services.deals import RequiredForStage
from crm_desktop.services.errors import EditConflict
from crm_desktop.services.reference import Option
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.required_dialog import FilledFields, RequiredChoices, RequiredFieldsDialog

log = logging.getLogger(__name__)


def load_choices(services: ServiceBundle, deal_id: int, missing: tuple[str, ...]
                 ) -> RequiredChoices:
    """Worker thread: the client's contact people and the channels, as far as asked for."""
    contacts: list[Option] = []
    if "contact_id" in missing:
        client_id = services.deals.get(deal_id).data.client_id
        contacts = [Option(c.id, c.full_name) for c in services.clients.get(client_id).contacts]
    channels = services.reference.channels() if "channel_id" in missing else []
    return RequiredChoices(contacts, channels)


def fill_then_move(services: ServiceBundle, deal_id: int, seen_version: int, stage_id: int,
                   filled: FilledFields | None = None, loss_reason_id: int | None = None,
                   loss_comment: str | None = None) -> DealCard:
    """Worker thread: save the answers over the version the user saw (a new contact person is
    added to the client first), then move."""
    version = seen_version
    if filled is not None:
        card = services.deals.get(deal_id)
        if card.version != seen_version:
            raise EditConflict("deal", deal_id)
        values = dict(filled.values)
        if filled.new_contact:
            contact = services.clients.add_contact(
                card.data.client_id, ContactData(first_name=filled.new_contact))
            values["contact_id"] = contact.id
        log.debug("saving %s of deal %s before the move", sorted(values), deal_id)
        version = services.deals.update(
            deal_id, replace(card.data, **values), seen_version).version  # type: ignore[arg-type]
    return services.deals.move(deal_id, stage_id, version, loss_reason_id, loss_comment)


def ask_required(ctx: UiContext, parent: QWidget, deal_id: int, error: RequiredForStage,
                 on_opened: Callable[[RequiredFieldsDialog], None],
                 on_filled: Callable[[FilledFields], None],
                 on_failed: Callable[[Exception], None],
                 prefill: DealData | None = None) -> None:
    """Read the pickers' choices, then open the dialog; `on_filled` gets the answers."""
    services, missing = ctx.services, error.missing
    stage = str(error.params.get("stage", ""))

    def opened(choices: object) -> None:
        assert isinstance(choices, RequiredChoices)
        dialog = RequiredFieldsDialog(missing, stage, choices, prefill, parent)
        dialog.accepted.connect(lambda: on_filled(dialog.filled()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        on_opened(dialog)
        dialog.open()

    run(ctx.reads, parent, lambda: load_choices(services, deal_id, missing), opened, on_failed)
