"""AttachmentService: stored with sha256, size-limited, visible only within scope."""

from __future__ import annotations

import hashlib

import pytest

from crm_desktop.services.attachments import AttachmentService
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from tests.factories import make_world


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.oleg = w.add_user("oleg", "manager", team="Sales")
    w.head = w.add_user("head", "head", team="Sales")
    w.client = ClientService(w.sessions, w.anna).create(ClientData(name="ООО Ромашка"))
    return w


def test_attach_list_open_remove(world):
    service = AttachmentService(world.sessions, world.anna, max_bytes=1024)
    blob = "Договор № 1 — ёлки".encode() * 10
    row = service.add("Договор.pdf", blob, client_id=world.client.id)
    assert row.sha256 == hashlib.sha256(blob).hexdigest()
    assert row.mime_type == "application/pdf" and row.size_bytes == len(blob)
    assert [a.id for a in service.list(client_id=world.client.id)] == [row.id]
    assert service.content(row.id) == blob
    with pytest.raises(NotFound):
        AttachmentService(world.sessions, world.oleg).content(row.id)
    service.remove(row.id)
    assert service.list(client_id=world.client.id) == []


def test_size_limit_and_empty_file(world):
    service = AttachmentService(world.sessions, world.anna, max_bytes=1024)
    with pytest.raises(ValidationError) as err:
        service.add("big.bin", b"x" * 2048, client_id=world.client.id)
    assert err.value.field == "file" and err.value.params["limit_mb"] == "0.0"
    with pytest.raises(ValidationError):
        service.add("empty.txt", b"", client_id=world.client.id)
    assert service.list(client_id=world.client.id) == []


def test_removing_someone_elses_file_needs_delete_right(world):
    row = AttachmentService(world.sessions, world.head).add(
        "акт.pdf", b"%PDF-1.4", client_id=world.client.id
    )
    with pytest.raises(PermissionDenied):
        AttachmentService(world.sessions, world.anna).remove(row.id)
