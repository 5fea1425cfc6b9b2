"""The Contacts tab: the client's own phones and e-mails, and the contact people."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.client_dto import ClientCard, ContactRow, MethodRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.client_card.contact_dialog import ContactDialog
from crm_desktop.ui.client_card.formatting import date_text
from crm_desktop.ui.client_card.links import MethodLink
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label


def _plain(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _links(methods: tuple[MethodRow, ...]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(14)
    for method in methods:
        row.addWidget(MethodLink(method))
    row.addStretch(1)
    return row


class ContactsPanel(QWidget):
    sig_changed = Signal()
    """A contact person was added, edited or deleted (the card re-reads the client)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPanel")
        self._ctx = ctx
        self._card: ClientCard | None = None
        self.dialog: ContactDialog | None = None
        self.add_button = QPushButton(self.tr("+ Contact person"))
        self.add_button.setObjectName("addContactButton")
        self.add_button.clicked.connect(lambda: self.edit_contact(None))
        self.error = error_label("contactsError", "form")
        self._list = QVBoxLayout()
        self._list.setSpacing(10)
        holder = QWidget()
        holder.setObjectName("tabBody")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 6, 0)
        column.addLayout(self._list)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        top = QHBoxLayout()
        top.addWidget(self.error, 1)
        top.addStretch(0)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.contact_frames: dict[int, QFrame] = {}
        self.edit_buttons: dict[int, QPushButton] = {}
        self.delete_buttons: dict[int, QPushButton] = {}

    def set_card(self, card: ClientCard) -> None:
        self._card = card
        while self._list.count():
            item = self._list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.contact_frames, self.edit_buttons, self.delete_buttons = {}, {}, {}
        if card.client_methods:
            own = QFrame()
            own.setObjectName("cardSection")
            column = QVBoxLayout(own)
            column.addWidget(_plain(self.tr("Phones and e-mails of the client"), "sectionTitle"))
            column.addLayout(_links(card.client_methods))
            self._list.addWidget(own)
        for contact in card.contacts:
            frame = self._contact_frame(contact)
            self.contact_frames[contact.id] = frame
            self._list.addWidget(frame)
        if not card.contacts:
            self._list.addWidget(_plain(self.tr("No contact people yet. Add the people you talk "
                                                "to: position, phones, e-mails, birthday."),
                                        "emptyState"))

    def _contact_frame(self, contact: ContactRow) -> QFrame:
        frame = QFrame()
        frame.setObjectName("cardSection")
        name = _plain(contact.full_name, "contactName")
        name.setWordWrap(False)
        title = QHBoxLayout()
        title.addWidget(name)
        if contact.is_primary:
            title.addWidget(_plain(self.tr("main contact"), "primaryBadge"))
        title.addStretch(1)
        edit = QPushButton(self.tr("Edit"))
        edit.setObjectName("linkButton")
        edit.clicked.connect(lambda _c=False, c=contact: self.edit_contact(c))
        delete = QPushButton(self.tr("Delete"))
        delete.setObjectName("linkButton")
        delete.clicked.connect(lambda _c=False, c=contact: self.confirm_delete(c))
        title.addWidget(edit)
        title.addWidget(delete)
        self.edit_buttons[contact.id], self.delete_buttons[contact.id] = edit, delete
        details = [contact.position or ""]
        if contact.birthday:
            details.append(self.tr("birthday {date}").format(date=date_text(contact.birthday)))
        column = QVBoxLayout(frame)
        column.setSpacing(4)
        column.addLayout(title)
        if any(details):
            column.addWidget(_plain(" · ".join(d for d in details if d), "contactMeta"))
        column.addLayout(_links(contact.methods))
        if contact.note:
            column.addWidget(_plain(contact.note, "contactNote"))
        return frame

    def edit_contact(self, contact: ContactRow | None) -> ContactDialog | None:
        if self._card is None:
            return None
        self.dialog = ContactDialog(self._ctx, self._card.id, contact, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.sig_saved.connect(lambda _row: self.sig_changed.emit())
        self.dialog.open()
        return self.dialog

    def confirm_delete(self, contact: ContactRow) -> None:
        ask(self, self.tr("Delete contact person"),
            self.tr("Delete {name}?").format(name=contact.full_name),
            lambda: self.delete_contact(contact))

    def delete_contact(self, contact: ContactRow) -> None:
        clients = self._ctx.services.clients
        show_inline(self.error, None)
        run(self._ctx.writes, self, lambda: clients.delete_contact(contact.id, contact.version),
            lambda _r: self.sig_changed.emit(),
            lambda exc: show_inline(self.error, describe(exc)))
