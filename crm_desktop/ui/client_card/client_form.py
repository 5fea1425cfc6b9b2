"""Create or edit a client: duplicate warning before saving, inline errors, edit conflicts."""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QWidget,
)

from crm_desktop.services.client_dto import ClientCard, ClientData
from crm_desktop.services.clients import validate_client, validate_methods
from crm_desktop.services.duplicates import Duplicate
from crm_desktop.services.enums import ClientKind
from crm_desktop.services.errors import EditConflict, ValidationError
from crm_desktop.services.reference import Option
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.client_changes import (
    client_conflict_banner,
    comparable,
    contact_keys,
    differences,
)
from crm_desktop.ui.client_card.client_fields import ClientFields
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.client_card.duplicate_banner import DuplicateBanner
from crm_desktop.ui.common.conflict_banner import Change
from crm_desktop.ui.common.edit_conflict import EditConflictFlow
from crm_desktop.ui.common.record_form import lay_out_record_form
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.save_key import SaveKey

log = logging.getLogger(__name__)


class ClientForm(QWidget):
    """The form of one client (None: a new one). All service calls go through the runners."""

    sig_saved = Signal(object)
    """The client was created or updated; the argument is the fresh ClientCard."""
    sig_save_failed = Signal(str)
    """Saving failed; the message is shown inline and the form keeps what was typed."""
    sig_duplicates_shown = Signal(list)
    """Possible duplicates were found before saving; the warning is shown."""
    sig_conflict_shown = Signal(list)
    """Someone saved first; the banner lists their changes (caption, old, new)."""
    sig_open_requested = Signal(int)
    """The user asked to open an existing client (from the duplicate warning)."""
    sig_deleted = Signal(int)
    sig_cancelled = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientForm")
        self._ctx = ctx
        self._client_id: int | None = None
        self._version = 0
        self._started = ClientData()
        self._busy = False
        self._save_key = SaveKey()
        self.form_error = error_label("formError", "form")
        self.fields = ClientFields(self.form_error)
        self.duplicates = DuplicateBanner()
        self.conflict = client_conflict_banner()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.delete_button = QPushButton(self.tr("Delete client"))
        self.delete_button.setObjectName("dangerButton")
        self._build()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.duplicates.sig_open_requested.connect(self.sig_open_requested.emit)
        self.duplicates.sig_save_anyway.connect(self._on_duplicates_save_anyway)
        self.conflict_flow = EditConflictFlow(ctx, self, self.conflict, self._their_changes,
                                              self._reload_theirs, self._overwrite,
                                              self._on_failed)
        self.conflict_flow.sig_shown.connect(self._on_conflict_shown)
        self._load_options()

    def _build(self) -> None:
        lay_out_record_form(self, [self.form_error, self.duplicates, self.conflict],
                            [self.fields], self.delete_button, self.revert_button,
                            self.save_button)

    def _load_options(self) -> None:
        ref = self._ctx.services.reference
        run(self._ctx.reads, self, lambda: (ref.users(assignable_only=True), ref.channels()),
            self._on_options_loaded, self.fields.errors.show_exception)

    def _on_options_loaded(self, result: object) -> None:
        users, channels = cast(tuple[list[Option], list[Option]], result)
        self.fields.set_options(users, channels)

    # -- state -------------------------------------------------------------------------------
    @property
    def client_id(self) -> int | None:
        return self._client_id

    @property
    def version(self) -> int:
        return self._version

    def start_new(self, kind: ClientKind = ClientKind.COMPANY) -> None:
        actor = self._ctx.services.actor
        self._client_id, self._version = None, 0
        self._save_key.reset()
        self._started = ClientData(kind=kind, manager_id=actor.user_id or None)
        self.fields.fill(self._started, manager_name=actor.full_name)
        self.delete_button.setVisible(False)
        self.revert_button.setText(self.tr("Cancel"))

    def set_card(self, card: ClientCard) -> None:
        """Show the stored client (discarding edits) and remember its version."""
        self._client_id, self._version, self._started = card.id, card.version, card.data
        self._save_key.reset()
        self.fields.fill(card.data, card.manager_name, card.channel_name)
        self.delete_button.setVisible(True)
        self.revert_button.setText(self.tr("Discard changes"))
        self.duplicates.setVisible(False)
        self.conflict.setVisible(False)

    def card_refreshed(self, card: ClientCard) -> None:
        """The card was re-read (tags or contacts changed): keep typed edits, adopt a version
        only when the data the form started from is still what is stored."""
        if comparable(card.data) == comparable(self._started):
            self._version = card.version
        elif not self.is_dirty():
            self.set_card(card)

    def is_dirty(self) -> bool:
        try:
            return comparable(self.fields.data()) != comparable(self._started)
        except ValidationError:
            return True

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        """Validate, warn about duplicates (new client, or INN/phones/e-mails changed), save."""
        if self._busy:
            return
        self.fields.clear_errors()
        self.duplicates.setVisible(False)
        self.conflict.setVisible(False)
        data = self._checked_data()
        if data is None:
            return
        inn = validate_client(data)["inn"]
        if self._client_id is None or inn != self._started.inn or (
                contact_keys(data) - contact_keys(self._started)):
            finder, exclude = self._ctx.services.duplicates, self._client_id
            self._set_busy(True)
            run(self._ctx.reads, self, lambda: finder.find(inn, data.methods, exclude),
                lambda found: self._on_duplicates_found(data, found),
                self._on_failed)
        else:
            self._write(data)

    def _checked_data(self) -> ClientData | None:
        try:
            data = self.fields.data()
            validate_client(data)
            validate_methods(data.methods)
        except ValidationError as exc:
            self.sig_save_failed.emit(self.fields.show_exception(exc))
            return None
        return data

    def _on_duplicates_found(self, data: ClientData, found: object) -> None:
        self._set_busy(False)
        duplicates: list[Duplicate] = list(found)  # type: ignore[call-overload]
        if not duplicates:
            self._write(data)
            return
        self.duplicates.show_duplicates(duplicates)
        self.sig_duplicates_shown.emit(duplicates)

    def _on_duplicates_save_anyway(self) -> None:
        self.duplicates.setVisible(False)
        data = self._checked_data()
        if data is not None:
            self._write(data)

    def _write(self, data: ClientData) -> None:
        clients, client_id, version = self._ctx.services.clients, self._client_id, self._version
        key = self._save_key.take(data)  # a retry of this edit sends the same key
        self._set_busy(True)
        if client_id is None:
            run(self._ctx.writes, self, lambda: clients.create(data, key),
                lambda card: self._on_saved(card, data), self._on_failed)
        else:
            run(self._ctx.writes, self, lambda: clients.update(client_id, data, version, key),
                lambda card: self._on_saved(card, data), self._on_failed)

    def _on_saved(self, card: object, data: ClientData) -> None:
        self._set_busy(False)
        assert isinstance(card, ClientCard)
        if self._save_key.succeeded(data):  # maybe an earlier attempt: save what is typed now
            self._client_id, self._version, self._started = card.id, card.version, card.data
            self._write(data)
            return
        log.info("client %s saved (version %s)", card.id, card.version)
        self.set_card(card)
        self.sig_saved.emit(card)

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        exc = self._save_key.failed(exc)
        if isinstance(exc, EditConflict) and self._client_id is not None:
            clients, client_id = self._ctx.services.clients, self._client_id
            self.conflict_flow.start(lambda: clients.get(client_id))
            return
        self.sig_save_failed.emit(self.fields.show_exception(exc))

    # -- conflicts -------------------------------------------------------------------------
    def _their_changes(self, fresh: object) -> list[Change]:
        assert isinstance(fresh, ClientCard)
        names = {
            "manager_id": lambda v: (fresh.manager_name if v == fresh.data.manager_id
                                     else self.fields.manager_combo.name_of(v)) or "—",
            "channel_id": lambda v: (fresh.channel_name if v == fresh.data.channel_id
                                     else self.fields.channel_combo.name_of(v)) or "—",
        }
        return differences(self._started, fresh.data, self.fields.captions, names)

    def _on_conflict_shown(self, changes: list[Change]) -> None:
        self.sig_conflict_shown.emit(changes)
        self.sig_save_failed.emit(self.conflict.title.text())

    def _reload_theirs(self, fresh: object) -> None:
        """Discard own edits and show the stored client."""
        assert isinstance(fresh, ClientCard)
        self.set_card(fresh)
        self.sig_saved.emit(fresh)

    def _overwrite(self, fresh: object) -> None:
        """Save what the user typed over their version (a conscious choice)."""
        assert isinstance(fresh, ClientCard)
        self._version, self._started = fresh.version, fresh.data
        data = self._checked_data()
        if data is not None:
            self._write(data)

    # -- other actions ---------------------------------------------------------------------
    def revert(self) -> None:
        if self._client_id is None:
            self.sig_cancelled.emit()
            return
        self.fields.fill(self._started, self.fields.manager_combo.currentText(),
                         self.fields.channel_combo.currentText())

    def confirm_delete(self) -> QMessageBox:
        return ask(self, self.tr("Delete client"),
                   self.tr("Delete this client with its contact people, history and documents? "
                           "This cannot be undone."), self._on_delete_confirmed)

    def _on_delete_confirmed(self) -> None:
        if self._client_id is None:
            return
        clients, client_id, version = self._ctx.services.clients, self._client_id, self._version
        self._set_busy(True)
        run(self._ctx.writes, self, lambda: clients.delete(client_id, version),
            lambda _r: self._on_deleted(client_id), self._on_failed)

    def _on_deleted(self, client_id: int) -> None:
        self._set_busy(False)
        self.sig_deleted.emit(client_id)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.delete_button, self.revert_button):
            button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
