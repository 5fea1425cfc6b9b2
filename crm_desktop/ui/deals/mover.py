"""Moving a dropped card through DealService.move under the pipeline's rules.

Asks for a loss reason before a move to a lost stage, and for a field the target stage
requires (amount, expected close date) when the service says it is missing; then saves it and
retries. The writes run on ctx.writes; what happened comes back as signals for the board.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.board import ColumnSummary
from crm_desktop.services.deal_dto import DealCard
from crm_desktop.services.deals import REQUIRED_FOR_STAGE, DealService
from crm_desktop.services.enums import StageKind
from crm_desktop.services.errors import CrmError, EditConflict, ValidationError
from crm_desktop.services.reference import Option
from crm_desktop.ui import errors
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.card_model import alive
from crm_desktop.ui.deals.loss_dialog import BoardLossDialog
from crm_desktop.ui.deals.payload import DragPayload
from crm_desktop.ui.deals.required_dialog import SUPPORTED_FIELDS, RequiredFieldDialog

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MoveRequest:
    payload: DragPayload
    target: ColumnSummary
    title: str
    loss_reason_id: int | None = None
    loss_comment: str | None = None
    fill: tuple[str, Decimal | date] | None = None  # a required field to save first


def perform(deals: DealService, request: MoveRequest) -> DealCard:
    """Worker thread: save the required field (if any) with the seen version, then move."""
    deal_id, version = request.payload.deal_id, request.payload.version
    if request.fill is not None:
        card = deals.get(deal_id)
        if card.version != version:
            raise EditConflict("deal", deal_id)
        field, value = request.fill
        if isinstance(value, Decimal):
            data = replace(card.data, amount=value)
        else:
            data = replace(card.data, expected_close_on=value)
        log.debug("saving the %s of deal %s before the move", field, deal_id)
        version = deals.update(deal_id, data, version).version
    return deals.move(deal_id, request.target.stage_id, version,
                      request.loss_reason_id, request.loss_comment)


class DealMover(QObject):
    """One move at a time per board; dialogs are window-modal and opened without blocking."""

    sig_moved = Signal(int, int, int)
    """The deal (first id) went from the second stage id to the third."""
    sig_failed = Signal(str)
    """A rule stopped the move (or it failed); the text is for the board's banner."""
    sig_conflict = Signal(int, int)
    """Someone changed the deal first; the two stage ids need re-reading."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._parent = ctx, parent
        self.loss_reasons: list[Option] = []
        self.loss_dialog: BoardLossDialog | None = None
        self.required_dialog: RequiredFieldDialog | None = None

    def move(self, payload: DragPayload, target: ColumnSummary, title: str) -> None:
        if payload.stage_id == target.stage_id:
            return
        request = MoveRequest(payload, target, title)
        if target.kind is StageKind.LOST:
            self._ask_loss_reason(request)
        else:
            self._submit(request)

    # -- dialogs --------------------------------------------------------------------------------
    def _ask_loss_reason(self, request: MoveRequest) -> None:
        dialog = BoardLossDialog(request.title, request.target.name, self.loss_reasons,
                                  self._parent)
        self.loss_dialog = dialog

        def accepted() -> None:
            self._submit(replace(request, loss_reason_id=dialog.reason_id(),
                                 loss_comment=dialog.comment()))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _ask_required(self, request: MoveRequest, field: str, message: str) -> None:
        dialog = RequiredFieldDialog(field, message, self._parent)
        self.required_dialog = dialog

        def accepted() -> None:
            value = dialog.value()
            assert value is not None
            self._submit(replace(request, fill=(field, value)))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QObject) -> None:
        if self.loss_dialog is dialog:
            self.loss_dialog = None
        if self.required_dialog is dialog:
            self.required_dialog = None
        dialog.deleteLater()

    # -- the write ------------------------------------------------------------------------------
    def _submit(self, request: MoveRequest) -> None:
        deals = self._ctx.services.deals
        log.debug("moving deal %s to stage %s", request.payload.deal_id, request.target.stage_id)
        self._ctx.writes.submit(
            lambda: perform(deals, request),
            lambda _card: self._on_moved(request),
            lambda exc: self._on_failed(request, exc))

    def _on_moved(self, request: MoveRequest) -> None:
        if alive(self):
            self.sig_moved.emit(request.payload.deal_id, request.payload.stage_id,
                                request.target.stage_id)

    def _on_failed(self, request: MoveRequest, exc: Exception) -> None:
        if not alive(self):
            return
        source, target = request.payload.stage_id, request.target.stage_id
        if isinstance(exc, EditConflict):
            self.sig_conflict.emit(source, target)
        elif (isinstance(exc, ValidationError) and exc.message == REQUIRED_FOR_STAGE
              and exc.field in SUPPORTED_FIELDS and request.fill is None):
            self._ask_required(request, exc.field, errors.error_text(exc))
        elif isinstance(exc, CrmError):
            self.sig_failed.emit(errors.error_text(exc))
        else:
            errors.show_unexpected(self._parent, exc)
            self.sig_failed.emit(errors.describe(exc))
