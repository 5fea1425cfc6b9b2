"""Names of users, channels and tags for the list and its filters, loaded once per window."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.reference import Option
from crm_desktop.ui.context import UiContext

log = logging.getLogger(__name__)


class ReferenceData(QObject):
    """A cache of ReferenceService lists; `load()` (re)reads them on the reads runner."""

    sig_loaded = Signal()
    """The lists arrived (or were refreshed); names and pickers may be rebuilt."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.users: list[Option] = []
        self.channels: list[Option] = []
        self.tags: list[Option] = []
        self.industries: list[str] = []
        self._user_names: dict[int, str] = {}
        self._channel_names: dict[int, str] = {}
        self.loaded = False

    def load(self) -> None:
        reference = self._ctx.services.reference

        def work() -> tuple[list[Option], list[Option], list[Option], list[str]]:
            return (reference.users(), reference.channels(), reference.tags(),
                    reference.industries())

        self._ctx.reads.submit(work, self._on_loaded, self._on_failed,
                               key=f"reference-data:{id(self)}")

    def user_name(self, user_id: int | None) -> str:
        return self._user_names.get(user_id, "") if user_id is not None else ""

    def channel_name(self, channel_id: int | None) -> str:
        return self._channel_names.get(channel_id, "") if channel_id is not None else ""

    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.users, self.channels, self.tags, self.industries = result
        self._user_names = {o.id: o.name for o in self.users}
        self._channel_names = {o.id: o.name for o in self.channels}
        self.loaded = True
        self.sig_loaded.emit()

    def _on_failed(self, exc: Exception) -> None:
        # names stay empty; the list still works and the next load may succeed
        log.warning("reference lists not loaded: %s", type(exc).__name__, exc_info=exc)
