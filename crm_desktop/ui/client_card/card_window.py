"""The 360° client card: a header and tabs (requisites, contacts, timeline, deals, tasks,
invoices, documents). With no client id it is the create form, and becomes the card on save."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.client_dto import ClientCard
from crm_desktop.services.enums import ClientKind
from crm_desktop.services.reference import ReferenceService
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.client_form import ClientForm
from crm_desktop.ui.client_card.contacts_panel import ContactsPanel
from crm_desktop.ui.client_card.deals_tab import DealsPanel
from crm_desktop.ui.client_card.documents import DocumentsPanel
from crm_desktop.ui.client_card.header import CardHeader
from crm_desktop.ui.client_card.tasks_tab import TasksPanel
from crm_desktop.ui.client_card.timeline import TimelinePanel
from crm_desktop.ui.common.record_window import RecordWindow
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.invoices.invoices_tab import InvoicesTab

log = logging.getLogger(__name__)

WRITE_SETTLE_MS = 300


class ClientCardWindow(RecordWindow):
    """One client's window. Every service call runs on the context's runners."""

    sig_saved = Signal(int)
    """The client (or something on its card) was saved or deleted."""
    sig_created = Signal(int)
    """The create form saved a new client with this id; the window now shows its card."""
    sig_open_requested = Signal(int)
    """The user asked to open another client (a duplicate)."""
    sig_loaded = Signal(object)
    """The card was (re)read; the argument is the ClientCard."""

    def __init__(self, ctx: UiContext, client_id: int | None,
                 parent: QWidget | None = None, kind: ClientKind = ClientKind.COMPANY) -> None:
        super().__init__("clientCard", parent)
        self._ctx = ctx
        self.client_id = client_id
        self.card: ClientCard | None = None
        self.header = CardHeader()
        self.form = ClientForm(ctx)
        self.contacts = ContactsPanel(ctx)
        self.timeline = TimelinePanel(ctx)
        self.deals = DealsPanel(ctx)
        self.tasks = TasksPanel(ctx)
        self.invoices = InvoicesTab(ctx)
        self.documents = DocumentsPanel(ctx)
        self.lay_out(self.header, error_label("cardError", "form"), [
            (self.form, self.tr("Requisites")), (self.contacts, self.tr("Contacts")),
            (self.timeline, self.tr("Timeline")), (self.deals, self.tr("Deals")),
            (self.tasks, self.tr("Tasks")), (self.invoices, self.tr("Invoices")),
            (self.documents, self.tr("Documents"))])
        self._connect()
        self.resize(1180, 800)
        if client_id is None:
            self._start_new(kind)
        else:
            self.setWindowTitle(self.tr("Client"))
            self.reload(first=True)
        self._load_tags()

    def _connect(self) -> None:
        self.form.sig_saved.connect(self._on_form_saved)
        self.form.sig_deleted.connect(self._on_deleted)
        self.form.sig_cancelled.connect(self.close)
        self.form.sig_open_requested.connect(self.sig_open_requested.emit)
        self.contacts.sig_changed.connect(self._on_part_changed)
        self.timeline.sig_changed.connect(self._on_part_changed)
        self.header.sig_star_toggled.connect(self._on_star_toggled)
        self.header.tags.sig_add_requested.connect(self._on_tag_add_requested)
        self.header.tags.sig_remove_requested.connect(self._on_tag_remove_requested)
        self.deals.sig_loaded.connect(lambda n: self.show_count(3, self.tr("Deals"), n))
        self.tasks.sig_loaded.connect(lambda n: self.show_count(4, self.tr("Tasks"), n))
        self.invoices.sig_loaded.connect(lambda n: self.show_count(5, self.tr("Invoices"), n))
        self.documents.sig_changed.connect(
            lambda n: self.show_count(6, self.tr("Documents"), n))

    def _start_new(self, kind: ClientKind) -> None:
        self.setWindowTitle(self.tr("New client"))
        self.header.show_new()
        self.form.start_new(kind)
        self.set_parts_enabled(False, self.tr("Save the client first"))

    # -- loading -----------------------------------------------------------------------------
    def reload(self, *, first: bool = False) -> None:
        if self.client_id is None:
            return
        clients, client_id = self._ctx.services.clients, self.client_id
        run(self._ctx.reads, self, lambda: clients.get(client_id),
            lambda card: self._on_card_loaded(card, first),
            self.show_failure, key=f"card:{id(self)}")

    def _on_card_loaded(self, card: object, first: bool) -> None:
        assert isinstance(card, ClientCard)
        if first:
            self.form.set_card(card)
            self._load_parts(card.id)
        else:
            self.form.card_refreshed(card)
            if self.form.is_dirty() and self.form.version != card.version:
                self.form.conflict_flow.show(card)  # the user types on: never interrupted
        self._show_card(card)
        self.sig_loaded.emit(card)

    # -- live updates ------------------------------------------------------------------------
    def on_changed_elsewhere(self, tables: Collection[str]) -> None:
        """The client or something on its card (tables: clients, contacts, activities, deals,
        tasks) was changed, perhaps on another workstation: re-read what shows it. An untouched
        form takes the stored data; one being edited keeps the edits and shows the banner."""
        if self.client_id is None:
            return
        if not self._ctx.writes.is_idle():  # our own save may be on its way: look after it
            QTimer.singleShot(WRITE_SETTLE_MS, lambda: self._recheck(tables))
            return
        if {"clients", "contacts"} & set(tables):
            self.reload()
        if "activities" in tables:
            self.timeline.load(self.client_id)
        if "deals" in tables:
            self.deals.load(self.client_id)
        if "tasks" in tables:
            self.tasks.load(self.client_id)

    def _recheck(self, tables: Collection[str]) -> None:
        if shiboken6.isValid(self):
            self.on_changed_elsewhere(tables)

    def _show_card(self, card: ClientCard) -> None:
        self.card = card
        self.setWindowTitle(card.data.name)
        self.header.show_card(card)
        self.contacts.set_card(card)
        self.show_count(1, self.tr("Contacts"), len(card.contacts))
        show_inline(self.error, None)

    def _load_parts(self, client_id: int) -> None:
        self.set_parts_enabled(True)
        self.timeline.load(client_id)
        self.deals.load(client_id)
        self.tasks.load(client_id)
        self.invoices.load_client(client_id)
        self.documents.load(client_id)

    def _load_tags(self) -> None:
        ref = self._ctx.services.reference
        run(self._ctx.reads, self, ref.tags, self.header.tags.set_options, self.show_failure)

    # -- events from the parts ---------------------------------------------------------------
    def _on_form_saved(self, card: object) -> None:
        assert isinstance(card, ClientCard)
        created = self.client_id is None
        self.client_id = card.id
        self._show_card(card)
        if created:
            self._load_parts(card.id)
            self.sig_created.emit(card.id)
        self.sig_saved.emit(card.id)

    def _on_part_changed(self) -> None:
        self.reload()
        if self.client_id is not None:
            self.sig_saved.emit(self.client_id)

    def _on_deleted(self, client_id: int) -> None:
        self.sig_saved.emit(client_id)
        self._force_close = True
        self.close()

    def _on_star_toggled(self, starred: bool) -> None:
        if self.client_id is None:
            return
        favorites, client_id = self._ctx.services.favorites, self.client_id
        run(self._ctx.writes, self, lambda: favorites.star(client_id, starred),
            lambda _r: self.sig_saved.emit(client_id), self._on_tags_failed)

    def _on_tag_add_requested(self, name: str) -> None:
        if self.card is None:
            return
        ids = [tag_id for tag_id, _n in self.card.tags]
        self._set_tags(lambda ref: ids + [ref.add_tag(name).id])

    def _on_tag_remove_requested(self, tag_id: int) -> None:
        if self.card is None:
            return
        ids = [t for t, _n in self.card.tags if t != tag_id]
        self._set_tags(lambda _ref: ids)

    def _set_tags(self, tag_ids: Callable[[ReferenceService], list[int]]) -> None:
        assert self.card is not None
        services, client_id, version = self._ctx.services, self.card.id, self.card.version

        def work() -> ClientCard:
            ids = list(dict.fromkeys(tag_ids(services.reference)))
            return services.clients.set_tags(client_id, ids, version)

        run(self._ctx.writes, self, work, self._on_tags_saved, self._on_tags_failed)

    def _on_tags_saved(self, card: object) -> None:
        assert isinstance(card, ClientCard)
        self.form.card_refreshed(card)
        self._show_card(card)
        self._load_tags()
        self.sig_saved.emit(card.id)

    def _on_tags_failed(self, exc: Exception) -> None:
        self.show_failure(exc)
        self.reload()

    # -- closing -------------------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        return self.form.is_dirty()

    def unsaved_question(self) -> str:
        return self.tr("The client's data has unsaved changes. Close and discard them?")
