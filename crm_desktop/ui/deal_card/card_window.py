"""The deal card: header with the stage bar, and tabs (deal form with products, tasks,
activities, invoices, documents, stage history). With no deal id it is the create form."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import cast

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.client_dto import ClientCard
from crm_desktop.services.deal_dto import DealCard
from crm_desktop.services.deals import RequiredForStage
from crm_desktop.services.enums import StageKind
from crm_desktop.services.errors import EditConflict, ValidationError
from crm_desktop.services.reference import Option, PipelineOption
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.client_card.timeline import TimelinePanel
from crm_desktop.ui.common.loss_reason_dialog import LossReasonDialog
from crm_desktop.ui.common.record_window import RecordWindow
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.deal_documents import DealDocumentsPanel
from crm_desktop.ui.deal_card.deal_form import DealForm
from crm_desktop.ui.deal_card.deal_tasks import DealTasksPanel
from crm_desktop.ui.deal_card.header import DealHeader
from crm_desktop.ui.deal_card.history_tab import StageHistoryPanel
from crm_desktop.ui.deals.required_dialog import FilledFields, RequiredFieldsDialog
from crm_desktop.ui.deals.required_fields import ask_required, fill_then_move
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.invoices.invoices_tab import InvoicesTab

log = logging.getLogger(__name__)
FORM, TASKS, ACTIVITIES, INVOICES, DOCUMENTS, HISTORY = range(6)
WRITE_SETTLE_MS = 300


@dataclass(frozen=True, slots=True)
class Lists:
    assignable: list[Option]
    channels: list[Option]
    pipelines: list[PipelineOption]
    reasons: list[Option]
    users: list[Option]


class DealCardWindow(RecordWindow):
    sig_saved = Signal(int)
    """The deal was created, saved, moved or deleted (the argument is its id)."""
    sig_created = Signal(int)
    sig_loaded = Signal(object)
    """The card was (re)read or moved; the argument is the DealCard."""
    sig_move_failed = Signal(str)
    sig_client_requested = Signal(int)

    def __init__(self, ctx: UiContext, deal_id: int | None, parent: QWidget | None = None,
                 client_id: int | None = None) -> None:
        super().__init__("dealCard", parent)
        self._ctx, self.deal_id = ctx, deal_id
        self.card: DealCard | None = None
        self.lists = Lists([], [], [], [], [])
        self.loss_dialog: LossReasonDialog | None = None
        self.required_dialog: RequiredFieldsDialog | None = None
        self.header = DealHeader()
        self.form = DealForm(ctx)
        self.tasks = DealTasksPanel(ctx)
        self.activities = TimelinePanel(ctx)
        self.invoices = InvoicesTab(ctx)
        self.documents = DealDocumentsPanel(ctx)
        self.history = StageHistoryPanel()
        self.lay_out(self.header, error_label("dealCardError", "form"), [
            (self.form, self.tr("Deal")), (self.tasks, self.tr("Tasks")),
            (self.activities, self.tr("Activities")), (self.invoices, self.tr("Invoices")),
            (self.documents, self.tr("Documents")), (self.history, self.tr("Stage history"))])
        self._connect()
        self.resize(1180, 820)
        if deal_id is None:
            self.setWindowTitle(self.tr("New deal"))
            self.header.show_new()
            self.form.start_new(client_id)
            self.set_parts_enabled(False, self.tr("Save the deal first"))
        else:
            self.setWindowTitle(self.tr("Deal"))
        self._load_lists()

    def _connect(self) -> None:
        self.form.sig_saved.connect(self._on_form_saved)
        self.form.sig_deleted.connect(self._on_deleted)
        self.form.sig_client_loaded.connect(self._on_client_loaded)
        self.header.sig_client_clicked.connect(self.sig_client_requested.emit)
        self.header.stage_bar.sig_stage_clicked.connect(self._on_stage_clicked)
        self.tasks.sig_loaded.connect(lambda n: self.show_count(TASKS, self.tr("Tasks"), n))
        self.activities.sig_loaded.connect(
            lambda n: self.show_count(ACTIVITIES, self.tr("Activities"), n))
        self.documents.sig_changed.connect(
            lambda n: self.show_count(DOCUMENTS, self.tr("Documents"), n))
        self.invoices.sig_loaded.connect(
            lambda n: self.show_count(INVOICES, self.tr("Invoices"), n))

    # -- loading -----------------------------------------------------------------------------
    def _load_lists(self) -> None:
        ref, deals, deal_id = self._ctx.services.reference, self._ctx.services.deals, self.deal_id

        def work() -> tuple[Lists, DealCard | None]:
            lists = Lists(ref.users(assignable_only=True), ref.channels(), ref.pipelines(),
                          ref.loss_reasons(), ref.users())
            return lists, deals.get(deal_id) if deal_id is not None else None

        run(self._ctx.reads, self, work, self._on_lists_loaded, self.show_failure)

    def _on_lists_loaded(self, result: object) -> None:
        lists, card = cast(tuple[Lists, DealCard | None], result)
        self.lists = lists
        self.form.set_options(self.lists.assignable, self.lists.channels, self.lists.pipelines)
        if card is not None:
            self.form.set_card(card)
            self._show_card(card)
            self._load_parts(card)

    def reload(self) -> None:
        if self.deal_id is None:
            return
        deals, deal_id = self._ctx.services.deals, self.deal_id
        run(self._ctx.reads, self, lambda: deals.get(deal_id), self._on_reloaded,
            self.show_failure, key=f"deal:{id(self)}")

    def _on_reloaded(self, card: object) -> None:
        assert isinstance(card, DealCard)
        if not self.form.is_dirty():
            self.form.set_card(card)
        elif self.form.version != card.version:
            self.form.conflict_flow.show(card)  # the user types on: never interrupted
        self._show_card(card)

    def on_changed_elsewhere(self) -> None:
        """The deal was changed, perhaps on another workstation (live updates): an untouched
        form takes the stored deal; one being edited keeps the edits and shows the banner."""
        if self.deal_id is None:
            return
        if not self._ctx.writes.is_idle():  # our own save or move may be on its way
            QTimer.singleShot(WRITE_SETTLE_MS, self._recheck)
            return
        self.reload()

    def _recheck(self) -> None:
        if shiboken6.isValid(self):
            self.on_changed_elsewhere()

    def _pipeline(self, pipeline_id: int) -> PipelineOption | None:
        return next((p for p in self.lists.pipelines if p.id == pipeline_id), None)

    def _show_card(self, card: DealCard) -> None:
        self.card = card
        self.setWindowTitle(card.data.title)
        self.header.show_card(card, self._pipeline(card.data.pipeline_id))
        self.history.show_history(card, {u.id: u.name for u in self.lists.users})
        self.show_count(HISTORY, self.tr("Stage history"), len(card.history))
        show_inline(self.error, None)
        self.sig_loaded.emit(card)

    def _load_parts(self, card: DealCard) -> None:
        self.set_parts_enabled(True)
        self.tasks.load(card.id)
        self.activities.load(card.data.client_id, deal_id=card.id)
        self.invoices.load_deal(card.id)
        self.documents.load(card.id)

    def _on_client_loaded(self, client: object) -> None:
        assert isinstance(client, ClientCard)
        self.header.show_client(client.id, client.data.name)

    # -- moving between stages ---------------------------------------------------------------
    def _on_stage_clicked(self, stage_id: int) -> None:
        stage = self.header.stage_bar.stages[stage_id]
        if stage.kind is StageKind.LOST:
            title = self.card.data.title if self.card else ""
            dialog = LossReasonDialog(title, stage.name, self.lists.reasons, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(
                lambda: self.move_to(stage_id, dialog.reason_id(), dialog.comment()))
            self.loss_dialog = dialog
            dialog.open()
            return
        ask(self, self.tr("Move the deal"),
            self.tr('Move the deal to "%1"?').replace("%1", stage.name),
            lambda: self.move_to(stage_id))

    def move_to(self, stage_id: int, reason_id: int | None = None,
                comment: str | None = None, filled: FilledFields | None = None) -> None:
        """Move (after saving `filled`, the fields the stage asked for) on the write runner."""
        if self.card is None:
            return
        services, card = self._ctx.services, self.card
        run(self._ctx.writes, self,
            lambda: fill_then_move(services, card.id, card.version, stage_id, filled,
                                   reason_id, comment),
            lambda moved: self._on_moved(moved, filled),
            lambda exc: self._on_move_failed(exc, stage_id, reason_id, comment, filled))

    def _on_moved(self, card: object, filled: FilledFields | None = None) -> None:
        assert isinstance(card, DealCard)
        self.form.stage_moved(card, filled)
        self._show_card(card)
        self.sig_saved.emit(card.id)

    def _on_move_failed(self, exc: Exception, stage_id: int, reason_id: int | None,
                        comment: str | None, filled: FilledFields | None) -> None:
        if isinstance(exc, RequiredForStage) and filled is None and self.card is not None:
            def opened(dialog: RequiredFieldsDialog) -> None:
                self.required_dialog = dialog

            ask_required(self._ctx, self, self.card.id, exc, opened,
                         lambda answers: self.move_to(stage_id, reason_id, comment, answers),
                         self._on_move_failed_finally, prefill=self.form.typed_data())
            return
        self._on_move_failed_finally(exc)

    def _on_move_failed_finally(self, exc: Exception) -> None:
        text = describe(exc)
        if isinstance(exc, ValidationError) and self.form.fields.errors.resolve(exc.field):
            self.form.fields.errors.show_exception(exc)
            self.tabs.setCurrentIndex(FORM)
        show_inline(self.error, text)
        if isinstance(exc, EditConflict):
            self.reload()
        self.sig_move_failed.emit(text)

    # -- events from the form ----------------------------------------------------------------
    def _on_form_saved(self, card: object) -> None:
        assert isinstance(card, DealCard)
        created = self.deal_id is None
        self.deal_id = card.id
        self._show_card(card)
        if created:
            self._load_parts(card)
            self.sig_created.emit(card.id)
        self.sig_saved.emit(card.id)

    def _on_deleted(self, deal_id: int) -> None:
        self.sig_saved.emit(deal_id)
        self._force_close = True
        self.close()

    def has_unsaved_edits(self) -> bool:
        return self.form.is_dirty()

    def unsaved_question(self) -> str:
        return self.tr("The deal has unsaved changes. Close and discard them?")
