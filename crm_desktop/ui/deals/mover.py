"""Moving a dropped card through DealService.move under the pipeline's rules.

Asks for a loss reason before a move to a lost stage, and for every field the target stage
requires when the service says they are missing; then saves them and retries. The writes run
on ctx.writes; what happened comes back as signals for the board.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.board import ColumnSummary
from crm_desktop.services.deals import RequiredForStage
from crm_desktop.services.enums import StageKind
from crm_desktop.services.errors import CrmError, EditConflict
from crm_desktop.services.reference import Option
from crm_desktop.ui import errors
from crm_desktop.ui.common.loss_reason_dialog import LossReasonDialog
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.card_model import alive
from crm_desktop.ui.deals.payload import DragPayload
from crm_desktop.ui.deals.required_dialog import FilledFields, RequiredFieldsDialog
from crm_desktop.ui.deals.required_fields import ask_required, fill_then_move

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MoveRequest:
    payload: DragPayload
    target: ColumnSummary
    title: str
    loss_reason_id: int | None = None
    loss_comment: str | None = None
    fill: FilledFields | None = None  # the required fields to save first


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
        self.loss_dialog: LossReasonDialog | None = None
        self.required_dialog: RequiredFieldsDialog | None = None

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
        dialog = LossReasonDialog(request.title, request.target.name, self.loss_reasons,
                                  self._parent)
        self.loss_dialog = dialog

        def accepted() -> None:
            self._submit(replace(request, loss_reason_id=dialog.reason_id(),
                                 loss_comment=dialog.comment()))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _ask_required(self, request: MoveRequest, exc: RequiredForStage) -> None:
        def opened(dialog: RequiredFieldsDialog) -> None:
            self.required_dialog = dialog
            dialog.finished.connect(lambda _r: self._forget(dialog))

        ask_required(self._ctx, self._parent, request.payload.deal_id, exc, opened,
                     lambda filled: self._submit(replace(request, fill=filled)),
                     lambda failure: self._on_failed(request, failure))

    def _forget(self, dialog: QObject) -> None:
        if self.loss_dialog is dialog:
            self.loss_dialog = None
            dialog.deleteLater()
        if self.required_dialog is dialog:
            self.required_dialog = None

    # -- the write ------------------------------------------------------------------------------
    def _submit(self, request: MoveRequest) -> None:
        services, payload = self._ctx.services, request.payload
        log.debug("moving deal %s to stage %s", payload.deal_id, request.target.stage_id)
        self._ctx.writes.submit(
            lambda: fill_then_move(services, payload.deal_id, payload.version,
                                   request.target.stage_id, request.fill,
                                   request.loss_reason_id, request.loss_comment),
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
        elif isinstance(exc, RequiredForStage) and request.fill is None:
            self._ask_required(request, exc)
        elif isinstance(exc, CrmError):
            self.sig_failed.emit(errors.error_text(exc))
        else:
            errors.show_unexpected(self._parent, exc)
            self.sig_failed.emit(errors.describe(exc))
