"""The deal's Documents tab: the client card's documents panel, bound to a deal."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.attachments import AttachmentRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.documents import DocumentsPanel


class DealDocumentsPanel(DocumentsPanel):
    """Same list, attach (dialog or drop), open and remove; files belong to the deal."""

    deal_id = 0

    def load(self, client_id: int) -> None:  # the argument is the deal's id here
        self.deal_id = deal_id = client_id
        attachments = self._ctx.services.attachments
        run(self._ctx.reads, self, lambda: attachments.list(deal_id=deal_id), self._on_loaded,
            self._on_failed, key=f"documents:{id(self)}")

    def _attach(self, path: str) -> None:
        attachments, deal_id, name = self._ctx.services.attachments, self.deal_id, Path(path).name

        def work() -> AttachmentRow:
            return attachments.add(name, Path(path).read_bytes(), deal_id=deal_id)

        run(self._ctx.writes, self, work, lambda _row: self.load(deal_id),
            lambda exc: self._on_failed(exc, name))

    def remove(self, attachment_id: int) -> None:
        attachments, deal_id = self._ctx.services.attachments, self.deal_id
        run(self._ctx.writes, self, lambda: attachments.remove(attachment_id),
            lambda _r: self.load(deal_id), self._on_failed)
