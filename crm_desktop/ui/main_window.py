"""The main window: navigation rail, global search, one page per section, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, CrmError
from crm_desktop.services.stats import Overview
from crm_desktop.ui import errors, theme
from crm_desktop.ui.pages import InfoPanel, SectionPage, StatCard
from crm_desktop.ui.sections import SECTIONS
from crm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ROLE_NAMES = {
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
    "head": QT_TRANSLATE_NOOP("Roles", "Head"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
    "readonly": QT_TRANSLATE_NOOP("Roles", "Read only"),
}


def role_label(role_key: str, stored_name: str | None = None) -> str:
    """Built-in roles in the user's language; custom roles by the name the admin gave them."""
    if role_key in ROLE_NAMES:
        return QCoreApplication.translate("Roles", ROLE_NAMES[role_key])
    return stored_name or role_key


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """Who is logged in and where; shown in the status bar and on the Settings page."""

    full_name: str
    login: str
    role: str  # already translated (role_label)
    backend: str  # "sqlite" or "postgresql"
    location: str  # file path or host:port/database, never a password
    log_dir: str = ""


class MainWindow(QMainWindow):
    """Top-level window; section widgets live in the stacked pages."""

    sig_overview_loaded = Signal(object)
    """The headline numbers (an Overview) arrived and are on the pages."""

    def __init__(self, info: SessionInfo, runner: TaskRunner,
                 load_overview: Callable[[], Overview], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info, self._runner, self._load_overview = info, runner, load_overview
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("CRM"))
        self.setWindowIcon(theme.icon("logo", selected_color=None, size=32))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.navigation = self._build_navigation()
        self._build_pages()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_rail())
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self._build_top_bar())
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_shortcuts()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        self.resize(1280, 800)

    # -- construction -------------------------------------------------------------------------
    def _build_navigation(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.setIconSize(QSize(20, 20))
        nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, section in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(theme.icon(section.key), section.tr_title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setToolTip(f"{section.tr_title()} (Ctrl+{number})")
            nav.addItem(item)
        return nav

    def _build_rail(self) -> QFrame:
        rail = QFrame()
        rail.setObjectName("navRail")
        rail.setFixedWidth(224)
        logo = QLabel()
        logo.setPixmap(theme.pixmap("logo", size=32))
        name = QLabel(self.tr("CRM"))
        name.setObjectName("brandName")
        tagline = QLabel(self.tr("Clients and sales"))
        tagline.setObjectName("brandTagline")
        brand_text = QVBoxLayout()
        brand_text.setSpacing(0)
        brand_text.addWidget(name)
        brand_text.addWidget(tagline)
        brand = QHBoxLayout()
        brand.setContentsMargins(20, 20, 16, 20)
        brand.setSpacing(10)
        brand.addWidget(logo)
        brand.addLayout(brand_text, 1)
        layout = QVBoxLayout(rail)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(0)
        version = QLabel(self.tr("Version %1").replace("%1", __version__))
        version.setObjectName("railFooter")
        layout.addLayout(brand)
        layout.addWidget(self.navigation, 1)
        layout.addWidget(version)
        return rail

    def _build_top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("topBar")
        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")
        self.search.setPlaceholderText(
            self.tr("Search clients, contacts, phones, e-mails, INN…  (Ctrl+K)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(theme.icon("search", selected_color=None, size=16),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMaximumWidth(560)
        avatar = QLabel(_initials(self._info.full_name))
        avatar.setObjectName("avatar")
        avatar.setFixedSize(32, 32)
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who = QLabel(self._info.full_name)
        who.setObjectName("topUserName")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(32, 12, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.search, 1)
        layout.addStretch(0)
        layout.addWidget(avatar)
        layout.addWidget(who)
        return bar

    def _build_pages(self) -> None:
        self.section_pages: dict[str, SectionPage] = {}
        for section in SECTIONS:
            page = SectionPage(section.object_name, section.tr_title(), section.tr_description(),
                               section.key, section.tr_features())
            self.section_pages[section.key] = page
            self.pages.addWidget(page)
        self.clients_card = self.section_pages["clients"].add_card(
            StatCard(self.tr("client(s) available to you", "", 0), "clients"))
        self.deals_card = self.section_pages["deals"].add_card(
            StatCard(self.tr("deal(s) in progress", "", 0), "deals"))
        self.tasks_card = self.section_pages["tasks"].add_card(
            StatCard(self.tr("open task(s) assigned to you", "", 0), "tasks"))
        self.overdue_card = self.section_pages["tasks"].add_card(
            StatCard(self.tr("of them overdue", "", 0), "overdue"))
        for page in self.section_pages.values():
            page.finish_cards()
        self.section_pages["settings"].add_panel(InfoPanel(self.tr("This workstation"), [
            (self.tr("User"), f"{self._info.full_name} ({self._info.login})"),
            (self.tr("Role"), self._info.role),
            (self.tr("Database"), self._backend_text()),
            (self.tr("Location"), self._info.location),
            (self.tr("Log files"), self._info.log_dir),
        ]))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setSizeGripEnabled(False)
        self.user_status = _icon_label("user", f"{self._info.full_name} · {self._info.role}")
        self.user_status.setObjectName("statusUser")
        where = self._info.location.replace("\\", "/").rsplit("/", 1)[-1] \
            if self._info.backend == "sqlite" else self._info.location
        self.db_status = _icon_label("database", f"{self._backend_text()} · {where}")
        self.db_status.setObjectName("statusDatabase")
        self.db_status.setToolTip(self._info.location)
        bar.addWidget(self.user_status)
        bar.addPermanentWidget(self.db_status)

    def _build_shortcuts(self) -> None:
        for sequence in (QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)):
            QShortcut(sequence, self, self.focus_search)
        for row in range(len(SECTIONS)):
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self,
                      lambda row=row: self.navigation.setCurrentRow(row))

    def _backend_text(self) -> str:
        if self._info.backend == "postgresql":
            return self.tr("PostgreSQL server")
        return self.tr("SQLite file")

    # -- behaviour ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_section(self, key: str) -> None:
        keys = [s.key for s in SECTIONS]
        self.navigation.setCurrentRow(keys.index(key))

    def current_section(self) -> str:
        return SECTIONS[self.pages.currentIndex()].key

    def refresh_overview(self) -> None:
        self._runner.submit(self._load_overview, self._on_overview_done,
                            self._on_overview_failed, key="overview")

    def _on_overview_done(self, overview: object) -> None:
        assert isinstance(overview, Overview)
        n = overview.clients
        self.clients_card.set_value(n, self.tr("client(s) available to you", "", n))
        n = overview.open_deals
        self.deals_card.set_value(n, self.tr("deal(s) in progress", "", n))
        n = overview.open_tasks
        self.tasks_card.set_value(n, self.tr("open task(s) assigned to you", "", n))
        n = overview.overdue_tasks
        self.overdue_card.set_value(n, self.tr("of them overdue", "", n), alert=True)
        self.sig_overview_loaded.emit(overview)

    def _on_overview_failed(self, exc: Exception) -> None:
        if isinstance(exc, CrmError):
            self.statusBar().showMessage(errors.error_text(exc), 10_000)
        else:
            errors.show_unexpected(self, exc)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        log.info("main window closed")
        super().closeEvent(event)


def _initials(full_name: str) -> str:
    parts = [p for p in full_name.split() if p[:1].isalpha()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def _icon_label(icon_name: str, text: str) -> QWidget:
    widget = QWidget()
    icon = QLabel()
    icon.setPixmap(theme.pixmap(icon_name, theme.MUTED, 14))
    label = QLabel(text)
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(8, 0, 8, 0)
    layout.setSpacing(6)
    layout.addWidget(icon)
    layout.addWidget(label)
    return widget
