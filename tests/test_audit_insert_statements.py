"""PostgreSQL: inserts of clients, contact persons and phones/e-mails are audited and announced
by one trigger per statement (revision 0015), with an entry and a notification for every row,
in the order the rows went in, and the audit chain still verifies."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest

from tests.pg_security_support import SecuredServer, secured_server


@pytest.fixture(scope="module")
def server() -> Iterator[SecuredServer]:
    yield from secured_server()


def _insert_three(conn: psycopg.Connection, manager_id: int) -> list[int]:
    """Three clients in one statement, newest id first, one of them with a city."""
    return [row[0] for row in conn.execute(
        "INSERT INTO clients (kind, name, sort_key, search_text, city, manager_id) "
        "SELECT 'company', 'ООО «Пакет ' || i || '»', 'пакет ' || i, 'пакет ' || i, "
        "       CASE WHEN i = 2 THEN 'Тула' END, %s "
        "FROM generate_series(1, 3) i ORDER BY i DESC RETURNING id", (manager_id,))]


def test_a_many_row_insert_is_audited_row_by_row_in_order(server: SecuredServer) -> None:
    me = server.actors["m1"].user_id
    with server.connect("m1") as conn:
        ids = _insert_three(conn, me)
        conn.execute("INSERT INTO contact_methods (client_id, kind, value, normalized, "
                     "is_primary, position) VALUES (%s, 'phone', '8 900 1', '79001', true, 0), "
                     "(%s, 'email', 'a@b.ru', 'a@b.ru', true, 0)", (ids[0], ids[1]))
    with psycopg.connect(server.url) as conn:  # the owner reads every entry
        entries = conn.execute(
            "SELECT entity, entity_id, user_id, login, details::jsonb FROM audit_log "
            "WHERE action = 'insert' AND entity IN ('client', 'contact_method') "
            "AND (entity = 'contact_method' OR entity_id = ANY (%s)) ORDER BY id",
            (ids,)).fetchall()
        assert conn.execute("SELECT crm_audit_verify()").fetchone() == (None,)
    assert [(e[0], e[1]) for e in entries[:3]] == [("client", i) for i in ids]
    assert {(e[2], e[3]) for e in entries} == {(me, server.logins["m1"])}
    new = entries[1][4]["new"]
    assert entries[1][4]["old"] == {}
    assert new["city"] == "Тула" and new["name"] == "ООО «Пакет 2»"
    # unset columns and the ones the services derive are left out, as for a single row
    assert "inn" not in new and "search_text" not in new and "version" not in new
    assert [(e[0], e[4]["new"]["client_id"]) for e in entries[3:]] == [
        ("contact_method", ids[0]), ("contact_method", ids[1])]


def test_a_many_row_insert_announces_every_row(server: SecuredServer) -> None:
    me = server.actors["m1"].user_id
    with psycopg.connect(server.url, autocommit=True) as listener:
        listener.execute("LISTEN crm_changes")
        with server.connect("m1") as conn:
            ids = _insert_three(conn, me)
        payloads = [json.loads(n.payload)
                    for n in listener.notifies(timeout=2.0, stop_after=len(ids))]
    assert payloads == [{"table": "clients", "id": i, "op": "I", "version": 1, "client_id": i}
                        for i in ids]


def test_an_insert_by_the_owner_is_announced_but_not_audited(server: SecuredServer) -> None:
    with psycopg.connect(server.url, autocommit=True) as owner:
        before = owner.execute("SELECT max(id) FROM audit_log").fetchone()
        owner.execute("LISTEN crm_changes")
        row = owner.execute(
            "INSERT INTO clients (kind, name, sort_key, search_text) "
            "VALUES ('company', 'ООО «Сервис»', 'сервис', 'сервис') RETURNING id").fetchone()
        assert row is not None
        client_id = row[0]
        row = owner.execute(
            "INSERT INTO contacts (client_id, first_name, full_name, sort_key) "
            "VALUES (%s, 'Анна', 'Анна', 'анна') RETURNING id", (client_id,)).fetchone()
        assert row is not None
        payloads = [json.loads(n.payload) for n in owner.notifies(timeout=2.0, stop_after=2)]
        after = owner.execute("SELECT max(id) FROM audit_log").fetchone()
    assert after == before
    assert [(p["table"], p["id"], p["client_id"]) for p in payloads] == [
        ("clients", client_id, client_id), ("contacts", row[0], client_id)]
