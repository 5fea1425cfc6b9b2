"""The pipeline's stages in order: the path taken highlighted, the current one marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from crm_desktop.services.deal_dto import DealCard
from crm_desktop.services.enums import StageKind
from crm_desktop.services.reference import PipelineOption, StageOption
from crm_desktop.ui.tab_order import place_before


class StageBar(QFrame):
    sig_stage_clicked = Signal(int)
    """The user clicked a stage other than the current one (the argument is its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageBar")
        self.buttons: dict[int, QPushButton] = {}
        self.stages: dict[int, StageOption] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)

    def show_deal(self, pipeline: PipelineOption, card: DealCard) -> None:
        for button in self.buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.buttons.clear()
        self.stages = {s.id: s for s in pipeline.stages}
        visited = {h.to_stage_id for h in card.history}
        current = card.data.stage_id
        ordered = sorted(pipeline.stages, key=lambda s: (s.position, s.id))
        current_index = next((i for i, s in enumerate(ordered) if s.id == current), -1)
        for index, stage in enumerate(ordered):
            button = QPushButton(stage.name)
            button.setObjectName("stageButton")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("kind", stage.kind.value)
            if stage.id == current:
                state = "current"
            elif stage.id in visited or (index < current_index and stage.kind is StageKind.OPEN):
                state = "passed" if stage.id in visited else "skipped"
            else:
                state = "future"
            button.setProperty("state", state)
            button.setToolTip(self._tip(stage, state))
            button.clicked.connect(lambda _c=False, s=stage.id: self._on_clicked(s))
            self.buttons[stage.id] = button
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._layout.addWidget(button)
        place_before(self, *self.buttons.values())  # Tab reaches the stages where they are shown
        self.current = current

    def _tip(self, stage: StageOption, state: str) -> str:
        if state == "current":
            return self.tr("The deal is at this stage")
        if stage.kind is StageKind.LOST:
            return self.tr("Close the deal as lost")
        if stage.kind is StageKind.WON:
            return self.tr("Close the deal as won")
        return self.tr("Move the deal to this stage")

    def _on_clicked(self, stage_id: int) -> None:
        if stage_id != self.current:
            self.sig_stage_clicked.emit(stage_id)

    def state_of(self, stage_id: int) -> str:
        return str(self.buttons[stage_id].property("state"))
