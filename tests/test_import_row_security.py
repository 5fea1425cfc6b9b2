"""Import on PostgreSQL under row-level security: a head imports on their own database login
(COPY is refused there, so the rows go in as INSERTs) and the new clients are theirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from test_import_support import write_csv

from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.imports import ImportEntity, ImportService, guess
from crm_desktop.services.workspace import login
from tests.pg_security_support import PASSWORD, SecuredServer, secured_server


@pytest.fixture(scope="module")
def server() -> Iterator[SecuredServer]:
    yield from secured_server()


def test_a_head_imports_on_their_own_login(server: SecuredServer, tmp_path) -> None:
    workspace = login(server.url, server.logins["h"], PASSWORD)
    try:
        service = ImportService(workspace.sessions, workspace.actor)
        table = service.read(write_csv(tmp_path / "clients.csv"))
        preview = service.preview(table, guess(ImportEntity.CLIENTS, table.headers))
        result = service.run(preview)
        assert (result.created, result.merged, result.rejected) == (7, 1, 5)
        with workspace.sessions() as session:  # what the head's own login reads back
            listed = session.scalar(text(
                "SELECT count(*) FROM clients WHERE name = 'ООО «Ромашка»' AND manager_id = :m"),
                {"m": workspace.actor.user_id})
        assert listed == 1
    finally:
        workspace.close()
    manager = login(server.url, server.logins["m1"], PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            ImportService(manager.sessions, manager.actor).read(tmp_path / "clients.csv")
    finally:
        manager.close()
