"""The deal card: header with the stage bar, and tabs (deal form with products, tasks,
activities, invoices, documents, stage history). With no deal id it is the create form."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from crm_desktop.services.client_dto import ClientCard
from crm_desktop.services.deal_dto import DealCard
from crm_desktop.services.enums import StageKind
from crm_desktop.services.errors import EditConflict, ValidationError
from crm_desktop.services.reference import Option, PipelineOption
from crm_desktop.ui.card_layout import build_card_layout
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.client_card.invoices_tab import InvoicesPanel
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.deal_activities import DealActivitiesPanel
from crm_desktop.ui.deal_card.deal_documents import DealDocumentsPanel
from crm_desktop.ui.deal_card.deal_form import DealForm
from crm_desktop.ui.deal_card.deal_tasks import DealTasksPanel
from crm_desktop.ui.deal_card.header import DealHeader
from crm_desktop.ui.deal_card.history_tab import StageHistoryPanel
from crm_desktop.ui.deal_card.loss_dialog import LossReasonDialog
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label

log = logging.getLogger(__name__)
FORM, TASKS, ACTIVITIES, INVOICES, DOCUMENTS, HISTORY = range(6)


@dataclass(frozen=True, slots=True)
class Lists:
    assignable: list[Option]
    channels: list[Option]
    pipelines: list[PipelineOption]
    reasons: list[Option]
    users: list[Option]


class DealCardWindow(QWidget):
    sig_saved = Signal(int)
    """The deal was created, saved, moved or deleted (the argument is its id)."""
    sig_created = Signal(int)
    sig_loaded = Signal(object)
    """The card was (re)read or moved; the argument is the DealCard."""
    sig_move_failed = Signal(str)
    sig_client_requested = Signal(int)
    sig_closed = Signal(object)

    def __init__(self, ctx: UiContext, deal_id: int | None, parent: QWidget | None = None,
                 client_id: int | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("dealCard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ctx, self.deal_id = ctx, deal_id
        self.card: DealCard | None = None
        self.lists = Lists([], [], [], [], [])
        self._force_close = False
        self.header = DealHeader()
        self.error = error_label("dealCardError", "form")
        self.form = DealForm(ctx)
        self.tasks = DealTasksPanel(ctx)
        self.activities = DealActivitiesPanel(ctx)
        self.invoices = InvoicesPanel()
        self.invoices.empty_label.setText(self.tr(
            "No invoices for this deal yet. Invoicing comes in a later version; invoices "
            "issued from this deal's products will be listed here."))
        self.documents = DealDocumentsPanel(ctx)
        self.history = StageHistoryPanel()
        self.tabs = build_card_layout(self, self.header, self.error, [
            (self.form, self.tr("Deal")), (self.tasks, self.tr("Tasks")),
            (self.activities, self.tr("Activities")), (self.invoices, self.tr("Invoices")),
            (self.documents, self.tr("Documents")), (self.history, self.tr("Stage history"))])
        self._connect()
        self.resize(1180, 820)
        if deal_id is None:
            self.setWindowTitle(self.tr("New deal"))
            self.header.show_new()
            self.form.start_new(client_id)
            for index in range(1, self.tabs.count()):
                self.tabs.setTabEnabled(index, False)
                self.tabs.setTabToolTip(index, self.tr("Save the deal first"))
        else:
            self.setWindowTitle(self.tr("Deal"))
        self._load_lists()

    def _connect(self) -> None:
        self.form.sig_saved.connect(self._on_form_saved)
        self.form.sig_deleted.connect(self._on_deleted)
        self.form.sig_client_loaded.connect(self._on_client_loaded)
        self.header.sig_client_clicked.connect(self.sig_client_requested.emit)
        self.header.stage_bar.sig_stage_clicked.connect(self._on_stage_clicked)
        self.tasks.sig_loaded.connect(lambda n: self._count(TASKS, self.tr("Tasks"), n))
        self.activities.sig_loaded.connect(
            lambda n: self._count(ACTIVITIES, self.tr("Activities"), n))
        self.documents.sig_changed.connect(
            lambda n: self._count(DOCUMENTS, self.tr("Documents"), n))

    def _count(self, index: int, title: str, count: int) -> None:
        self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    # -- loading -----------------------------------------------------------------------------
    def _load_lists(self) -> None:
        ref, deals, deal_id = self._ctx.services.reference, self._ctx.services.deals, self.deal_id

        def work() -> tuple[Lists, DealCard | None]:
            lists = Lists(ref.users(assignable_only=True), ref.channels(), ref.pipelines(),
                          ref.loss_reasons(), ref.users())
            return lists, deals.get(deal_id) if deal_id is not None else None

        run(self._ctx.reads, self, work, self._on_lists_loaded, self._on_failed)

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
            self._on_failed, key=f"deal:{id(self)}")

    def _on_reloaded(self, card: object) -> None:
        assert isinstance(card, DealCard)
        if not self.form.is_dirty():
            self.form.set_card(card)
        self._show_card(card)

    def _pipeline(self, pipeline_id: int) -> PipelineOption | None:
        return next((p for p in self.lists.pipelines if p.id == pipeline_id), None)

    def _show_card(self, card: DealCard) -> None:
        self.card = card
        self.setWindowTitle(card.data.title)
        self.header.show_card(card, self._pipeline(card.data.pipeline_id))
        self.history.show_history(card, {u.id: u.name for u in self.lists.users})
        self._count(HISTORY, self.tr("Stage history"), len(card.history))
        show_inline(self.error, None)
        self.sig_loaded.emit(card)

    def _load_parts(self, card: DealCard) -> None:
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
            self.tabs.setTabToolTip(index, "")
        self.tasks.load(card.id)
        self.activities.load(card.data.client_id, card.id)
        self.documents.load(card.id)

    def _on_client_loaded(self, client: object) -> None:
        assert isinstance(client, ClientCard)
        self.header.show_client(client.id, client.data.name)

    def _on_failed(self, exc: Exception) -> None:
        show_inline(self.error, describe(exc))

    # -- moving between stages ---------------------------------------------------------------
    def _on_stage_clicked(self, stage_id: int) -> None:
        stage = self.header.stage_bar.stages[stage_id]
        if stage.kind is StageKind.LOST:
            dialog = LossReasonDialog(self.lists.reasons, stage.name, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(
                lambda: self.move_to(stage_id, dialog.reason_id(), dialog.comment()))
            dialog.open()
            return
        ask(self, self.tr("Move the deal"),
            self.tr('Move the deal to "%1"?').replace("%1", stage.name),
            lambda: self.move_to(stage_id))

    def move_to(self, stage_id: int, reason_id: int | None = None,
                comment: str | None = None) -> None:
        if self.card is None:
            return
        deals, card = self._ctx.services.deals, self.card
        run(self._ctx.writes, self,
            lambda: deals.move(card.id, stage_id, card.version, reason_id, comment),
            self._on_moved, self._on_move_failed)

    def _on_moved(self, card: object) -> None:
        assert isinstance(card, DealCard)
        self.form.stage_moved(card)
        self._show_card(card)
        self.sig_saved.emit(card.id)

    def _on_move_failed(self, exc: Exception) -> None:
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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._force_close and self.form.is_dirty():
            event.ignore()
            ask(self, self.tr("Unsaved changes"),
                self.tr("The deal has unsaved changes. Close and discard them?"),
                self.discard_and_close)
            return
        self.sig_closed.emit(self)
        super().closeEvent(event)

    def discard_and_close(self) -> None:
        self._force_close = True
        self.close()
