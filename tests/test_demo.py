"""Demo data: valid requisites, consistent deals and denormalised columns, on both backends."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from conftest_cli import run
from sqlalchemy import func, select, text
from stdnum.ru import inn as stdnum_inn
from stdnum.ru import ogrn as stdnum_ogrn

from crm_desktop.db import make_sessions
from crm_desktop.models import (
    Activity,
    Client,
    ClientKind,
    ContactMethod,
    Deal,
    DealItem,
    DealStageChange,
    Pipeline,
    Stage,
    Task,
    User,
)
from crm_desktop.services import demo, validation
from crm_desktop.services.demo.history import line_amount
from crm_desktop.services.normalize import fold, phone_e164, sort_key
from crm_desktop.services.workspace import login

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def generated(engine):
    sessions = make_sessions(engine)
    calls: list[tuple[int, int]] = []
    summary = demo.generate(sessions, 200, seed=7, today=TODAY,
                            progress=lambda done, total: calls.append((done, total)))
    return sessions, summary, calls


def test_summary_counts_and_progress(generated):
    sessions, summary, calls = generated
    assert summary.clients == 200
    assert calls[0] == (0, 200) and calls[-1] == (200, 200)
    assert summary.users_created == len(demo.DEMO_USERS)
    assert summary.products_created == 50
    assert 80 <= summary.deals <= 180 and 100 <= summary.tasks <= 300
    assert 400 <= summary.activities <= 900 and summary.contacts >= 160
    with sessions() as session:
        for model, expected in ((Client, summary.clients), (Deal, summary.deals),
                                (Task, summary.tasks), (Activity, summary.activities),
                                (DealStageChange, summary.stage_changes)):
            assert session.scalar(select(func.count()).select_from(model)) == expected
        logins = set(session.scalars(select(User.login)))
    assert {"admin", "rukovoditel", "ivanova", "petrov", "sidorova", "stazher"} <= logins


def test_requisites_pass_the_real_checks(generated):
    sessions, _, _ = generated
    with sessions() as session:
        clients = session.scalars(select(Client)).all()
        companies = [c for c in clients if c.kind == ClientKind.COMPANY]
        assert 0.65 < len(companies) / len(clients) < 0.95
        for client in clients:
            assert client.sort_key == sort_key(client.name)
            assert client.version == 1 and client.created_by_id is not None
            if client.inn:
                assert stdnum_inn.is_valid(client.inn), client.inn
                assert client.inn in client.search_text
            if client.kind == ClientKind.PERSON:
                assert client.inn is None or len(client.inn) == 12
                assert client.last_name and client.first_name and client.middle_name
                continue
            assert client.legal_form in ("ООО", "АО", "ПАО", "ИП")
            assert len(client.inn or "") == (12 if client.legal_form == "ИП" else 10)
            assert stdnum_ogrn.is_valid(client.ogrn or "")
            assert len(client.ogrn or "") == (15 if client.legal_form == "ИП" else 13)
            if client.legal_form != "ИП":
                assert client.kpp == validation.kpp(client.kpp) and client.kpp[:4] == client.inn[:4]
            assert validation.bik(client.bik) == client.bik
            validation.bank_account(client.bank_account, client.bik)  # raises when wrong
            validation.bank_account(client.corr_account, client.bik, correspondent=True)
            assert client.main_phone and client.main_email and client.industry and client.city


def test_phones_are_normalised_like_the_services_do(generated):
    sessions, _, _ = generated
    with sessions() as session:
        phones = session.execute(select(ContactMethod.value, ContactMethod.normalized)
                                 .where(ContactMethod.kind == "phone")).all()
        assert len(phones) > 300
        for value, normalized in phones:
            assert phone_e164(value) == normalized, value
            assert normalized.startswith("+7")
        emails = session.scalars(select(ContactMethod.normalized)
                                 .where(ContactMethod.kind == "email")).all()
        assert all("@" in e and e == e.lower() for e in emails)
        digits = session.scalars(select(Client.search_text)).first()
        assert digits and any(ch.isdigit() for ch in digits)
        main_phones = session.scalars(select(Client.main_phone)).all()
        assert main_phones and all(p and p.startswith("+7") and p[1:].isdigit()
                                   for p in main_phones)  # E.164, as ClientService stores it


def test_deal_stage_history_walks_the_pipeline(generated):
    sessions, _, _ = generated
    with sessions() as session:
        stages = {s.id: s for s in session.scalars(select(Stage))}
        history: dict[int, list[DealStageChange]] = defaultdict(list)
        for change in session.scalars(select(DealStageChange).order_by(
                DealStageChange.deal_id, DealStageChange.changed_at, DealStageChange.id)):
            history[change.deal_id].append(change)
        deals = session.scalars(select(Deal)).all()
        outcomes = set()
        for deal in deals:
            changes = history[deal.id]
            assert changes, deal.id
            assert changes[-1].to_stage_id == deal.stage_id
            assert changes[0].from_stage_id is None
            previous = None
            for change in changes:
                assert change.from_stage_id == previous
                assert stages[change.to_stage_id].pipeline_id == deal.pipeline_id
                if previous is not None:
                    assert stages[change.to_stage_id].position > stages[previous].position
                previous = change.to_stage_id
                assert change.changed_at <= NOW
            kind = stages[deal.stage_id].kind.value
            outcomes.add(kind)
            assert (deal.loss_reason_id is not None) == (kind == "lost")
            assert (deal.closed_at is not None) == (kind != "open")
            assert deal.stage_entered_at == changes[-1].changed_at
        assert outcomes == {"open", "won", "lost"}
        names = set(session.scalars(select(Pipeline.name).join(
            Deal, Deal.pipeline_id == Pipeline.id)))
        assert {"Новые клиенты", "Постоянные клиенты"} <= names


def test_amounts_add_up(generated, engine):
    sessions, _, _ = generated
    with sessions() as session:
        items: dict[int, Decimal] = defaultdict(Decimal)
        for item in session.scalars(select(DealItem)):
            items[item.deal_id] += line_amount(item.quantity, item.price, item.discount_pct)
        for deal in session.scalars(select(Deal)):
            assert deal.amount == items[deal.id], deal.id
            assert deal.search_text == fold(deal.title)
    open_sum = text(
        "SELECT c.id, c.open_deals_amount, COALESCE(("
        "  SELECT SUM(d.amount) FROM deals d JOIN stages s ON s.id = d.stage_id"
        "  WHERE d.client_id = c.id AND s.kind = 'open'), 0) FROM clients c")
    with engine.connect() as conn:
        rows = conn.execute(open_sum).all()
    assert any(Decimal(str(stored)) > 0 for _, stored, _ in rows)
    for client_id, stored, expected in rows:
        assert Decimal(str(stored)) == Decimal(str(expected)), client_id


def test_tasks_and_activities(generated):
    sessions, _, _ = generated
    with sessions() as session:
        overdue = session.scalar(select(func.count()).select_from(Task).where(
            Task.status == "open", Task.due_at < NOW))
        done = session.scalar(select(func.count()).select_from(Task).where(Task.status == "done"))
        assert overdue > 0 and done > 0
        calls = session.scalars(select(Activity).where(Activity.kind == "call")).all()
        assert calls and all(c.duration_seconds is not None and c.outcome for c in calls)
        kinds = set(session.scalars(select(Activity.kind).distinct()))
        assert {k.value for k in kinds} == {"call", "meeting", "email", "note"}
        last = session.execute(select(Activity.client_id, func.max(Activity.occurred_at))
                               .group_by(Activity.client_id)).all()
        clients = {c.id: c for c in session.scalars(select(Client))}
        for client_id, occurred in last:
            assert clients[client_id].last_contact_at == occurred
            assert occurred <= NOW
        assert session.scalar(select(func.min(Activity.occurred_at))) >= datetime(
            2025, 11, 25, tzinfo=UTC)
        if session.get_bind().dialect.name == "sqlite":  # stored exactly as the ORM stores them
            stored = session.scalar(text("SELECT due_at FROM tasks LIMIT 1"))
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", stored), stored
            task = session.scalars(select(Task).limit(1)).one()
            assert task.due_at.tzinfo is not None
            assert session.scalar(text("SELECT count(*) FROM tasks WHERE due_at = :d"),
                                  {"d": stored}) >= 1


def test_search_index_and_sequences_keep_working(generated, engine):
    sessions, summary, _ = generated
    with sessions.begin() as session:  # ids continue after the generated ones
        client = Client(kind=ClientKind.COMPANY, name="ООО «Проверка»", sort_key="проверка",
                        search_text="проверка уникальныйфрагмент")
        session.add(client)
        session.flush()
        assert client.id > summary.clients
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            for table, expected in (("clients", summary.clients + 1), ("deals", summary.deals)):
                assert conn.scalar(text(
                    f"SELECT count(*) FROM sqlite_master WHERE name = '{table}_fts_ai'")) == 1
                assert conn.scalar(text(f"SELECT count(*) FROM {table}_fts")) == expected
            title = conn.scalar(text("SELECT search_text FROM deals ORDER BY id LIMIT 1"))
            fragment = title.split(" — ")[-1][:6].replace('"', "")
            assert conn.scalar(text("SELECT count(*) FROM deals_fts WHERE deals_fts MATCH :q"),
                               {"q": f'"{fragment}"'}) > 0
            hits = conn.scalar(text(
                "SELECT count(*) FROM clients_fts WHERE clients_fts MATCH '\"уникальныйфраг\"'"))
            assert hits == 1
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    again = demo.generate(sessions, 20, seed=8, today=TODAY)
    assert again.users_created == 0 and again.products_created == 0
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == summary.clients + 21


def test_same_seed_same_data(tmp_path, sqlite_template):
    import shutil

    from crm_desktop.db import make_engine

    names = []
    for i in range(2):
        path = tmp_path / f"{i}.sqlite3"
        shutil.copyfile(sqlite_template, path)
        engine = make_engine(f"sqlite:///{path}")
        demo.generate(make_sessions(engine), 30, seed=11, today=TODAY)
        with engine.connect() as conn:
            names.append(conn.execute(text("SELECT name, inn FROM clients ORDER BY id")).all())
        engine.dispose()
    assert names[0] == names[1]


def test_demo_users_can_log_in(sqlite_url):
    from crm_desktop.db import make_engine

    engine = make_engine(sqlite_url)
    demo.generate(make_sessions(engine), 5, today=TODAY)
    engine.dispose()
    workspace = login(sqlite_url, "ivanova", demo.DEMO_PASSWORD)
    try:
        assert workspace.actor.role_key == "manager"
    finally:
        workspace.close()


def test_demo_command(db_url, capsys):
    result = run(capsys, "--db", db_url, "demo", "--clients", "25", "--seed", "3", "--no-logins")
    assert result.code == 0, result
    assert "25 clients" in result.out and "demo1234" in result.out
    with pytest.raises(SystemExit) as exit_info:  # argparse: usage message, exit code 2
        run(capsys, "--db", db_url, "demo", "--clients", "0")
    assert exit_info.value.code == 2
