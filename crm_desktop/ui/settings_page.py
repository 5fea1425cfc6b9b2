"""The Settings page: a list of sections on the left, one section's panel at a time on the right.

The panels come from `pages.settings_panels(ctx)`; each names itself with its `settingsTitle`
label, so a new panel needs nothing here to appear in the list.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import theme
from crm_desktop.ui.common.info_grid import add_info_row
from crm_desktop.ui.connection.info_panel import ConnectionPanel
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pages import settings_panels
from crm_desktop.ui.sections import SECTIONS
from crm_desktop.ui.session_info import SessionInfo

# Panel objectName -> icon; panels not listed get the generic settings icon.
_ICONS = {
    "pipelinesSettings": "deals",
    "companySettings": "note",
    "usersRolesSettings": "user",
    "securitySettings": "overdue",
    "salesSettings": "reports",
    "automationSettings": "activity",
    "connectionSettings": "database",
    "workstationInfo": "database",
}


class SettingsPage(QWidget):
    """Header, the section list (`settingsSections`) and the shown panel (`settingsStack`)."""

    sig_section_changed = Signal(str)
    """Another section's panel is shown; the argument is the panel's objectName."""

    def __init__(self, object_name: str, title: str, description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.description_label = QLabel(description)
        self.description_label.setObjectName("pageDescription")
        self.description_label.setWordWrap(True)
        self.sections = QListWidget()
        self.sections.setObjectName("settingsSections")
        self.sections.setIconSize(QSize(18, 18))
        self.sections.setFixedWidth(240)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        self._panels: list[QWidget] = []
        self.stack.setObjectName("settingsStack")
        self.sections.currentRowChanged.connect(self._on_sections_current_row_changed)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.sections)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 24, 20)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addSpacing(16)
        layout.addLayout(body, 1)

    def add_panel(self, widget: QWidget, name: str | None = None) -> None:
        """Add a section; its name is `name`, else the panel's `settingsTitle` label."""
        name = name or _panel_title(widget)
        item = QListWidgetItem(theme.icon(_ICONS.get(widget.objectName(), "settings")), name)
        item.setData(Qt.ItemDataRole.UserRole, widget.objectName())
        item.setToolTip(name)
        self.sections.addItem(item)
        self._panels.append(widget)
        self.stack.addWidget(_framed(widget))
        if self.sections.currentRow() < 0:
            self.sections.setCurrentRow(0)

    def panel(self, row: int) -> QWidget:
        """The panel of the section in `row`."""
        return self._panels[row]

    def current_panel(self) -> QWidget:
        return self.panel(self.stack.currentIndex())

    def show_panel(self, object_name: str) -> bool:
        """Show the section whose panel has `object_name`; False when there is none."""
        for row in range(self.sections.count()):
            if self.sections.item(row).data(Qt.ItemDataRole.UserRole) == object_name:
                self.sections.setCurrentRow(row)
                return True
        return False

    def section_names(self) -> list[str]:
        return [self.sections.item(row).text() for row in range(self.sections.count())]

    def _on_sections_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.sig_section_changed.emit(self.sections.item(row).data(Qt.ItemDataRole.UserRole))


def build_settings_page(ctx: UiContext, info: SessionInfo, backend_text: str) -> SettingsPage:
    """The Settings page with this user's panels and, last, for every user, the workstation's
    details and its connection (when `info` carries one)."""
    section = next(s for s in SECTIONS if s.key == "settings")
    page = SettingsPage(section.object_name, section.tr_title(), section.tr_description())
    for panel in settings_panels(ctx):
        page.add_panel(panel)
    page.add_panel(WorkstationPanel(info, backend_text))
    if info.connection is not None:
        page.add_panel(ConnectionPanel(info.connection))
    return page


class WorkstationPanel(QWidget):
    """Who is signed in here and where this computer's database and logs are."""

    def __init__(self, info: SessionInfo, backend_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workstationInfo")
        title = QLabel(self.tr("This workstation"))
        title.setObjectName("settingsTitle")
        hint = QLabel(self.tr("Who is signed in on this computer and where its data and log "
                              "files are."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        card = QFrame()
        card.setObjectName("settingsCard")
        self.grid = QGridLayout(card)
        self.grid.setContentsMargins(18, 14, 18, 14)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        self._add_row("user", self.tr("User"), f"{info.full_name} ({info.login})")
        self._add_row("role", self.tr("Role"), info.role)
        self._add_row("database", self.tr("Database"), backend_text)
        self._add_row("location", self.tr("Location"), info.location)
        self._add_row("log_dir", self.tr("Log files"), info.log_dir)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(card)
        layout.addStretch(1)

    def _add_row(self, key: str, caption: str, value: str) -> None:
        self.values[key] = add_info_row(self.grid, caption, value)


def _panel_title(widget: QWidget) -> str:
    title = widget.findChild(QLabel, "settingsTitle")
    if title is None:
        title = widget.findChild(QLabel, "featureHeading")
    return title.text() if title is not None else widget.objectName()


def _framed(widget: QWidget) -> QScrollArea:
    """The panel in a scroll area that follows the page's width.

    A panel wider than the page scrolls sideways rather than being cut off.
    """
    card = QFrame()
    card.setObjectName("settingsPanelFrame")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    area = QScrollArea()
    area.setObjectName("settingsScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(card)
    return area
