"""Importing a messy client list (cp1251 CSV and xlsx) on SQLite and PostgreSQL: exact counts
of created / merged / skipped / rejected rows, what landed in the base, the reject report."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_import_support import (
    EXISTING_PHONE,
    INN_FORMULA,
    INN_ROMASHKA,
    INN_ZERO,
    ROWS,
    write_csv,
    write_xlsx,
)

from crm_desktop.models import AuditEntry, Client, Contact, ContactMethod
from crm_desktop.services.client_dto import ClientData, MethodData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.enums import ClientKind, ContactMethodKind
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.imports import (
    DuplicatePolicy,
    ImportCancelled,
    ImportEntity,
    ImportProgress,
    ImportService,
    guess,
)
from tests.factories import make_world


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.boss = w.add_user("boss", "admin")
    w.anna = w.add_user("anna", "manager")
    w.existing = ClientService(w.sessions, w.anna).create(ClientData(
        name="ЗАО Существующая", methods=(MethodData(ContactMethodKind.PHONE, EXISTING_PHONE),)))
    return w


@pytest.fixture(params=["csv", "xlsx"])
def messy_file(request, tmp_path: Path) -> Path:
    if request.param == "csv":
        return write_csv(tmp_path / "clients.csv")
    return write_xlsx(tmp_path / "clients.xlsx")


def preview_of(world, path: Path):
    service = ImportService(world.sessions, world.boss)
    table = service.read(path)
    return service, service.preview(table, guess(ImportEntity.CLIENTS, table.headers))


def test_messy_file_imports_exactly_the_good_rows(world, messy_file, tmp_path):
    service, preview = preview_of(world, messy_file)
    assert len(preview.rows) == len(ROWS)
    result = service.run(preview, rejects_path=tmp_path / "rejects")
    expected = [what for _, what in ROWS]
    assert result.rows == len(ROWS)
    assert result.created == sum(w.startswith("created") for w in expected) == 6
    assert result.merged == 1
    assert result.skipped == 1 and result.updated == 0
    assert result.rejected == sum(w.startswith("rejected") for w in expected) == 5
    assert result.warnings == 1
    with world.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 7
        romashka = s.scalar(select(Client).where(Client.inn == INN_ROMASHKA))
        assert romashka.name == "ООО «Ромашка»" and romashka.sort_key == "ромашка"
        assert romashka.kpp == "770701001" and romashka.city == "Москва"
        assert romashka.note == "Перезвонить в понедельник"
        assert romashka.main_phone == "+79123456789"
        assert romashka.main_email == "info@romashka.ru"
        methods = s.scalars(select(ContactMethod.normalized).where(
            ContactMethod.client_id == romashka.id).order_by(ContactMethod.position)).all()
        assert methods == ["+79123456789", "+74951234567", "info@romashka.ru",
                           "sales@romashka.ru"]
        assert "79123456789" in romashka.search_text and "иванов" in romashka.search_text
        contact = s.scalar(select(Contact).where(Contact.client_id == romashka.id))
        assert (contact.last_name, contact.first_name, contact.middle_name) == (
            "Иванов", "Иван", "Иванович")
        assert contact.position == "Директор"
        assert romashka.manager_id == world.anna.user_id and romashka.channel_id is not None
        sidorov = s.scalar(select(Client).where(Client.name == "Сидоров Пётр Петрович"))
        assert sidorov.kind is ClientKind.PERSON
        assert (sidorov.last_name, sidorov.first_name) == ("Сидоров", "Пётр")
        birthdays = s.scalars(select(Client.birthday).where(Client.kind == ClientKind.PERSON)
                              .order_by(Client.birthday)).all()
        assert [str(d) for d in birthdays] == ["1980-02-01", "1985-03-04", "1990-06-05"]
        assert s.scalar(select(Client.employee_count).where(Client.inn == INN_FORMULA)) == 6
        zero = s.scalar(select(Client).where(Client.inn == INN_ZERO))
        assert zero.manager_id == world.boss.user_id  # unknown "nobody": the default owner
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "import"))
        assert entry.details["created"] == 6 and entry.details["rejected"] == 5
        assert entry.details["file"] == messy_file.name and entry.login == "boss"
    assert result.reject_file == tmp_path / f"rejects{messy_file.suffix}"
    width = len(preview.table.headers)
    assert _reject_reasons(result.reject_file) == {
        "АО Лютик": "ИНН: INN must be 10 digits (company) or 12 digits (person) with a valid "
                    "checksum.",
        "ИП Петров": "Телефон: Not a phone number: позвонить после 18",
        "Смирнов Игорь": "Дата рождения: Not a date: 32.13.1990 (use dd.mm.yyyy)",
        # the name, the INN and the spill-over up to column 200
        "ООО Широкая строка": f"The row has {2 + 200 - width} filled cells, the header only "
                              f"{width} columns.",
        "": "Наименование: The row has no name.",
    }


def _reject_reasons(path: Path) -> dict[str, str]:
    if path.suffix == ".csv":
        with path.open(encoding="cp1251", newline="") as file:
            rows = list(csv.reader(file, delimiter=";"))
    else:
        import openpyxl
        book = openpyxl.load_workbook(path, read_only=True)
        rows = [["" if v is None else str(v) for v in r]
                for r in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
    header = rows[0]
    assert header[0] == "Наименование" and header[-1] == "reason"
    return {r[0]: r[-1] for r in rows[1:]}


def test_reject_report_imports_again_once_fixed(world, tmp_path):
    service, preview = preview_of(world, write_csv(tmp_path / "clients.csv"))
    result = service.run(preview, rejects_path=tmp_path / "rejects.csv")
    assert result.reject_file is not None
    text = result.reject_file.read_text(encoding="cp1251").replace("77O7083893", "7707083893")
    text = text.replace("позвонить после 18", "+7 912 000-00-00")
    fixed = tmp_path / "fixed.csv"
    fixed.write_text(text, encoding="cp1251")
    service, again = preview_of(world, fixed)
    # still bad: the date and the row without a name; the wide row lost its spill-over
    assert again.rejected == 2 and again.accepted == 3
    assert again.mapping.fields[-1] is None  # the reason column is not imported
    second = service.run(again)
    assert (second.created, second.rejected) == (3, 2)


def test_update_policy_fills_the_existing_card(world, tmp_path):
    service, preview = preview_of(world, write_csv(tmp_path / "clients.csv"))
    (group,) = [g for g in preview.groups if g.in_base]
    assert group.existing[0].id == world.existing.id and group.existing[0].visible
    result = service.run(preview, {group.id: DuplicatePolicy.UPDATE})
    assert (result.updated, result.merged, result.skipped) == (1, 2, 0)
    card = ClientService(world.sessions, world.boss).get(world.existing.id)
    assert card.data.city == "Казань" and card.version > world.existing.version


def test_create_policy_for_all(world, tmp_path):
    service, preview = preview_of(world, write_csv(tmp_path / "clients.csv"))
    result = service.run(preview, default=DuplicatePolicy.CREATE)
    assert (result.created, result.merged, result.skipped) == (8, 0, 0)


def test_cancel_writes_nothing(world, tmp_path):
    service, preview = preview_of(world, write_csv(tmp_path / "clients.csv"))
    progress = ImportProgress(lambda done, total: progress.cancel() if done else None)
    with pytest.raises(ImportCancelled):
        service.run(preview, progress=progress, rejects_path=tmp_path / "rejects.csv")
    with world.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 1
        assert s.scalar(select(func.count()).where(AuditEntry.action == "import")) == 0
    assert not (tmp_path / "rejects.csv").exists()


def test_dry_run_counts_but_writes_nothing(world, tmp_path):
    service, preview = preview_of(world, write_csv(tmp_path / "clients.csv"))
    result = service.run(preview, dry_run=True)
    assert result.created == 6 and result.dry_run
    with world.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 1


def test_a_role_without_the_import_right_is_refused(world, tmp_path):
    with pytest.raises(PermissionDenied):
        ImportService(world.sessions, world.anna).read(write_csv(tmp_path / "c.csv"))
