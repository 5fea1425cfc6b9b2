"""An employee leaves: choose the colleague who takes over, confirm, then read the report of
what the leaver opened, exported and printed in the last 30 days. The work runs on the write
runner; a refusal is shown next to the colleague and nothing changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.offboarding import OffboardingService, OffboardReport, OffboardResult
from crm_desktop.services.users import UserRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import FieldErrors, dialog_header, error_label
from crm_desktop.ui.settings.offboard_report import OffboardReportView

REPORT_DAYS = 30
STYLE = """
QPushButton#primaryButton:disabled { background: #c7d2fe; border-color: #c7d2fe; color: #ffffff; }
#offboardSummary { background: #ecfdf3; color: #166534; border-radius: 8px; padding: 10px 12px; }
"""


def offboarding_service(ctx: UiContext) -> OffboardingService:
    return OffboardingService(ctx.services.users._sessions, ctx.services.actor)


def _likely_successor(leaver: UserRow, colleagues: list[UserRow]) -> UserRow | None:
    """Someone of the same team and role, else of the same team, else of the same role."""
    def rank(user: UserRow) -> int:
        same_team = leaver.team is not None and user.team == leaver.team
        return (0 if same_team else 2) + (0 if user.role_key == leaver.role_key else 1)

    return min(colleagues, key=rank, default=None)


class OffboardDialog(QDialog):
    sig_offboarded = Signal(object)
    """The user was disabled and their records handed over (the argument is OffboardResult)."""
    sig_failed = Signal(str)

    def __init__(self, ctx: UiContext, leaver: UserRow, users: list[UserRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offboardDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("An employee leaves"))
        self._ctx, self.leaver = ctx, leaver
        self.result_row: OffboardResult | None = None
        self.form_error = error_label("offboardError", "form")
        self.errors = FieldErrors(self.form_error)
        self.colleague_combo = QComboBox()
        colleagues = [u for u in users if u.is_active and u.login != leaver.login]
        for user in colleagues:
            self.colleague_combo.addItem(f"{user.full_name} ({user.login})", user.login)
        likely = _likely_successor(leaver, colleagues)
        if likely is not None:
            self.colleague_combo.setCurrentIndex(colleagues.index(likely))
        self.understood = QCheckBox(self.tr("I understand: %1 will no longer be able to sign in")
                                    .replace("%1", leaver.full_name))
        self.confirm_button = QPushButton(self.tr("Offboard and hand over"))
        self.confirm_button.setObjectName("primaryButton")
        self.confirm_button.setEnabled(False)
        self.understood.toggled.connect(self._update_button)
        self.confirm_button.clicked.connect(self.confirm)
        self.report = OffboardReportView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self.report)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(self.tr("Cancel"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(dialog_header(
            self.tr("Offboard %1").replace("%1", leaver.full_name),
            self.tr("One step: the account is disabled (on the server, its database login "
                    "too) and the clients, deals, open tasks and projects of %1 pass to the "
                    "colleague you choose. Then you see what %1 opened, exported and printed "
                    "in the last 30 days.").replace("%1", leaver.full_name)))
        layout.addWidget(self.form_error)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update_button()

    def _choice_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Hand over to"), self.errors.add("to_login", self.colleague_combo))
        note = QLabel(self.tr("Finished tasks stay in the history under the leaver's name. "
                              "The account can be enabled again later; the records stay "
                              "with the colleague."))
        note.setObjectName("settingsHint")
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(self.understood)
        layout.addStretch(1)
        if self.colleague_combo.count() == 0:
            self.errors.show_form(self.tr("There is no other active user to hand over to."))
        return page

    def _update_button(self) -> None:
        self.confirm_button.setEnabled(self.understood.isChecked()
                                       and self.colleague_combo.count() > 0)

    def confirm(self) -> None:
        to_login = self.colleague_combo.currentData()
        if not to_login or not self.understood.isChecked():
            return
        self.errors.clear()
        self.confirm_button.setEnabled(False)
        service, login = offboarding_service(self._ctx), self.leaver.login

        def work() -> tuple[OffboardResult, OffboardReport]:
            result = service.offboard(login, to_login)
            return result, service.report(login, REPORT_DAYS)

        run(self._ctx.writes, self, work, self._on_done, self._on_failed)

    def _on_done(self, outcome: tuple[OffboardResult, OffboardReport]) -> None:
        result, report = outcome
        self.result_row = result
        self.report.show_report(result, report)
        self.pages.setCurrentWidget(self.report)
        self.confirm_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.resize(max(self.width(), 760), max(self.height(), 560))
        self.sig_offboarded.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        self._update_button()
        self.sig_failed.emit(self.errors.show_exception(exc))
