"""Exports of the client list, a segment and deals: the files' contents and properties, keyset
paging, formulas kept as text, the export right and the audit entry (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from crm_desktop.models import AuditEntry, Pipeline
from crm_desktop.services import exports
from crm_desktop.services.client_dto import ClientData, MethodData
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.enums import ClientStatus, ContactMethodKind
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.exports import ExportFormat, ExportService
from crm_desktop.services.imports import read_table
from crm_desktop.services.segments import SegmentService
from tests.factories import make_world

MOMENT = datetime(2026, 11, 26, 17, 50, tzinfo=UTC)


@pytest.fixture
def world(engine, monkeypatch):
    monkeypatch.setattr(exports, "PAGE", 2)  # several keyset pages even for a few rows
    w = make_world(engine)
    w.head = w.add_user("head", "head", team="Продажи")
    w.anna = w.add_user("anna", "manager", team="Продажи")
    clients = ClientService(w.sessions, w.head)
    for name, city in (("ООО Ромашка", "Москва"), ("АО Альфа", "Москва"),
                       ("=HYPERLINK(\"http://evil\")", "Москва"), ("ООО Бета", "Тула"),
                       ("ИП Вега", "Москва")):
        clients.create(ClientData(name=name, city=city, status=ClientStatus.CLIENT, methods=(
            MethodData(ContactMethodKind.PHONE, "+7 912 000-00-01"),)))
    w.service = ExportService(w.sessions, w.head, lambda: MOMENT)
    return w


def sheet_rows(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    return rows


def test_client_list_to_xlsx_names_author_and_time(world, tmp_path):
    result = world.service.clients(tmp_path / "clients", ClientFilter(city="Москва"))
    assert result.rows == 4 and result.path == tmp_path / "clients.xlsx"
    rows = sheet_rows(result.path)
    assert rows[0][:3] == ["Name", "Type", "INN"]
    assert [r[0] for r in rows[1:]] == ["=HYPERLINK(\"http://evil\")", "АО Альфа", "ИП Вега",
                                        "ООО Ромашка"]  # by name, legal form ignored
    assert rows[1][5] == "client" and rows[1][6] == "+79120000001"
    assert rows[1][11] == "Head"
    book = openpyxl.load_workbook(result.path)
    assert book.properties.creator == "Head (head)"
    assert book.properties.title == "Clients"
    assert book.properties.description == (
        "Clients: exported by Head (head) on " + f"{MOMENT:%d.%m.%Y %H:%M}" + ", 4 rows")
    formula_cell = book.worksheets[0]["A2"]
    assert formula_cell.data_type == "s"  # data, never a formula
    with world.sessions() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    assert entry.login == "head" and entry.entity == "clients"
    assert entry.details == {"filter": {"city": "Москва"}, "rows": 4, "format": "xlsx",
                             "file": "clients.xlsx"}
    assert not list(tmp_path.glob("*.part"))


def test_csv_for_russian_excel(world, tmp_path):
    result = world.service.clients(tmp_path / "clients.csv", file_format=ExportFormat.CSV,
                                   translate=lambda s: {"Name": "Наименование"}.get(s, s))
    data = result.path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == f"Clients: exported by Head (head) on {MOMENT:%d.%m.%Y %H:%M}, 5 rows"
    assert lines[1].startswith("Наименование;Type;INN;")
    assert lines[2].startswith('"\'=HYPERLINK(""http://evil"")";company;')  # not a formula
    assert result.rows == 5 and len(lines) == 7
    # the file imports back: the title row is skipped, the header found
    table = read_table(result.path)
    assert table.headers[0] == "Наименование" and len(table.rows) == 5


def test_segment_and_deals(world, tmp_path):
    segment = SegmentService(world.sessions, world.head).save(
        "Тула", ClientFilter(city="Тула"), shared=False)
    result = world.service.segment(tmp_path / "tula.xlsx", segment.id)
    assert [r[0] for r in sheet_rows(result.path)[1:]] == ["ООО Бета"]
    properties = openpyxl.load_workbook(result.path).properties
    assert properties.creator == "Head (head)" and properties.title == "Segment “Тула”"
    assert properties.description == (
        f"Segment “Тула”: exported by Head (head) on {MOMENT:%d.%m.%Y %H:%M}, 1 rows")
    with world.sessions() as s:
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.name == "Новые клиенты"))
    client = ClientService(world.sessions, world.head).create(ClientData(name="ООО Гамма"))
    for title in ("Поставка", "Сервис", "Монтаж"):
        DealService(world.sessions, world.head).create(DealData(
            title=title, client_id=client.id, pipeline_id=pipeline, amount=Decimal("1500.50")))
    deals = world.service.deals(tmp_path / "deals", pipeline, file_format=ExportFormat.CSV)
    lines = deals.path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == f"Deals: exported by Head (head) on {MOMENT:%d.%m.%Y %H:%M}, 3 rows"
    assert deals.rows == 3 and lines[1].startswith("Deal;Client;Pipeline;Stage;Amount")
    assert lines[2].startswith("Поставка;ООО Гамма;Новые клиенты;Первичный контакт;1500,50;RUB")
    with world.sessions() as s:
        what = s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "export")).all()
    assert what == ["segment", "deals"]


def test_export_needs_the_export_right(world, tmp_path):
    service = ExportService(world.sessions, world.anna)
    with pytest.raises(PermissionDenied):
        service.clients(tmp_path / "c.xlsx")
    with pytest.raises(PermissionDenied):
        service.deals(tmp_path / "d.csv", file_format=ExportFormat.CSV)
    assert not list(tmp_path.glob("c.*")) and not list(tmp_path.glob("d.*"))
    with world.sessions() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "export")) is None
