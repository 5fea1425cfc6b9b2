"""Importing contact people (linked to clients by INN or name) and deals (to a pipeline and
stage by name), on SQLite and PostgreSQL, from cp1251 CSV files with bad rows."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from test_import_support import INN_LUTIK, INN_ROMASHKA

from crm_desktop.models import (
    Client,
    Contact,
    Deal,
    DealStageChange,
    Pipeline,
    Stage,
    StageKind,
)
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.imports import ImportEntity, ImportService, guess
from tests.factories import make_world

LOST = "Закрыто и не реализовано"


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.boss = w.add_user("boss", "admin")
    clients = ClientService(w.sessions, w.boss)
    w.romashka = clients.create(ClientData(name="ООО Ромашка", inn=INN_ROMASHKA))
    w.lutik = clients.create(ClientData(name="АО Лютик", inn=INN_LUTIK))
    clients.create(ClientData(name="ООО Тёзка"))
    clients.create(ClientData(name="ООО Тезка"))  # folded to the same name: ambiguous
    return w


def cp1251_csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1251"))
    return path


def run_import(world, path: Path, entity: ImportEntity, tmp_path: Path):
    service = ImportService(world.sessions, world.boss)
    table = service.read(path)
    preview = service.preview(table, guess(entity, table.headers))
    return preview, service.run(preview, rejects_path=tmp_path / "rejects")


def test_contacts_link_to_clients_by_inn_or_name(world, tmp_path):
    path = cp1251_csv(tmp_path / "contacts.csv", [
        ["ФИО", "Должность", "Компания", "ИНН", "Телефон", "E-mail"],
        ["Иванов Иван Иванович", "Директор", "", INN_ROMASHKA, "8 912 000-00-01", ""],
        ["Петрова Анна", "Бухгалтер", "АО «Лютик»", "", "", "anna@lutik.ru"],
        ["Петрова Анна", "", "АО Лютик", "", "+7 912 000-00-02", ""],  # the same person
        ["Сидоров", "", "ООО Нет Такой", "", "", ""],
        ["Кузнецов", "", "ООО Тезка", "", "", ""],
        ["", "Водитель", "ООО Ромашка", "", "", ""],
    ])
    preview, result = run_import(world, path, ImportEntity.CONTACTS, tmp_path)
    assert (result.created, result.merged, result.rejected) == (2, 1, 3)
    with world.sessions() as s:
        anna = s.scalar(select(Contact).where(Contact.client_id == world.lutik.id))
        assert anna.full_name == "Петрова Анна" and anna.position == "Бухгалтер"
        lutik = s.get(Client, world.lutik.id)
        assert lutik.main_email == "anna@lutik.ru" and "петрова анна" in lutik.search_text
        ivanov = s.scalar(select(Contact).where(Contact.client_id == world.romashka.id))
        assert (ivanov.last_name, ivanov.first_name) == ("Иванов", "Иван")
    reasons = [p.english() for r in preview.rows for p in r.problems if not p.warning]
    assert reasons == ['No client "ООО Нет Такой" among the clients you can see.',
                       'Several clients are named "ООО Тезка": add a column with their INN.',
                       "This field is required."]
    assert result.reject_file is not None and result.reject_file.suffix == ".csv"


def test_deals_go_to_the_pipeline_and_stage_named(world, tmp_path):
    path = cp1251_csv(tmp_path / "deals.csv", [
        ["Сделка", "ИНН", "Клиент", "Воронка", "Этап", "Сумма", "Дата закрытия",
         "Причина отказа"],
        ["Поставка мебели", INN_ROMASHKA, "", "Новые клиенты", "Переговоры", "150 000,50 руб.",
         "31.12.2026", ""],
        ["Поставка мебели", "", "ООО Ромашка", "Новые клиенты", "", "", "", ""],  # duplicate
        ["Сервис", "", "АО Лютик", "", "", "1000", "2026-12-01", ""],
        ["Проигранная", "", "АО Лютик", "Новые клиенты", LOST, "10", "", "Дорого"],
        ["Без причины", "", "АО Лютик", "Новые клиенты", LOST, "10", "", ""],
        ["Нет воронки", "", "АО Лютик", "Холодная", "", "", "", ""],
        ["Плохая сумма", "", "АО Лютик", "", "", "много", "", ""],
    ])
    with world.sessions() as s:
        stages = {n: i for i, n in s.execute(
            select(Stage.id, Stage.name).join(Pipeline).where(Pipeline.name == "Новые клиенты"))}
    preview, result = run_import(world, path, ImportEntity.DEALS, tmp_path)
    assert (result.created, result.merged, result.rejected) == (3, 1, 3)
    with world.sessions() as s:
        deal = s.scalar(select(Deal).where(Deal.title == "Поставка мебели"))
        assert deal.amount == Decimal("150000.50") and str(deal.expected_close_on) == "2026-12-31"
        assert deal.stage_id == stages["Переговоры"]
        lost = s.scalar(select(Deal).where(Deal.title == "Проигранная"))
        assert lost.loss_reason_id is not None and lost.closed_at is not None
        assert s.get(Stage, lost.stage_id).kind is StageKind.LOST
        history = s.scalars(select(DealStageChange.to_stage_id).where(
            DealStageChange.deal_id == deal.id)).all()
        assert history == [deal.stage_id]
        romashka = s.get(Client, world.romashka.id)
        assert romashka.open_deals_amount == Decimal("150000.50")
    reasons = {preview.table.rows[r.index][0]: r.problems[0].english()
               for r in preview.rows if not r.ok}
    assert reasons == {
        "Без причины": "A lost deal needs a loss reason from the list: ",
        "Нет воронки": 'No pipeline "Холодная".',
        "Плохая сумма": "Enter an amount of money, e.g. 1500.00.",
    }
