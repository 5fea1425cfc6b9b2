"""What changed in a client since the form opened, for the shared conflict banner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.enums import ClientKind, ClientStatus, ContactMethodKind
from crm_desktop.ui import labels
from crm_desktop.ui.common.conflict_banner import Change, ConflictBanner, show_value
from crm_desktop.ui.common.conflict_banner import differences as common_differences


def _show(value: object) -> str:
    if isinstance(value, ClientStatus):
        return labels.status_text(value)
    if isinstance(value, ClientKind):
        return labels.kind_text(value)
    if isinstance(value, tuple) and value:
        return ", ".join(m.value for m in value)
    return show_value(value)


def differences(started: ClientData, current: ClientData, captions: dict[str, str],
                names: dict[str, Callable[[int | None], str]]) -> list[Change]:
    """Fields whose stored value changed since the user opened the form (old → new)."""
    def without_blank_methods(data: ClientData) -> ClientData:
        return replace(data, methods=tuple(m for m in data.methods if m.value.strip()))

    def show(field: str, value: object) -> str:
        named = names.get(field)
        return named(value) if named is not None else _show(value)  # type: ignore[arg-type]

    return common_differences(without_blank_methods(started), without_blank_methods(current),
                              ClientData.__dataclass_fields__,
                              lambda field: captions.get(field, field), show)


def comparable(data: ClientData) -> ClientData:
    """Drop what the form cannot show the same way (a person's name is composed on save)."""
    methods = tuple(m for m in data.methods if m.value.strip())
    return replace(data, name="" if data.kind is ClientKind.PERSON else data.name,
                   methods=methods)


def contact_keys(data: ClientData) -> set[tuple[str, str]]:
    return {(m.kind.value, m.value.strip().lower()) for m in data.methods
            if m.kind is not ContactMethodKind.MESSENGER and m.value.strip()}


def client_conflict_banner() -> ConflictBanner:
    return ConflictBanner(
        QCoreApplication.translate("ClientConflict",
                                   "Someone else saved this client while you were editing."),
        QCoreApplication.translate("ClientConflict",
                                   "None of the fields on this form changed (for example, only "
                                   "tags or contact people did); your edits do not collide "
                                   "with theirs."))
