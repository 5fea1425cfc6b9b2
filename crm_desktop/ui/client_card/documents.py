"""The Documents tab: attach by file dialog or drag and drop, open, remove."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.attachments import TOO_BIG, AttachmentRow
from crm_desktop.services.errors import CrmError, ValidationError
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.client_card.formatting import datetime_text, file_size
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label

log = logging.getLogger(__name__)


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


class DocumentsPanel(QWidget):
    """Files are read and stored on the write runner; a file over the limit is refused by its
    size on disk before anything is read into memory."""

    sig_changed = Signal(int)
    """The list was (re)loaded; the argument is the number of documents."""
    sig_failed = Signal(str)
    """Attaching, opening or removing failed; the message is shown above the list."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.setAcceptDrops(True)
        self._ctx = ctx
        self.client_id = 0
        self.rows: list[AttachmentRow] = []
        self._temp = tempfile.TemporaryDirectory(prefix="crm-docs-")
        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.attach_button.setObjectName("attachButton")
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.hint = QLabel(self.tr("or drag files here"))
        self.hint.setObjectName("dropHint")
        self.error = error_label("documentsError", "form")
        # tr() would take the deal card's subclass as its context: translate() names this one
        self.empty_label = QLabel(QCoreApplication.translate(
            "DocumentsPanel", "No documents yet. Attach contracts, acts and other files with "
            "«Attach files…» or drag them here."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("documentsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.open_document(
            item.data(0, Qt.ItemDataRole.UserRole)))
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.open_button.clicked.connect(lambda: self.open_document(self._selected()))
        self.remove_button.clicked.connect(self._confirm_remove)
        self.tree.currentItemChanged.connect(lambda *_items: self._update_buttons())
        self._update_buttons()
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        attachments = self._ctx.services.attachments
        run(self._ctx.reads, self, lambda: attachments.list(client_id=client_id), self._on_loaded,
            self._on_failed, key=f"documents:{id(self)}")

    def _on_loaded(self, rows: object) -> None:
        self.rows = list(rows)  # type: ignore[call-overload]
        self.tree.clear()
        for row in self.rows:
            item = QTreeWidgetItem([row.file_name, file_size(row.size_bytes),
                                    datetime_text(row.created_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.empty_label.setVisible(not self.rows)
        self.tree.setVisible(bool(self.rows))
        self._update_buttons()
        self.sig_changed.emit(len(self.rows))

    def _update_buttons(self) -> None:
        """Open and Remove act on the selected document: off while none is selected."""
        hint = "" if self._selected() is not None else QCoreApplication.translate(
            "DocumentsPanel", "Select a document in the list first")
        for button in (self.open_button, self.remove_button):
            button.setEnabled(not hint)
            button.setToolTip(hint)

    def _selected(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    # -- attaching ---------------------------------------------------------------------------
    def _on_attach_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.attach_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> None:
        show_inline(self.error, None)
        limit = self._ctx.services.attachments.max_bytes
        for path in paths:
            if os.path.isdir(path):
                continue
            size = os.path.getsize(path)
            if size > limit:  # refuse by size: never read a huge file to find out
                err = ValidationError("file", TOO_BIG, size_mb=_mb(size), limit_mb=_mb(limit))
                self._on_failed(err, Path(path).name)
                continue
            self._attach(path)

    def _attach(self, path: str) -> None:
        attachments, client_id, name = self._ctx.services.attachments, self.client_id, Path(
            path).name

        def work() -> AttachmentRow:
            return attachments.add(name, Path(path).read_bytes(), client_id=client_id)

        run(self._ctx.writes, self, work, lambda _row: self.load(client_id),
            lambda exc: self._on_failed(exc, name))

    # -- opening and removing ----------------------------------------------------------------
    def open_document(self, attachment_id: int | None) -> None:
        if attachment_id is None:
            return
        row = next(r for r in self.rows if r.id == attachment_id)
        attachments = self._ctx.services.attachments
        target = Path(self._temp.name) / str(row.id) / Path(row.file_name).name

        def work() -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(attachments.content(row.id))
            return target

        run(self._ctx.reads, self, work, lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))), self._on_failed)

    def _confirm_remove(self) -> None:
        attachment_id = self._selected()
        if attachment_id is None:
            return
        row = next(r for r in self.rows if r.id == attachment_id)
        ask(self, self.tr("Remove document"),
            self.tr("Remove {name} from the client's documents?").format(name=row.file_name),
            lambda: self.remove(attachment_id))

    def remove(self, attachment_id: int) -> None:
        attachments, client_id = self._ctx.services.attachments, self.client_id
        run(self._ctx.writes, self, lambda: attachments.remove(attachment_id),
            lambda _r: self.load(client_id), self._on_failed)

    def _on_failed(self, exc: Exception, file_name: str | None = None) -> None:
        if not isinstance(exc, CrmError):
            log.error("document action failed", exc_info=exc)
        text = describe(exc)
        if file_name:
            text = f"{file_name}: {text}"
        show_inline(self.error, text)
        self.sig_failed.emit(text)
