"""Documents attached to clients and deals, stored in the database with their sha256."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import ATTACHMENT_MAX_BYTES, Attachment
from crm_desktop.services import audit, validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import get_client, get_deal
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "The file is {size_mb} MB; attachments may be at most {limit_mb} MB."
)
EMPTY_FILE = QT_TRANSLATE_NOOP("Errors", "The file is empty.")
NO_OWNER = QT_TRANSLATE_NOOP("Errors", "Attach the file to a client or a deal.")


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: int
    client_id: int | None
    deal_id: int | None
    file_name: str
    mime_type: str
    size_bytes: int
    sha256: str
    created_at: datetime
    created_by_id: int | None


def _row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(
        a.id,
        a.client_id,
        a.deal_id,
        a.file_name,
        a.mime_type,
        a.size_bytes,
        a.sha256,
        a.created_at,
        a.created_by_id,
    )


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


class AttachmentService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, max_bytes: int = ATTACHMENT_MAX_BYTES
    ) -> None:
        self._sessions, self._actor, self._max = sessions, actor, max_bytes

    @property
    def max_bytes(self) -> int:
        """The largest file that may be attached (check before reading a file into memory)."""
        return self._max

    def add(
        self,
        file_name: str,
        content: bytes,
        *,
        client_id: int | None = None,
        deal_id: int | None = None,
    ) -> AttachmentRow:
        self._actor.require(Permission.EDIT)
        name = validation.require_text(file_name, field="file_name", limit=255)
        if not content:
            raise ValidationError("file", EMPTY_FILE)
        if len(content) > self._max:
            raise ValidationError(
                "file", TOO_BIG, size_mb=_mb(len(content)), limit_mb=_mb(self._max)
            )
        if client_id is None and deal_id is None:
            raise ValidationError("client_id", NO_OWNER)
        with self._sessions.begin() as session:
            self._check_owner(session, client_id, deal_id)
            attachment = Attachment(
                client_id=client_id,
                deal_id=deal_id,
                file_name=name,
                mime_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                size_bytes=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
                created_by_id=self._actor.user_id or None,
            )
            session.add(attachment)
            session.flush()
            return _row(attachment)

    def list(
        self, *, client_id: int | None = None, deal_id: int | None = None
    ) -> list[AttachmentRow]:
        with self._sessions() as session:
            self._check_owner(session, client_id, deal_id)
            query = select(Attachment).order_by(Attachment.created_at.desc(), Attachment.id.desc())
            if client_id is not None:
                query = query.where(Attachment.client_id == client_id)
            if deal_id is not None:
                query = query.where(Attachment.deal_id == deal_id)
            return [_row(a) for a in session.scalars(query)]

    def content(self, attachment_id: int) -> bytes:
        """The file's bytes (saving a copy to disk is an export: the UI checks the role)."""
        with self._sessions.begin() as session:
            attachment = self._attachment(session, attachment_id)
            audit.record(session, self._actor, "open_attachment", "attachment", attachment.id)
            return attachment.content

    def remove(self, attachment_id: int) -> None:
        with self._sessions.begin() as session:
            attachment = self._attachment(session, attachment_id)
            if attachment.created_by_id != self._actor.user_id:
                self._actor.require(Permission.DELETE)
            self._actor.require(Permission.EDIT)
            session.delete(attachment)

    def _attachment(self, session: Session, attachment_id: int) -> Attachment:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise NotFound("attachment", attachment_id)
        self._check_owner(session, attachment.client_id, attachment.deal_id)
        return attachment

    def _check_owner(self, session: Session, client_id: int | None, deal_id: int | None) -> None:
        if client_id is not None:
            get_client(session, self._actor, client_id)
        if deal_id is not None:
            get_deal(session, self._actor, deal_id)
