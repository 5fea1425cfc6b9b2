"""The top of the deal card: title, client link, pipeline and stage, amount, the stage bar."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.deal_dto import DealCard
from crm_desktop.services.reference import PipelineOption
from crm_desktop.ui.client_card.formatting import date_text, money
from crm_desktop.ui.deal_card.stage_bar import StageBar


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DealHeader(QFrame):
    sig_client_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealHeader")
        self.title_label = _label("dealTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.client_link = QLabel()
        self.client_link.setObjectName("dealClientLink")
        self.client_link.setTextFormat(Qt.TextFormat.RichText)
        self.client_link.linkActivated.connect(self._on_link)
        self.pipeline_label = _label("cardMeta")
        self.close_label = _label("cardMeta")
        self.stage_pill = _label("dealStagePill")
        self.amount_label = _label("dealAmount")
        self.amount_caption = _label("dealAmountCaption")
        self.stage_bar = StageBar()
        self._build()

    def _build(self) -> None:
        meta = QHBoxLayout()
        meta.setSpacing(16)
        for widget in (self.stage_pill, self.client_link, self.pipeline_label, self.close_label):
            meta.addWidget(widget)
        meta.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.title_label)
        text.addLayout(meta)
        money_box = QVBoxLayout()
        money_box.setSpacing(0)
        money_box.addWidget(self.amount_label, 0, Qt.AlignmentFlag.AlignRight)
        money_box.addWidget(self.amount_caption, 0, Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addLayout(text, 1)
        top.addLayout(money_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.stage_bar)

    def show_new(self) -> None:
        self.title_label.setText(self.tr("New deal"))
        self.stage_pill.setVisible(False)
        self.stage_bar.setVisible(False)
        self.amount_label.setText("")
        self.amount_caption.setText("")
        self.pipeline_label.setText(self.tr("Fill in the deal and save it; it starts at the "
                                            "pipeline's first stage."))

    def show_card(self, card: DealCard, pipeline: PipelineOption | None) -> None:
        data = card.data
        self.title_label.setText(data.title)
        self.amount_label.setText(money(data.amount) if data.currency == "RUB"
                                  else f"{data.amount:,.2f} {data.currency}".replace(",", " "))
        self.amount_caption.setText(self.tr("computed from products") if card.items
                                    else self.tr("deal amount"))
        self.pipeline_label.setText(self.tr("Pipeline: %1").replace(
            "%1", pipeline.name if pipeline else "—"))
        self.close_label.setText(self.tr("Expected close: %1").replace(
            "%1", date_text(data.expected_close_on)))
        stage = next((s for s in pipeline.stages if s.id == data.stage_id), None) \
            if pipeline else None
        self.stage_pill.setText(stage.name if stage else "—")
        self.stage_pill.setProperty("kind", card.stage_kind.value)
        self.stage_pill.style().unpolish(self.stage_pill)
        self.stage_pill.style().polish(self.stage_pill)
        self.stage_pill.setVisible(True)
        if pipeline is not None:
            self.stage_bar.show_deal(pipeline, card)
            self.stage_bar.setVisible(True)

    def show_client(self, client_id: int, name: str) -> None:
        self.client_link.setText(f'<a href="client:{client_id}">{escape(name)}</a>')

    def _on_link(self, href: str) -> None:
        if href.startswith("client:"):
            self.sig_client_clicked.emit(int(href.split(":", 1)[1]))
