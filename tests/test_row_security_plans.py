"""Row-level security keeps the indexes usable (PITFALLS #2, #3): the plans of list, count and
search queries on a salesperson's and an administrator's login, with enough rows that a
sequential scan would be the planner's choice if the policies got in the way."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.pg_security_support import SecuredServer, secured_server

ROWS = 30_000


@pytest.fixture(scope="module")
def server() -> Iterator[SecuredServer]:
    for server in secured_server():
        others = server.actors["m2"].user_id
        mine = server.actors["m1"].user_id
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute(
                "INSERT INTO clients SELECT (jsonb_populate_record(c, jsonb_build_object("
                "'id', nextval('clients_id_seq'), 'name', 'ООО Клиент ' || g, "
                "'sort_key', 'клиент ' || lpad(g::text, 6, '0'), "
                "'search_text', 'клиент ' || g || CASE WHEN g %% 1000 = 0 THEN ' ромашка' "
                "ELSE '' END, "
                "'manager_id', CASE WHEN g %% 300 = 0 THEN %s ELSE %s END))).* "
                "FROM clients c, generate_series(1, %s) g WHERE c.manager_id = %s",
                (mine, others, ROWS, others))
            conn.execute("ANALYZE")
        yield server


def _plan(server: SecuredServer, who: str, query: str) -> str:
    """The plan when a sequential scan is priced out: an index the policies made unusable
    still shows up as a Seq Scan (the test tables are far smaller than an office's)."""
    with server.connect(who) as conn:
        conn.execute("SET enable_seqscan = off")
        return "\n".join(r[0] for r in conn.execute("EXPLAIN " + query))


LIST = "SELECT id FROM clients ORDER BY sort_key, id LIMIT 200"
COUNT = "SELECT count(*) FROM clients"
SEARCH = "SELECT id FROM clients WHERE search_text ILIKE '%ромашка%' LIMIT 50"


@pytest.mark.parametrize("query", [LIST, COUNT, SEARCH])
def test_a_salesperson_never_scans_the_whole_client_table(server, query) -> None:
    plan = _plan(server, "m1", query)
    assert "Seq Scan on clients" not in plan, plan


@pytest.mark.parametrize("query", [COUNT, SEARCH])
def test_a_salesperson_counts_and_searches_through_their_own_rows(server, query) -> None:
    plan = _plan(server, "m1", query)
    assert "ix_clients_manager_sort" in plan, plan


def test_the_policy_helpers_run_once_per_query(server) -> None:
    plan = _plan(server, "m1", COUNT)
    assert "InitPlan" in plan, plan


def test_an_administrator_searches_through_the_trigram_index(server) -> None:
    plan = _plan(server, "adm", SEARCH)
    assert "ix_clients_search_trgm" in plan, plan


def test_an_administrator_pages_through_the_sort_index(server) -> None:
    plan = _plan(server, "adm", LIST)
    assert "ix_clients_sort" in plan, plan
    with server.connect("adm") as conn:
        seen = conn.execute(COUNT).fetchone()
    assert seen is not None and seen[0] > ROWS
