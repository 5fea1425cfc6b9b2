"""The main window: navigation rail, global search, one page per section, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
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
from crm_desktop.services.actor import Permission
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.errors import CrmError
from crm_desktop.services.stats import Overview
from crm_desktop.ui import errors, theme
from crm_desktop.ui.clients.card_link import make_card_opener
from crm_desktop.ui.clients.list_page import ClientsPage
from crm_desktop.ui.clients.segments_panel import SegmentsPanel
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.opener_link import make_deal_opener
from crm_desktop.ui.deals.page import DealsPage
from crm_desktop.ui.live.connection_bar import ConnectionBar
from crm_desktop.ui.pages import SectionPage, StatCard, icon_label
from crm_desktop.ui.search.popup import SearchPopup
from crm_desktop.ui.sections import SECTIONS
from crm_desktop.ui.session_info import SessionInfo, role_label
from crm_desktop.ui.task_list.page import TasksPage
from crm_desktop.ui.task_list.wiring import TaskWiring

if TYPE_CHECKING:
    from crm_desktop.ui.reports.page import ReportsPage
    from crm_desktop.ui.settings_page import SettingsPage

log = logging.getLogger(__name__)

__all__ = ["MainWindow", "SessionInfo", "role_label"]

class MainWindow(QMainWindow):
    """Top-level window; section widgets live in the stacked pages."""

    sig_overview_loaded = Signal(object)
    """The headline numbers (an Overview) arrived and are on the pages."""

    def __init__(self, info: SessionInfo, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info, self._ctx = info, ctx
        self._runner, self._load_overview = ctx.reads, ctx.services.overview
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("CRM"))
        self.setWindowIcon(theme.icon("logo", selected_color=None, size=32))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.navigation = self._build_navigation()
        self.card_opener = make_card_opener(ctx, self)
        self.deal_opener = make_deal_opener(ctx, self)
        # Parts join the window's tree once each, in tab order (the pages last): with the app
        # stylesheet, every reparenting restyles the whole moved subtree again.
        central = QWidget()
        self.setCentralWidget(central)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_rail())
        right = QVBoxLayout()
        right.setSpacing(0)
        layout.addLayout(right, 1)
        right.addWidget(self._build_top_bar())
        self.connection_bar = ConnectionBar()
        right.addWidget(self.connection_bar)
        right.addWidget(self.pages, 1)
        self._build_pages()
        self._build_status_bar()
        self._build_shortcuts()
        self.search_popup = SearchPopup(ctx, self.search, self)
        self._connect_clients()
        self._connect_deals()
        self.tasks = TaskWiring(self, ctx, self.tasks_page, self.card_opener, self.deal_opener)
        self.top_bar_layout.insertWidget(self.top_bar_layout.count() - 2, self.tasks.bell)
        self.tasks_page.sig_tasks_changed.connect(self.refresh_overview)
        self.tasks.watcher.start()
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.navigation.setCurrentRow(0)
        self.segments_panel.refresh()
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
        self.segments_panel = SegmentsPanel(self._ctx)
        self.navigation.ensurePolished()
        rows = self.navigation.count()
        self.navigation.setFixedHeight(rows * self.navigation.sizeHintForRow(0) + 2 * rows + 8)
        layout.addLayout(brand)
        layout.addWidget(self.navigation)
        layout.addWidget(self.segments_panel, 1)
        layout.addStretch(0)
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
        layout = self.top_bar_layout = QHBoxLayout(bar)
        layout.setContentsMargins(32, 12, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.search, 1)
        layout.addStretch(0)
        layout.addWidget(avatar)
        layout.addWidget(who)
        return bar

    def _build_pages(self) -> None:
        self.section_pages: dict[str, SectionPage] = {}
        self.clients_page = ClientsPage(self._ctx, self.pages)
        self.deals_page = DealsPage(self._ctx, self.pages)
        self.tasks_page = TasksPage(self._ctx, self.pages)
        real: dict[str, QWidget] = {"clients": self.clients_page, "deals": self.deals_page,
                                    "tasks": self.tasks_page}
        # built when first shown (or asked for): their modules and widgets would add a
        # noticeable part to start-up (Settings of an administrator alone ~0.4 s, Reports QtCharts)
        self._lazy_pages: dict[str, Callable[[], QWidget]] = {"settings": self._new_settings_page}
        if self._ctx.services.actor.can(Permission.VIEW_REPORTS):
            self._lazy_pages["reports"] = self._new_reports_page
        self._built_pages: dict[str, QWidget] = {}
        for section in SECTIONS:
            if section.key in real:
                self.pages.addWidget(real[section.key])
                continue
            if section.key in self._lazy_pages:
                placeholder = QWidget()
                placeholder.setObjectName(section.object_name)
                self.pages.addWidget(placeholder)
                continue
            page = SectionPage(section.object_name, section.tr_title(), section.tr_description(),
                               section.key, section.tr_features())
            self.section_pages[section.key] = page
            self.pages.addWidget(page)
        # the board shows its own totals; this headline number stays for the overview signal
        self.deals_card = StatCard(self.tr("deal(s) in progress", "", 0), "deals", self)
        self.deals_card.hide()
        self.tasks_card, self.overdue_card = self.tasks_page.open_card, self.tasks_page.overdue_card
        for page in self.section_pages.values():
            page.finish_cards()

    def _new_settings_page(self) -> QWidget:
        from crm_desktop.ui.settings_page import build_settings_page  # noqa: PLC0415 - lazy page

        return build_settings_page(self._ctx, self._info, self._backend_text())

    def _new_reports_page(self) -> QWidget:
        from crm_desktop.ui.reports.page import ReportsPage  # noqa: PLC0415 - lazy page

        return ReportsPage(self._ctx, self.deal_opener)

    @property
    def settings_page(self) -> SettingsPage:
        return self._page("settings")  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        """Only for users who may view reports (AttributeError for others)."""
        if "reports" not in self._lazy_pages:
            raise AttributeError("reports_page")
        return self._page("reports")  # type: ignore[return-value]

    def _page(self, key: str) -> QWidget:
        """The page of a lazily built section, built now in place of its placeholder."""
        page = self._built_pages.get(key)
        if page is None:
            page = self._built_pages[key] = self._lazy_pages[key]()
            index = [s.key for s in SECTIONS].index(key)
            current, placeholder = self.pages.currentIndex(), self.pages.widget(index)
            assert placeholder is not None
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages.setCurrentIndex(current)
        return page

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setSizeGripEnabled(False)
        self.user_status = icon_label("user", f"{self._info.full_name} · {self._info.role}")
        self.user_status.setObjectName("statusUser")
        where = self._info.location.replace("\\", "/").rsplit("/", 1)[-1] \
            if self._info.backend == "sqlite" else self._info.location
        self.db_status = icon_label("database", f"{self._backend_text()} · {where}")
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

    def _connect_clients(self) -> None:
        page, segments, opener = self.clients_page, self.segments_panel, self.card_opener
        page.sig_open_client_requested.connect(opener.open)
        page.sig_new_client_requested.connect(opener.new_client)
        page.sig_save_segment_requested.connect(segments.ask_to_save)
        page.sig_favorites_changed.connect(segments.refresh)
        page.sig_filter_changed.connect(segments.show_current)
        segments.sig_loaded.connect(lambda: segments.show_current(page.current_filter()))
        self.search_popup.sig_open_client_requested.connect(opener.open)
        segments.sig_segment_activated.connect(self._on_segments_panel_segment_activated)
        opener.sig_client_saved.connect(self._on_card_opener_client_saved)

    def _connect_deals(self) -> None:
        page, opener = self.deals_page, self.deal_opener
        page.sig_open_deal_requested.connect(opener.open)
        page.sig_new_deal_requested.connect(lambda: opener.new_deal())
        self.search_popup.sig_open_deal_requested.connect(opener.open)
        opener.sig_deal_saved.connect(self._on_deal_opener_deal_saved)
        page.board.sig_deal_moved.connect(lambda _deal_id: self.refresh_overview())

    def _on_deal_opener_deal_saved(self, deal_id: int) -> None:
        self.deals_page.on_deal_saved(deal_id)
        self.refresh_overview()

    # -- behaviour ------------------------------------------------------------------------------
    def _on_navigation_current_row_changed(self, row: int) -> None:
        if SECTIONS[row].key in self._lazy_pages:
            self._page(SECTIONS[row].key)
        self.pages.setCurrentIndex(row)
        self.segments_panel.setVisible(SECTIONS[row].key == "clients")

    def _on_segments_panel_segment_activated(self, flt: object) -> None:
        assert isinstance(flt, ClientFilter)
        self.show_section("clients")
        self.clients_page.apply_filter(flt)

    def _on_card_opener_client_saved(self, client_id: int) -> None:
        self.clients_page.on_client_saved(client_id)
        self.segments_panel.refresh()
        self.refresh_overview()

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
        clients = self.navigation.item(0)
        clients.setToolTip(f"{SECTIONS[0].tr_title()} (Ctrl+1) · {_number(n)} "
                           + self.tr("client(s) available to you", "", n))
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


def _number(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")
