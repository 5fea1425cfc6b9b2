"""What a dragged deal card carries: its id, the version the user saw and the source stage."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData

MIME_TYPE = "application/x-crm-deal"


@dataclass(frozen=True, slots=True)
class DragPayload:
    deal_id: int
    version: int
    stage_id: int


def encode(payload: DragPayload) -> QMimeData:
    mime = QMimeData()
    data = {"deal_id": payload.deal_id, "version": payload.version, "stage_id": payload.stage_id}
    mime.setData(MIME_TYPE, QByteArray(json.dumps(data).encode()))
    return mime


def decode(mime: QMimeData | None) -> DragPayload | None:
    """The payload of a drop, or None when the data is not a deal card."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        return DragPayload(int(data["deal_id"]), int(data["version"]), int(data["stage_id"]))
    except (ValueError, KeyError, TypeError):
        return None
