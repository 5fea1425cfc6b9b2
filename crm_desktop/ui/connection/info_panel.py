"""Settings → Подключение: which database this workstation uses, where that was decided, where
its files are. Read-only: the address is changed in the sign-in window («Change server…») or by
the administrator (`crm-admin config set … --machine`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.config import ConnectionSummary
from crm_desktop.services.embedded import describe_location
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, CrmError
from crm_desktop.ui.common.info_grid import add_info_row

SOURCES = {
    "argument": QT_TRANSLATE_NOOP("ConnectionPanel", "given when the program started"),
    "environment": QT_TRANSLATE_NOOP(
        "ConnectionPanel", "the CRM_DATABASE_URL environment variable"),
    "machine config": QT_TRANSLATE_NOOP(
        "ConnectionPanel", "set by the administrator for this computer"),
    "user config": QT_TRANSLATE_NOOP("ConnectionPanel", "chosen on this computer"),
    "default": QT_TRANSLATE_NOOP("ConnectionPanel", "the standard local file"),
}


def _location(url: str) -> str:
    """host:port/database of an address; a malformed one as given, minus any password."""
    try:
        return describe_location(url)[1]
    except CrmError:
        return url.rsplit("@", 1)[-1]


class ConnectionPanel(QWidget):
    """Mounted on the Settings page for everyone (it shows nothing secret)."""

    def __init__(self, summary: ConnectionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionSettings")
        self.summary = summary
        title = QLabel(self.tr("Connection"))
        title.setObjectName("settingsTitle")
        if summary.may_change:
            text = self.tr("To use another server, choose «Change server…» in the sign-in "
                           "window.")
        else:
            text = self.tr("The database of this computer is set by the administrator.")
        hint = QLabel(text)
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        card = QFrame()
        card.setObjectName("settingsCard")
        self.grid = QGridLayout(card)
        self.grid.setContentsMargins(18, 14, 18, 14)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        for key, caption, value in self._rows():
            self._add_row(key, caption, value)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(card)
        layout.addStretch(1)

    def _rows(self) -> list[tuple[str, str, str]]:
        s = self.summary
        backend, location = describe_location(s.url)
        kind = self.tr("PostgreSQL server") if backend == "postgresql" else self.tr("SQLite file")
        reports = _location(s.reports_url) if s.reports_url else self.tr("the same database")
        if s.reports_url and s.reports_on_standby is False:
            reports = self.tr("the same database (the standby %1 is not available; see the "
                              "log)").replace("%1", reports)
        return [
            ("database", self.tr("Database:"), f"{kind} · {location}"),
            ("source", self.tr("Chosen:"), QCoreApplication.translate(
                "ConnectionPanel", SOURCES.get(s.source, s.source))),
            ("reports", self.tr("Reports from:"), reports),
            ("machine_config", self.tr("Administrator's settings:"), str(s.machine_config)),
            ("user_config", self.tr("Your settings:"), str(s.user_config)),
            ("log_folder", self.tr("Log folder:"), str(s.log_folder)),
        ]

    def _add_row(self, key: str, caption: str, value: str) -> None:
        self.values[key] = add_info_row(self.grid, caption, value, caption_name="fieldCaption")
