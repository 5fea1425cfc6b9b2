"""Reference lists the rule editor offers (pipelines and stages, channels, users, roles)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox

from crm_desktop.services.automation import AutomationService, RoleOption
from crm_desktop.services.reference import Option, PipelineOption, ReferenceService


@dataclass(frozen=True, slots=True)
class EditorChoices:
    pipelines: tuple[PipelineOption, ...]
    channels: tuple[Option, ...]
    users: tuple[Option, ...]
    roles: tuple[RoleOption, ...]

    @property
    def stage_names(self) -> dict[int, str]:
        return {s.id: s.name for p in self.pipelines for s in p.stages}


def load_choices(reference: ReferenceService, automation: AutomationService) -> EditorChoices:
    """Runs on the reads runner."""
    return EditorChoices(tuple(reference.pipelines()), tuple(reference.channels()),
                         tuple(reference.users()), tuple(automation.roles()))


def fill(combo: QComboBox, items: Sequence[tuple[str, object]],
         any_text: str | None = None) -> None:
    combo.clear()
    if any_text is not None:
        combo.addItem(any_text, None)
    for text, value in items:
        combo.addItem(text, value)


def select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
