"""Settings → Protection: the session lock, the lockout after failed sign-ins and the scraping
alert. Each number is checked as its field is left; the service checks again on save and a
failed save keeps what was typed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.security_settings import LIMITS, OUT_OF_RANGE, SecuritySettings
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe
from crm_desktop.ui.forms import FieldErrors, error_label
from crm_desktop.ui.session_lock.access import security_settings_service
from crm_desktop.ui.settings.card_flow import CardFlow

FIELDS = tuple(LIMITS)


def parse_limited(name: str, text: str) -> int:
    """The whole number typed into field `name`, or ValidationError when it is out of range."""
    low, high = LIMITS[name]
    try:
        value = int(text.strip().replace("\u202f", "").replace(" ", ""))
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise ValidationError(name, OUT_OF_RANGE, low=low, high=high)
    return value


class SecurityPanel(QWidget):
    """Mounted on the Settings page for administrators (the manage-users right)."""

    sig_loaded = Signal(object)
    """The settings were read or saved (the argument is SecuritySettings)."""
    sig_saved = Signal(object)
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securitySettings")
        self._ctx, self._service = ctx, security_settings_service(ctx)
        self.settings: SecuritySettings | None = None
        self.form_error = error_label("securityError", "form")
        self.errors = FieldErrors(self.form_error)
        self.edits = {name: QLineEdit() for name in FIELDS}
        for name, edit in self.edits.items():
            edit.setFixedWidth(110)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.editingFinished.connect(lambda n=name: self._check(n))
        self.save_button = QPushButton(self.tr("Save protection settings"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("settingsHint")
        self._layout()
        self.load()

    def _layout(self) -> None:
        title = QLabel(self.tr("Protection"))
        title.setObjectName("settingsTitle")
        hint = QLabel(self.tr("How the client base is guarded on every workstation. Changes "
                              "apply at the next sign-in and are recorded in the audit log."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        minutes = self.tr("min")
        # side by side on a wide screen, one under another on a laptop's
        cards = CardFlow(column_width=340, balanced=True)
        self._captions: list[QLabel] = []
        cards.addWidget(self._group(self.tr("Session lock"), self.tr(
            "The window is covered and asks for the password when nobody has touched the "
            "keyboard or mouse for this long. 0 — never lock."),
            [("lock_after_minutes", self.tr("Lock after"), minutes)]))
        cards.addWidget(self._group(self.tr("Failed sign-ins"), self.tr(
            "After this many wrong passwords in a row the account cannot sign in for a while; "
            "each attempt is audited."),
            [("failed_login_limit", self.tr("Wrong passwords"), self.tr("in a row")),
             ("failed_login_lock_minutes", self.tr("Account locked for"), minutes)]))
        cards.addWidget(self._group(self.tr("Scraping alert"), self.tr(
            "Administrators are notified and the audit log gets a marked entry when someone "
            "opens more cards than this within the period."),
            [("scraping_cards", self.tr("More than"), self.tr("cards")),
             ("scraping_minutes", self.tr("Within"), minutes)]))
        # the numbers of all cards start at one line when the cards stand one under another
        widest = max(caption.sizeHint().width() for caption in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(widest)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.form_error)
        layout.addLayout(cards)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _group(self, title: str, explanation: str,
               rows: list[tuple[str, str, str]]) -> QFrame:
        frame = QFrame()
        frame.setObjectName("settingsCard")
        grid = QGridLayout(frame)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        heading = QLabel(title)
        heading.setObjectName("featureHeading")
        text = QLabel(explanation)
        text.setObjectName("settingsHint")
        text.setWordWrap(True)
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addWidget(text, 1, 0, 1, 2)
        for index, (name, caption, unit) in enumerate(rows):
            row = 2 + 2 * index
            label = QLabel(caption)
            label.setObjectName("fieldCaption")
            self._captions.append(label)
            self.errors.add(name, self.edits[name]).deleteLater()
            # the error goes under the number and its unit, as wide as the card
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addWidget(self.edits[name])
            line.addWidget(QLabel(unit))
            line.addStretch(1)
            grid.addWidget(label, row, 0)
            grid.addLayout(line, row, 1)
            grid.addWidget(self.errors.label(name), row + 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2 + 2 * len(rows), 1)
        return frame

    def _check(self, name: str) -> int | None:
        try:
            value = parse_limited(name, self.edits[name].text())
        except ValidationError as exc:
            self.errors.show_field(name, describe(exc))
            return None
        self.errors.clear_field(name)
        return value

    # -- reading and saving ------------------------------------------------------------------
    def load(self) -> None:
        run(self._ctx.reads, self, self._service.get, self._on_loaded,
            lambda e: self.errors.show_form(describe(e)), key=f"security:{id(self)}")

    def _on_loaded(self, settings: SecuritySettings) -> None:
        self.settings = settings
        for name, edit in self.edits.items():
            edit.setText(str(getattr(settings, name)))
        self.errors.clear()
        self.sig_loaded.emit(settings)

    def save(self) -> None:
        if self.settings is None:
            return
        self.errors.clear()
        self.saved_label.clear()
        checked = {name: self._check(name) for name in FIELDS}
        values = {name: value for name, value in checked.items() if value is not None}
        bad = [name for name in FIELDS if name not in values]
        if bad:
            self.errors.editor(bad[0]).setFocus()
            self.sig_save_failed.emit(self.errors.label(bad[0]).text())
            return
        settings, service = replace(self.settings, **values), self._service
        self.save_button.setEnabled(False)
        run(self._ctx.writes, self, lambda: service.update(settings), self._on_saved,
            self._on_save_failed)

    def _on_saved(self, settings: SecuritySettings) -> None:
        self.save_button.setEnabled(True)
        self._on_loaded(settings)
        self.saved_label.setText(self.tr("Protection settings saved."))
        self.sig_saved.emit(settings)

    def _on_save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.sig_save_failed.emit(self.errors.show_exception(exc))
