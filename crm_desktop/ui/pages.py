"""Section pages of the main window: a header, headline numbers and what the section offers.

The sections are placeholders until their issues land; each keeps its objectName
(`clientsPage`, ...) so the real widgets can replace the body without touching the window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.actor import Permission
from crm_desktop.ui import theme
from crm_desktop.ui.context import UiContext

log = logging.getLogger(__name__)


class StatCard(QFrame):
    """A headline number with a caption; shows a dash until the number arrives."""

    def __init__(self, caption: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        icon = QLabel()
        icon.setObjectName("statIcon")
        icon.setPixmap(theme.pixmap(icon_name, theme.ACCENT, 22))
        icon.setFixedSize(40, 40)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label = QLabel("—")
        self.value_label.setObjectName("statValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("statCaption")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.value_label)
        text.addWidget(self.caption_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 20, 14)
        layout.setSpacing(14)
        layout.addWidget(icon)
        layout.addLayout(text, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_value(self, value: int | None, caption: str | None = None, *,
                  alert: bool = False) -> None:
        if caption is not None:
            self.caption_label.setText(caption)
        self.value_label.setText("—" if value is None else f"{value:,}".replace(",", "\u202f"))
        self.value_label.setProperty("alert", alert and bool(value))
        self.value_label.style().unpolish(self.value_label)
        self.value_label.style().polish(self.value_label)


class SectionPage(QScrollArea):
    """Header (title, description), a row of stat cards, and a panel describing the section."""

    def __init__(self, object_name: str, title: str, description: str, icon_name: str,
                 features: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.description_label = QLabel(description)
        self.description_label.setObjectName("pageDescription")
        self.description_label.setWordWrap(True)
        self.cards = QHBoxLayout()
        self.cards.setSpacing(16)
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(32, 28, 32, 28)
        self.layout_.setSpacing(6)
        self.layout_.addWidget(self.title_label)
        self.layout_.addWidget(self.description_label)
        self.layout_.addSpacing(18)
        self.layout_.addLayout(self.cards)
        self.layout_.addSpacing(18)
        if features:
            self.layout_.addWidget(self._features_panel(icon_name, features))
        self.layout_.addStretch(1)
        self.setWidget(body)

    def add_card(self, card: StatCard) -> StatCard:
        self.cards.addWidget(card)
        return card

    def finish_cards(self) -> None:
        self.cards.addStretch(1)

    def add_panel(self, widget: QWidget) -> None:
        self.layout_.insertWidget(self.layout_.count() - 1, widget)

    def _features_panel(self, icon_name: str, features: list[str]) -> QFrame:
        panel = QFrame()
        panel.setObjectName("featurePanel")
        art = QLabel()
        art.setObjectName("featureArt")
        art.setPixmap(theme.pixmap(icon_name, theme.ACCENT, 40))
        art.setFixedSize(88, 88)
        art.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("Coming in the next updates"))
        heading.setObjectName("featureHeading")
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for row, feature in enumerate(features):
            tick = QLabel()
            tick.setPixmap(theme.pixmap("tasks", "#16a34a", 16))
            label = QLabel(feature)
            label.setObjectName("featureText")
            label.setWordWrap(True)
            grid.addWidget(tick, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        text = QVBoxLayout()
        text.setSpacing(12)
        text.addWidget(heading)
        text.addLayout(grid)
        layout = QHBoxLayout(panel)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(24)
        layout.addWidget(art, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        return panel


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrow (the full text in its tooltip)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        self.setToolTip(self.text() if shown != self.text() else "")
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())


def icon_label(icon_name: str, text: str) -> QWidget:
    """A small muted icon before a text (status bar entries)."""
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


def settings_panels(ctx: UiContext, parent: QWidget | None = None) -> list[QWidget]:
    """The editors shown on the Settings page for this user (those that exist in this tree).

    The pipelines editor (`ui/settings/pipelines_page.py`) needs the manage-pipelines right;
    the company requisites (`ui/settings/company_panel.py`), users, roles and the audit
    log (`ui/settings/users_panel.py`) and the protection settings
    (`ui/settings/security_panel.py`) and the automation rules
    (`ui/settings/automation_panel.py`) the manage-users right.
    """
    panels: list[QWidget] = []
    if ctx.services.actor.can(Permission.MANAGE_PIPELINES):
        try:
            from crm_desktop.ui.settings.pipelines_page import (  # noqa: PLC0415 - optional
                PipelinesSettingsPanel,
            )
        except ImportError as exc:
            log.info("pipelines editor not available (%s)", exc)
        else:
            panels.append(PipelinesSettingsPanel(ctx, parent))
    from crm_desktop.ui.invoices.access import has_company  # noqa: PLC0415 - optional

    if ctx.services.actor.can(Permission.MANAGE_USERS) and has_company(ctx):
        from crm_desktop.ui.settings.company_panel import CompanyPanel  # noqa: PLC0415

        panels.append(CompanyPanel(ctx, parent))
    if ctx.services.actor.can(Permission.MANAGE_USERS):
        from crm_desktop.ui.settings.security_panel import SecurityPanel  # noqa: PLC0415
        from crm_desktop.ui.settings.users_panel import UsersAndRolesPanel  # noqa: PLC0415

        panels.append(UsersAndRolesPanel(ctx, parent))
        panels.append(SecurityPanel(ctx, parent))
        from crm_desktop.ui.settings.sales_panel import SalesPanel  # noqa: PLC0415

        panels.append(SalesPanel(ctx, parent))
        from crm_desktop.ui.settings.automation_panel import AutomationPanel  # noqa: PLC0415

        panels.append(AutomationPanel(ctx, parent))
    return panels
