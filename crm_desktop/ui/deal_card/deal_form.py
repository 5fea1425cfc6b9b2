"""Create or edit a deal: fields, line items, inline errors, the edit-conflict banner."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.client_dto import ClientCard
from crm_desktop.services.deal_dto import DealCard, DealData, split_item_field
from crm_desktop.services.errors import EditConflict, ValidationError
from crm_desktop.services.reference import Option, PipelineOption
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.common.conflict_banner import Change
from crm_desktop.ui.common.edit_conflict import EditConflictFlow
from crm_desktop.ui.common.record_form import lay_out_record_form
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.deal_changes import deal_changes, deal_conflict_banner
from crm_desktop.ui.deal_card.deal_fields import DealFields
from crm_desktop.ui.deal_card.items_editor import ItemsEditor
from crm_desktop.ui.deals.required_dialog import FilledFields
from crm_desktop.ui.errors import describe
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.save_key import SaveKey


def _section(title: str, body: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("cardSection")
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(10)
    layout.addWidget(label)
    layout.addWidget(body)
    return frame


class DealForm(QWidget):
    """The form of one deal (None: a new one). Every service call goes through the runners."""

    sig_saved = Signal(object)
    """The deal was created or updated; the argument is the fresh DealCard."""
    sig_save_failed = Signal(str)
    """Saving failed; the message is shown inline and the form keeps what was typed."""
    sig_conflict_shown = Signal(list)
    """Someone saved first; the banner lists their changes (caption, old, new)."""
    sig_deleted = Signal(int)
    sig_client_loaded = Signal(object)
    """The deal's client was read (the argument is its ClientCard)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealForm")
        self._ctx = ctx
        self.deal_id: int | None = None
        self.version = 0
        self._started = DealData()
        self._baseline: object = None
        self._save_key = SaveKey()
        self.form_error = error_label("formError", "form")
        self.fields = DealFields(ctx, self.form_error)
        self.items = ItemsEditor(ctx)
        self.conflict = deal_conflict_banner()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.delete_button = QPushButton(self.tr("Delete deal"))
        self.delete_button.setObjectName("dangerButton")
        self._build()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.conflict_flow = EditConflictFlow(ctx, self, self.conflict, self._their_changes,
                                              self._reload_theirs, self._overwrite,
                                              self.fields.errors.show_exception)
        self.conflict_flow.sig_shown.connect(self._on_conflict_shown)
        self.items.sig_changed.connect(self._on_items_changed)
        self.fields.sig_client_chosen.connect(self.load_client)
        self._on_items_changed()

    def _build(self) -> None:
        lay_out_record_form(self, [self.form_error, self.conflict],
                            [_section(self.tr("Deal"), self.fields),
                             _section(self.tr("Products and services"), self.items)],
                            self.delete_button, self.revert_button, self.save_button)

    def set_options(self, users: list[Option], channels: list[Option],
                    pipelines: list[PipelineOption]) -> None:
        self.fields.set_options(users, channels, pipelines)
        self._baseline = self._snapshot()

    # -- state -------------------------------------------------------------------------------
    def start_new(self, client_id: int | None) -> None:
        self.deal_id, self.version = None, 0
        self._save_key.reset()
        self.delete_button.setVisible(False)
        self.fields.pipeline_combo.setEnabled(True)
        if client_id is not None:
            self.load_client(client_id)
        self._baseline = self._snapshot()

    def set_card(self, card: DealCard, client_name: str = "") -> None:
        self.deal_id, self.version, self._started = card.id, card.version, card.data
        self._save_key.reset()
        same_client = self.fields.client_picker.client_id == card.data.client_id
        self.fields.set_data(card.data, client_name or self.fields.client_picker.text())
        if not same_client:
            self.load_client(card.data.client_id)
        self.fields.pipeline_combo.setEnabled(False)
        self.items.set_items(card.data.items)
        self._on_items_changed()
        self.delete_button.setVisible(True)
        self.conflict.setVisible(False)
        self.fields.errors.clear()
        self._baseline = self._snapshot()

    def stage_moved(self, card: DealCard, filled: FilledFields | None = None) -> None:
        """A move saved a new version: an untouched form shows it; edits in progress stay, and
        only the fields the stage asked for (`filled`) take the stored values."""
        if not self.is_dirty():
            self.set_card(card)
            return
        self.version, self._started = card.version, card.data
        if filled is not None:
            self.fields.show_values(card.data, [*filled.values, "contact_id"]
                                    if filled.new_contact else list(filled.values))
            if filled.new_contact:
                self.load_client(card.data.client_id)

    def typed_data(self) -> DealData | None:
        """What the form holds now, or None while a line item has an unreadable number."""
        snapshot = self._snapshot()
        return snapshot if isinstance(snapshot, DealData) else None

    def load_client(self, client_id: int) -> None:
        clients = self._ctx.services.clients
        run(self._ctx.reads, self, lambda: clients.get(client_id), self._on_client_loaded,
            self.fields.errors.show_exception, key=f"dealclient:{id(self)}")

    def _on_client_loaded(self, card: object) -> None:
        assert isinstance(card, ClientCard)
        dirty = self.is_dirty()
        self.fields.set_contacts([Option(c.id, c.full_name) for c in card.contacts])
        if self.fields.client_picker.client_id in (None, card.id):
            self.fields.client_picker.set_client(card.id, card.data.name)
        if self.deal_id is None and not self.fields.channel_combo.value():
            self.fields.channel_combo.set_value(card.data.channel_id)
        if not dirty:
            self._baseline = self._snapshot()
        self.sig_client_loaded.emit(card)

    def _on_items_changed(self) -> None:
        total, _vat = self.items.refresh()
        self.fields.show_computed(self.items.has_items(), total)
        self.fields.errors.clear_field("amount")

    def _snapshot(self) -> object:
        items = self.items.items() if all(self._parses()) else None
        return None if items is None else self.fields.data(items)

    def _parses(self) -> list[bool]:
        result = []
        for row in self.items.filled():
            try:
                row.data()
                result.append(True)
            except KeyError:
                result.append(False)
        return result

    def is_dirty(self) -> bool:
        return self._snapshot() != self._baseline

    # -- saving ------------------------------------------------------------------------------
    def save(self, *, seen_version: int | None = None) -> None:
        self.fields.errors.clear()
        items = self.items.items()
        if items is None:
            self.sig_save_failed.emit(self.items.error_text())
            return
        data = self.fields.data(items)
        if not data.client_id:
            text = self.tr("Choose the client from the list.")
            self.fields.errors.show_field("client_id", text)
            self.sig_save_failed.emit(text)
            return
        deals, deal_id = self._ctx.services.deals, self.deal_id
        version = self.version if seen_version is None else seen_version
        key = self._save_key.take(data)  # a retry of this edit sends the same key
        work = ((lambda: deals.create(data, key)) if deal_id is None
                else (lambda: deals.update(deal_id, data, version, key)))
        self.save_button.setEnabled(False)
        run(self._ctx.writes, self, work, lambda card: self._on_saved(card, data),
            self._on_save_failed)

    def _on_saved(self, card: object, data: DealData) -> None:
        assert isinstance(card, DealCard)
        self.save_button.setEnabled(True)
        if self._save_key.succeeded(data):  # maybe an earlier attempt: save what is typed now
            self.deal_id, self.version, self._started = card.id, card.version, card.data
            self.save()
            return
        self.set_card(card)
        self.sig_saved.emit(card)

    def _on_save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        exc = self._save_key.failed(exc)
        if isinstance(exc, EditConflict) and self.deal_id is not None:
            deals, deal_id = self._ctx.services.deals, self.deal_id
            self.conflict_flow.start(lambda: deals.get(deal_id))
            return
        if isinstance(exc, ValidationError) and split_item_field(exc.field) is not None:
            self.items.show_error(exc.field, describe(exc))
            text = describe(exc)
        else:
            text = self.fields.errors.show_exception(exc)
        self.sig_save_failed.emit(text)

    def _their_changes(self, fresh: object) -> list[Change]:
        assert isinstance(fresh, DealCard)
        return deal_changes(self._started, fresh.data, self.fields)

    def _on_conflict_shown(self, changes: list[Change]) -> None:
        self.sig_save_failed.emit(describe(EditConflict("deal", self.deal_id)))
        self.sig_conflict_shown.emit(changes)

    def _overwrite(self, fresh: object) -> None:
        assert isinstance(fresh, DealCard)
        self.save(seen_version=fresh.version)

    def _reload_theirs(self, fresh: object) -> None:
        assert isinstance(fresh, DealCard)
        self.set_card(fresh)
        self.sig_saved.emit(fresh)

    def revert(self) -> None:
        if self.deal_id is None:
            self.fields.errors.clear()
            return
        deals, deal_id = self._ctx.services.deals, self.deal_id
        run(self._ctx.reads, self, lambda: deals.get(deal_id), self.set_card,
            self.fields.errors.show_exception)

    def confirm_delete(self) -> None:
        if self.deal_id is not None:
            ask(self, self.tr("Delete the deal"),
                self.tr("Delete this deal with its products and stage history?"), self.delete)

    def delete(self) -> None:
        deals, deal_id, version = self._ctx.services.deals, self.deal_id, self.version
        if deal_id is None:
            return
        run(self._ctx.writes, self, lambda: deals.delete(deal_id, version),
            lambda _r: self.sig_deleted.emit(deal_id), self.fields.errors.show_exception)
