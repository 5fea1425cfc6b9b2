"""Settings → Sales: pipelines and stages, loss reasons, the products catalogue."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.settings.loss_reasons import LossReasonsPanel
from crm_desktop.ui.settings.pipelines_editor import PipelinesEditor
from crm_desktop.ui.settings.products_panel import ProductsPanel


class PipelinesSettingsPanel(QWidget):
    """Mounted on the Settings page for users with the manage-pipelines permission."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinesSettings")
        title = QLabel(self.tr("Sales set-up"))
        title.setObjectName("settingsTitle")
        hint = QLabel(self.tr("Pipelines and their stages, why deals are lost, and the "
                              "products offered in deals."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        self.pipelines = PipelinesEditor(ctx)
        self.reasons = LossReasonsPanel(ctx)
        self.products = ProductsPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.pipelines, self.tr("Pipelines and stages"))
        self.tabs.addTab(self.reasons, self.tr("Loss reasons"))
        self.tabs.addTab(self.products, self.tr("Products"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
