"""The cost of row-level security (PostgreSQL): the same service calls as a salesperson and an
administrator on their own database logins (policies apply) and through the owner's connection
(policies bypassed, the services' own scope filter still applied). `raw ms` is the owner's time,
so `ratio` is what the policies add (PERFORMANCE.md: at most 1.5x)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text
from timing import Record, measure, percentile

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.demo import DEMO_PASSWORD
from crm_desktop.services.users import create_db_login
from crm_desktop.services.workspace import Workspace, login, workspace_for

WHO = {"manager": "ivanova", "admin": "admin"}
SEARCHES = ("ромашка", "ООО Вектор", "строй")


def _ensure_logins(url: str) -> None:
    engine = make_engine(url)
    try:
        with make_sessions(engine).begin() as session:
            for name in WHO.values():
                create_db_login(session, name, DEMO_PASSWORD, replace_existing=True)
    finally:
        engine.dispose()


def _ops(bundle: ServiceBundle) -> dict[str, list[Callable[[], object]]]:
    return {
        "client_list_first_page": [lambda: bundle.client_list.page(limit=200)],
        "client_count": [bundle.client_list.count],
        "client_search": [lambda q=q: bundle.client_list.search(q, 20) for q in SEARCHES],
    }


def rls_records(url: str, backend: str, size: int, repeats: int) -> list[Record]:
    if backend != "postgresql":
        return []
    _ensure_logins(url)
    owner = make_engine(url)
    records: list[Record] = []
    try:
        with owner.connect() as conn:
            conn.execute(text("ANALYZE users"))
        for role, name in WHO.items():
            bypassed = ServiceBundle.for_workspace(
                Workspace(owner, make_sessions(owner), workspace_for(owner, name).actor))
            workspace = login(url, name, DEMO_PASSWORD)
            try:
                secured = ServiceBundle.for_workspace(workspace)
                plain_ops, rls_ops = _ops(bypassed), _ops(secured)
                for op, calls in rls_ops.items():
                    raw = percentile(measure(plain_ops[op], repeats), 50)
                    samples = measure(calls, repeats)
                    records.append(Record(f"rls_{op}_{role}", backend, size,
                                          percentile(samples, 50), percentile(samples, 95), raw))
            finally:
                workspace.close()
    finally:
        owner.dispose()
    return records
