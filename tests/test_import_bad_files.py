"""Files that cannot be imported at all, through the import service on SQLite and PostgreSQL,
as a cp1251 CSV and as an xlsx: the exact message, and nothing written (no client, no audit
entry). Also: on SQLite the bulk import keeps the search index and the change log whole, and a
dry run or a cancel leaves their triggers in place."""

from __future__ import annotations

import errno
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text
from test_import_support import INN_ROMASHKA, write_csv, write_xlsx

from crm_desktop.models import AuditEntry, Client
from crm_desktop.services.client_list import ClientListService
from crm_desktop.services.imports import (
    ImportCancelled,
    ImportEntity,
    ImportFileError,
    ImportProgress,
    ImportService,
    guess,
)
from tests.factories import make_world

FORMATS = ["csv", "xlsx"]


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.boss = w.add_user("boss", "admin")
    w.service = ImportService(w.sessions, w.boss)
    return w


def nothing_written(world) -> bool:
    with world.sessions() as s:
        clients = s.scalar(select(func.count()).select_from(Client))
        imports = s.scalar(select(func.count()).where(AuditEntry.action == "import"))
    return clients == 0 and imports == 0


def refused(world, path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as err:
        world.service.read(path)
    assert nothing_written(world)
    return err.value


def empty_file(path: Path, file_format: str) -> Path:
    if file_format == "csv":
        path.write_bytes(b"")
    else:
        openpyxl.Workbook().save(path)  # a workbook whose only sheet has no cell filled
    return path


@pytest.mark.parametrize("file_format", FORMATS)
def test_an_empty_file(world, tmp_path, file_format):
    path = empty_file(tmp_path / f"empty.{file_format}", file_format)
    error = refused(world, path)
    assert error.code == "empty"
    assert error.english() == f"The file empty.{file_format} is empty."


@pytest.mark.parametrize("file_format", FORMATS)
def test_a_file_that_is_not_a_spreadsheet(world, tmp_path, file_format):
    path = tmp_path / f"photo.{file_format}"
    # a JPEG renamed: binary bytes (CSV), or a zip that holds no workbook (xlsx)
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 16
                     if file_format == "csv" else b"PK\x03\x04 not a workbook at all")
    error = refused(world, path)
    assert error.code == "not_table"
    assert error.english() == (f"The file photo.{file_format} is not a spreadsheet: open an "
                               ".xlsx or .csv file.")


@pytest.mark.parametrize("file_format", FORMATS)
def test_a_50_mb_file(world, tmp_path, file_format):
    path = tmp_path / f"big.{file_format}"
    with path.open("wb") as file:
        file.write("Наименование;ИНН\n".encode("cp1251"))
        file.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    error = refused(world, path)
    assert error.code == "too_big"
    assert error.english() == (f"The file big.{file_format} is too big (50 MB; at most 32 MB): "
                               "split it into several files.")


def _write(path: Path, file_format: str) -> Path:
    return write_csv(path) if file_format == "csv" else write_xlsx(path)


IN_USE = ("is open in another program or locked: close it there and try again.")


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize(("error", "expected"), [
    # what Windows reports for a file Excel holds open, and Linux for one we may not read
    # (the tests may run as root, who reads anything: the refusal is simulated at open)
    (PermissionError(errno.EACCES, "Permission denied"), IN_USE),
    (OSError(errno.EBUSY, "Device or resource busy"), IN_USE),  # a mandatory lock
    (OSError(errno.EIO, "Input/output error"), "cannot be read: Input/output error"),
], ids=["no-permission", "busy", "io-error"])
def test_a_file_that_cannot_be_opened(world, tmp_path, monkeypatch, file_format, error,
                                      expected):
    path = _write(tmp_path / f"clients.{file_format}", file_format)

    def refuse(*_args, **_kwargs):
        raise error
    monkeypatch.setattr(Path, "open", refuse)
    found = refused(world, path)
    assert found.code == ("unreadable" if error.errno == errno.EIO else "locked")
    assert found.english() == f"The file clients.{file_format} {expected}"


@pytest.mark.parametrize("file_format", FORMATS)
def test_a_file_locked_after_its_first_bytes_were_read(world, tmp_path, monkeypatch,
                                                      file_format):
    """Another program took the file between the format check and the reading."""
    path = _write(tmp_path / f"clients.{file_format}", file_format)

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    if file_format == "csv":
        monkeypatch.setattr(Path, "read_bytes", refuse)
    else:
        monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    found = refused(world, path)
    assert found.code == "locked"
    assert found.english() == f"The file clients.{file_format} {IN_USE}"


def sqlite_only(world) -> None:
    if world.engine.dialect.name != "sqlite":
        pytest.skip("the trigram index and the change log are SQLite triggers")


def _triggers(world) -> set[str]:
    with world.engine.connect() as conn:
        return set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))


def test_bulk_import_keeps_the_search_index_and_the_change_log(world, tmp_path):
    sqlite_only(world)
    before = _triggers(world)
    path = write_csv(tmp_path / "clients.csv")
    table = world.service.read(path)
    preview = world.service.preview(table, guess(ImportEntity.CLIENTS, table.headers))
    assert world.service.run(preview, dry_run=True).created == 7  # no card in the base
    cancelling = ImportProgress(lambda done, total: cancelling.cancel() if done else None)
    with pytest.raises(ImportCancelled):
        world.service.run(preview, progress=cancelling)
    assert _triggers(world) == before and nothing_written(world)
    with world.engine.connect() as conn:
        logged = conn.scalar(text("SELECT coalesce(max(id), 0) FROM change_log"))
    result = world.service.run(preview)
    assert result.created == 7 and _triggers(world) == before
    found = ClientListService(world.sessions, world.boss).search("ромашк")
    assert [r.inn for r in found] == [INN_ROMASHKA]
    with world.engine.connect() as conn:
        changes = conn.execute(text(
            "SELECT id, table_name, op FROM change_log WHERE id > :id ORDER BY id"),
            {"id": logged}).all()
        clients = conn.scalar(text("SELECT count(*) FROM clients"))
        contacts = conn.scalar(text("SELECT count(*) FROM contacts"))
        # the index agrees with the table: FTS5's own check raises when it does not
        conn.execute(text("INSERT INTO clients_fts(clients_fts) VALUES ('integrity-check')"))
    assert [c.id for c in changes] == list(range(logged + 1, logged + 1 + len(changes)))
    assert sum(c.table_name == "clients" for c in changes) == clients == 7
    assert sum(c.table_name == "contacts" for c in changes) == contacts == 1
    assert {c.op for c in changes} == {"I"}
