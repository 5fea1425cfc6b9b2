"""A save refused with EditConflict: read their version, show what they changed in the
banner, then reload theirs or overwrite it with ours — for the client and the deal form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.common.conflict_banner import Change, ConflictBanner
from crm_desktop.ui.context import UiContext


class EditConflictFlow(QObject):
    """Owned by a form; `fresh` is their stored version while the banner is up."""

    sig_shown = Signal(list)
    """Their version was read; the banner lists their changes (caption, old, new)."""

    def __init__(self, ctx: UiContext, form: QWidget, banner: ConflictBanner,
                 changes: Callable[[object], list[Change]],
                 reload: Callable[[object], None], overwrite: Callable[[object], None],
                 on_error: Callable[[Exception], object]) -> None:
        super().__init__(form)
        self._ctx, self._form, self.banner = ctx, form, banner
        self._changes, self._on_error = changes, on_error
        self.fresh: object | None = None
        banner.sig_reload.connect(lambda: self._take(reload))
        banner.sig_overwrite.connect(lambda: self._take(overwrite))

    def start(self, read: Callable[[], object]) -> None:
        """Read their version on the read runner (`read` runs there), then show the banner."""
        run(self._ctx.reads, self._form, read, self._on_read, self._on_error)

    def show(self, fresh: object) -> None:
        """Their version is already here (a live update while the user types): show it."""
        self._on_read(fresh)

    def dismiss(self) -> None:
        self.fresh = None
        self.banner.setVisible(False)

    def _on_read(self, fresh: object) -> None:
        self.fresh = fresh
        changes = self._changes(fresh)
        self.banner.show_changes(changes)
        self.sig_shown.emit(changes)

    def _take(self, action: Callable[[object], None]) -> None:
        fresh = self.fresh
        if fresh is not None:
            self.banner.setVisible(False)
            action(fresh)
