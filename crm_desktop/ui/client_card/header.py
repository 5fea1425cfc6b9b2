"""The top of the card: name, status, responsible, channel, main phone and e-mail, tags, star."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from crm_desktop.services.client_dto import ClientCard
from crm_desktop.services.enums import ClientKind, ContactMethodKind
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.formatting import NO_VALUE, money
from crm_desktop.ui.client_card.links import MethodLink
from crm_desktop.ui.client_card.tag_chips import TagChips


def _plain(object_name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def initials(name: str) -> str:
    words = [w for w in name.replace('"', " ").replace("«", " ").split() if w[:1].isalnum()]
    if len(words) > 1 and words[0].upper() in ("ООО", "АО", "ПАО", "ЗАО", "ИП", "LLC"):
        words = words[1:]
    return "".join(w[0] for w in words[:2]).upper() or "?"


class CardHeader(QFrame):
    sig_star_toggled = Signal(bool)
    """The user starred (True) or unstarred the client."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardHeader")
        self.avatar = _plain("cardAvatar")
        self.avatar.setFixedSize(52, 52)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = _plain("cardName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = _plain("cardKind")
        self.status_label = _plain("statusPill")
        self.star_button = QToolButton()
        self.star_button.setObjectName("favoriteButton")
        self.star_button.setCheckable(True)
        self.star_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.star_button.toggled.connect(self._on_star_toggled)
        self.manager_label = _plain("cardMeta")
        self.channel_label = _plain("cardMeta")
        self.deals_label = _plain("cardMeta")
        self.links = QHBoxLayout()
        self.links.setSpacing(14)
        self.tags = TagChips()
        self._build()
        self._set_star_text(False)

    def _build(self) -> None:
        title = QHBoxLayout()
        title.setSpacing(10)
        title.addWidget(self.name_label, 1)
        title.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addWidget(self.star_button, 0, Qt.AlignmentFlag.AlignVCenter)
        meta = QHBoxLayout()
        meta.setSpacing(18)
        for label in (self.kind_label, self.manager_label, self.channel_label,
                      self.deals_label):
            meta.addWidget(label)
        meta.addStretch(1)
        self.links.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addLayout(title)
        text.addLayout(meta)
        text.addLayout(self.links)
        text.addWidget(self.tags)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(16)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def show_new(self) -> None:
        self.name_label.setText(self.tr("New client"))
        self.avatar.setText("+")
        for widget in (self.status_label, self.star_button, self.tags, self.kind_label,
                       self.manager_label, self.channel_label, self.deals_label):
            widget.setVisible(False)

    def show_card(self, card: ClientCard) -> None:
        data = card.data
        self.name_label.setText(data.name)
        self.avatar.setText(initials(data.name))
        kind = labels.kind_text(data.kind)
        self.kind_label.setText(self.tr("{kind} · INN {inn}").format(kind=kind, inn=data.inn)
                                if data.inn else kind)
        self.status_label.setText(labels.status_text(data.status))
        self.status_label.setProperty("status", data.status.value)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.manager_label.setText(self.tr("Responsible: {name}").format(
            name=card.manager_name or NO_VALUE))
        self.channel_label.setText(self.tr("Channel: {name}").format(
            name=card.channel_name or NO_VALUE))
        self.deals_label.setText(self.tr("Open deals: {amount}").format(
            amount=money(card.open_deals_amount)))
        self.star_button.blockSignals(True)
        self.star_button.setChecked(card.is_favorite)
        self.star_button.blockSignals(False)
        self._set_star_text(card.is_favorite)
        self.tags.set_tags(card.tags)
        self._show_links(card)
        for widget in (self.status_label, self.star_button, self.tags, self.kind_label,
                       self.manager_label, self.channel_label, self.deals_label):
            widget.setVisible(True)
        self.avatar.setProperty("person", data.kind is ClientKind.PERSON)

    def _show_links(self, card: ClientCard) -> None:
        while self.links.count() > 1:
            item = self.links.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        shown = [m for m in card.client_methods if m.kind is ContactMethodKind.PHONE][:2]
        shown += [m for m in card.client_methods if m.kind is ContactMethodKind.EMAIL][:2]
        for position, method in enumerate(shown):
            self.links.insertWidget(position, MethodLink(method))

    def link_widgets(self) -> list[MethodLink]:
        items = (self.links.itemAt(i) for i in range(self.links.count()))
        return [w for item in items if item is not None
                and isinstance(w := item.widget(), MethodLink)]

    def _on_star_toggled(self, checked: bool) -> None:
        self._set_star_text(checked)
        self.sig_star_toggled.emit(checked)

    def _set_star_text(self, starred: bool) -> None:
        self.star_button.setText("★" if starred else "☆")
        self.star_button.setToolTip(self.tr("Remove from favourites") if starred
                                    else self.tr("Add to favourites"))
