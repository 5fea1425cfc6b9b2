"""A database for the reports benchmark: 1,000,000 deals over ten years, built in SQL.

The demo generator makes about 0.65 deals per client over the last three years, and a million
clients take 20-35 minutes; the reports only need deals. This builder migrates a fresh database,
adds the demo users and products (demo.generate with no clients) and then fills every table a
report reads with INSERT ... SELECT over a numbers table (generate_series on PostgreSQL, a
recursive CTE on SQLite):

- clients (100,000), created evenly over the ten years, one in ten never contacted;
- deals (1,000,000), more of them in later years, each with a client that already existed,
  in one of the three pipelines, open (only recent ones), won or lost (with a loss reason);
- their stage history: every open stage up to the deal's furthest one, then won or lost, with
  `left_at` set by the next move, 0.3-12 days per stage;
- 1-3 line items per deal from the catalogue (the deal's amount is their sum);
- one activity per contacted client (its last contact), 100,000 tasks, channel spend and sales
  targets for every month.

Values come from a multiplicative hash of the row number, so both backends get the same data.
SQLite's change-log and search triggers (and PostgreSQL's NOTIFY triggers) are set aside
during the load; the search indexes are then filled set-wise, as the demo writer does.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from databases import CACHE, PG_ADMIN_URL, recreate
from sqlalchemy import Connection, Engine, text

from crm_desktop import schema
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.migrations import funnel_0014
from crm_desktop.services import demo

START = int(datetime(2017, 1, 1, tzinfo=UTC).timestamp())
NOW = int(datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp())
SPAN = NOW - START
DAY = 86400
CLIENTS = 100_000
TASKS = 100_000
MOD = 1_000_003  # prime; u(k, K) = (n * A_k mod MOD) * K / MOD is "uniform" in [0, K)
_A = (0, 700_001, 611_953, 524_287, 433_471, 350_377, 262_147, 180_181, 131_071, 96_997,
      65_537, 40_009, 30_011, 20_011, 10_007, 7_919, 5_021)
PIPELINE_SHARE = ((60, "Продажи"), (85, "Повторные"), (100, "Лиды"))  # cumulative %
TRIGGER_TABLES = ("clients", "deals", "tasks", "activities")


@dataclass(frozen=True, slots=True)
class Built:
    url: str
    deals: int
    seconds: float
    built_now: bool


def u(k: int, bound: int | str, n: str = "n") -> str:
    """SQL: a pseudo-random integer in [0, bound) for row number `n` (integer arithmetic only,
    so PostgreSQL and SQLite agree)."""
    return f"((({n} * {_A[k]}) % {MOD}) * ({bound}) / {MOD})"


class _Sql:
    """The few spellings that differ between the backends."""

    def __init__(self, dialect: str) -> None:
        self.pg = dialect == "postgresql"

    def ts(self, epoch: str) -> str:
        if self.pg:
            return f"to_timestamp({epoch})"
        return f"(strftime('%Y-%m-%d %H:%M:%S', {epoch}, 'unixepoch') || '.000000')"

    def day(self, epoch: str) -> str:
        return f"to_timestamp({epoch})::date" if self.pg else f"date({epoch}, 'unixepoch')"

    def greatest(self, a: str, b: str) -> str:
        return f"GREATEST({a}, {b})" if self.pg else f"max({a}, {b})"

    def least(self, a: str, b: str) -> str:
        return f"LEAST({a}, {b})" if self.pg else f"min({a}, {b})"

    def kop(self, value: str) -> str:
        """A NUMERIC(16, 2) value from integer kopecks."""
        return f"({value}) / 100.0" if not self.pg else f"(({value}) / 100.0)::numeric(16, 2)"


def _url(backend: str, deals: int) -> str:
    if backend == "sqlite":
        return f"sqlite:///{CACHE / f'reports_{deals}.sqlite3'}"
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/crm_bench_reports_{deals}"


def _meta(backend: str, deals: int) -> Path:
    return CACHE / f"reports_{backend}_{deals}.json"


def _numbers(conn: Connection, sql: _Sql, count: int) -> None:
    conn.execute(text("CREATE TEMP TABLE bench_n (n BIGINT PRIMARY KEY)"))
    if sql.pg:
        conn.execute(text(f"INSERT INTO bench_n SELECT generate_series(1, {count})"))
    else:
        conn.execute(text(f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                          f"WHERE n < {count}) INSERT INTO bench_n SELECT n FROM s"))


def _case(index: str, ids: list[int]) -> str:
    whens = " ".join(f"WHEN {i} THEN {v}" for i, v in enumerate(ids))
    return f"(CASE {index} {whens} END)"


def _refs(conn: Connection) -> dict[str, object]:
    def ids(query: str) -> list[int]:
        return [int(r[0]) for r in conn.execute(text(query))]
    pipelines = {}
    for pid, name in conn.execute(text("SELECT id, name FROM pipelines ORDER BY position, id")):
        stages = conn.execute(text(
            "SELECT id, kind FROM stages WHERE pipeline_id = :p AND NOT is_archived "
            "ORDER BY position, id"), {"p": pid}).all()
        pipelines[int(pid)] = ([s for s, k in stages if k == "open"],
                               next(s for s, k in stages if k == "won"),
                               next(s for s, k in stages if k == "lost"), name)
    return {"pipelines": pipelines,
            "users": ids("SELECT id FROM users WHERE login IN "
                         "('ivanova', 'petrov', 'sidorova', 'rukovoditel') ORDER BY id"),
            "channels": ids("SELECT id FROM channels ORDER BY position, id"),
            "reasons": ids("SELECT id FROM loss_reasons ORDER BY position, id"),
            "products": conn.execute(text(
                "SELECT id FROM products ORDER BY id")).scalars().all()}


def _steps(conn: Connection, pipelines: dict[int, tuple[list[int], int, int, str]]) -> None:
    """bench_steps: the open stages of each pipeline in order; bench_final: won, lost, count."""
    conn.execute(text("CREATE TEMP TABLE bench_steps (pipeline_id INTEGER, idx INTEGER, "
                      "stage_id INTEGER, prev_id INTEGER)"))
    conn.execute(text("CREATE TEMP TABLE bench_final (pipeline_id INTEGER PRIMARY KEY, "
                      "won INTEGER, lost INTEGER, nopen INTEGER)"))
    for pid, (open_ids, won, lost, _name) in pipelines.items():
        for idx, stage in enumerate(open_ids):
            conn.execute(text("INSERT INTO bench_steps VALUES (:p, :i, :s, :prev)"),
                         {"p": pid, "i": idx, "s": stage,
                          "prev": open_ids[idx - 1] if idx else None})
        conn.execute(text("INSERT INTO bench_final VALUES (:p, :w, :l, :n)"),
                     {"p": pid, "w": won, "l": lost, "n": len(open_ids)})


def _clients(conn: Connection, sql: _Sql, refs: dict[str, object]) -> None:
    users, channels = refs["users"], refs["channels"]
    assert isinstance(users, list) and isinstance(channels, list)
    # the last contact: some time in the 400 days before now (not before the client existed)
    _contact = f"{NOW} - 600 - {u(16, sql.least(f'{NOW} - 600 - created', str(400 * DAY)))}"
    conn.execute(text(
        "CREATE TEMP TABLE bench_clients AS SELECT n, "
        f"{START} + (n - 1) * {SPAN // CLIENTS} - {u(14, 30 * DAY)} AS created, "
        f"{u(15, 10)} AS contacted FROM bench_n WHERE n <= {CLIENTS}"))
    conn.execute(text(
        "INSERT INTO clients (id, kind, name, sort_key, search_text, manager_id, channel_id, "
        "created_at, updated_at, last_contact_at, version) SELECT n, 'company', "
        "'ООО «Клиент ' || n || '»', 'клиент ' || n, 'ооо клиент ' || n, "
        f"{_case(u(7, len(users)), users)}, {_case(u(8, len(channels)), channels)}, "
        f"{sql.ts('created')}, {sql.ts('created')}, CASE WHEN contacted > 0 THEN "
        f"{sql.ts(_contact)} END, 1 FROM bench_clients"))
    conn.execute(text(
        "INSERT INTO activities (kind, client_id, occurred_at, subject, version, created_at, "
        f"updated_at) SELECT 'call', n, {sql.ts(_contact)}, "
        f"'Исходящий звонок', 1, {sql.ts('created')}, {sql.ts('created')} "
        "FROM bench_clients WHERE contacted > 0"))


def _plan(conn: Connection, deals: int, refs: dict[str, object]) -> None:
    """bench_plan: one row per deal with everything its rows are derived from."""
    pipelines = refs["pipelines"]
    assert isinstance(pipelines, dict)
    by_size = sorted(pipelines, key=lambda p: -len(pipelines[p][0]))
    pick = (f"CASE WHEN {u(3, 100)} < 60 THEN {by_size[0]} WHEN {u(3, 100)} < 85 "
            f"THEN {by_size[1 % len(by_size)]} ELSE {by_size[-1]} END")
    users, channels, reasons = refs["users"], refs["channels"], refs["reasons"]
    assert isinstance(users, list) and isinstance(channels, list) and isinstance(reasons, list)
    recent = NOW - 120 * DAY
    conn.execute(text(
        "CREATE TEMP TABLE bench_plan AS SELECT b.n, b.t, b.pipeline_id, b.step, b.outcome, "
        "CASE WHEN b.outcome = 'won' THEN f.nopen "
        f"ELSE 1 + {u(6, 100, 'b.n')} * f.nopen / 100 END AS depth, "
        f"{_case(u(7, len(users), 'b.n'), users)} AS manager_id, "
        f"{_case(u(8, len(channels), 'b.n'), channels)} AS channel_id, "
        f"CASE WHEN b.outcome = 'lost' THEN {_case(u(10, len(reasons), 'b.n'), reasons)} END "
        "AS reason_id, 0 AS client_id FROM (SELECT n, t, pipeline_id, step, "
        f"CASE WHEN t > {recent} AND {u(5, 100)} < 60 THEN 'open' WHEN {u(5, 100)} < 45 "
        "THEN 'won' ELSE 'lost' END AS outcome FROM (SELECT n, "
        f"{START} + {_greatest_u(conn, 1, 2, SPAN)} AS t, {pick} AS pipeline_id, "
        f"25920 + {u(4, 1_010_880)} AS step FROM bench_n WHERE n <= {deals}) AS a) AS b "
        "JOIN bench_final f ON f.pipeline_id = b.pipeline_id"))
    # the last move must not be in the future
    conn.execute(text(f"UPDATE bench_plan SET t = {NOW} - (depth + 1) * step "
                      f"WHERE t + (depth + 1) * step > {NOW}"))
    # a client that existed when the deal began
    bound = f"(1 + {CLIENTS} * (t - {START}) / {SPAN})"
    conn.execute(text(f"UPDATE bench_plan SET client_id = 1 + {u(9, bound)}"))
    conn.execute(text("CREATE INDEX bench_plan_n ON bench_plan (n)"))


def _greatest_u(conn: Connection, k1: int, k2: int, bound: int) -> str:
    """The later of two uniform draws: deals grow over the years (linear density)."""
    sql = _Sql(conn.dialect.name)
    return sql.greatest(u(k1, bound), u(k2, bound))


def _deals(conn: Connection, sql: _Sql, refs: dict[str, object]) -> None:
    products = refs["products"]
    assert isinstance(products, list)
    conn.execute(text("CREATE TEMP TABLE bench_k (k INTEGER PRIMARY KEY)"))
    conn.execute(text("INSERT INTO bench_k VALUES (0), (1), (2)"))
    # items: 1-3 different products per deal (offsets of a third of the catalogue apart)
    third = max(1, len(products) // 3)
    index = f"({u(12, len(products), 'p.n')} + k.k * {third}) % {len(products)}"
    conn.execute(text(
        "CREATE TEMP TABLE bench_items AS SELECT p.n, k.k, "
        f"{_case(index, products)} AS product_id, "
        f"1 + {u(13, 20, '(p.n + k.k * 7)')} AS qty "
        f"FROM bench_plan p JOIN bench_k k ON k.k <= {u(11, 3, 'p.n')}"))
    conn.execute(text(
        "CREATE TEMP TABLE bench_amount AS SELECT i.n, "
        "sum(i.qty * CAST(round(pr.price * 100) AS BIGINT)) AS kop "
        "FROM bench_items i JOIN products pr ON pr.id = i.product_id GROUP BY i.n"))
    conn.execute(text("CREATE INDEX bench_amount_n ON bench_amount (n)"))
    last = "p.t + (CASE WHEN p.outcome = 'open' THEN p.depth - 1 ELSE p.depth END) * p.step"
    stage = ("CASE p.outcome WHEN 'won' THEN f.won WHEN 'lost' THEN f.lost ELSE "
             "(SELECT s.stage_id FROM bench_steps s WHERE s.pipeline_id = p.pipeline_id "
             "AND s.idx = p.depth - 1) END")
    conn.execute(text(
        "INSERT INTO deals (id, title, search_text, client_id, pipeline_id, stage_id, "
        "manager_id, channel_id, amount, currency, expected_close_on, stage_entered_at, "
        "closed_at, loss_reason_id, version, created_at, updated_at, created_by_id) "
        "SELECT p.n, 'Сделка № ' || p.n, 'сделка № ' || p.n, p.client_id, p.pipeline_id, "
        f"{stage}, p.manager_id, p.channel_id, {sql.kop('a.kop')}, 'RUB', "
        f"{sql.day(last + f' + {30 * DAY}')}, {sql.ts(last)}, "
        f"CASE WHEN p.outcome <> 'open' THEN {sql.ts(last)} END, p.reason_id, 1, "
        f"{sql.ts('p.t')}, {sql.ts(last)}, p.manager_id "
        "FROM bench_plan p JOIN bench_final f ON f.pipeline_id = p.pipeline_id "
        "JOIN bench_amount a ON a.n = p.n ORDER BY p.n"))
    conn.execute(text(
        "INSERT INTO deal_items (deal_id, product_id, position, name, quantity, unit, price, "
        "discount_pct, vat_rate) SELECT i.n, pr.id, i.k, pr.name, i.qty, pr.unit, pr.price, "
        "0, pr.vat_rate FROM bench_items i JOIN products pr ON pr.id = i.product_id "
        "ORDER BY i.n, i.k"))


def _history(conn: Connection, sql: _Sql) -> None:
    conn.execute(text(
        "INSERT INTO deal_stage_changes (deal_id, from_stage_id, to_stage_id, changed_at, "
        "changed_by_id, left_at) SELECT p.n, s.prev_id, s.stage_id, "
        f"{sql.ts('p.t + s.idx * p.step')}, p.manager_id, "
        "CASE WHEN s.idx < p.depth - 1 OR p.outcome <> 'open' THEN "
        f"{sql.ts('p.t + (s.idx + 1) * p.step')} END "
        "FROM bench_plan p JOIN bench_steps s ON s.pipeline_id = p.pipeline_id "
        "AND s.idx < p.depth ORDER BY p.n, s.idx"))
    conn.execute(text(
        "INSERT INTO deal_stage_changes (deal_id, from_stage_id, to_stage_id, changed_at, "
        "changed_by_id, left_at) SELECT p.n, s.stage_id, "
        "CASE p.outcome WHEN 'won' THEN f.won ELSE f.lost END, "
        f"{sql.ts('p.t + p.depth * p.step')}, p.manager_id, NULL "
        "FROM bench_plan p JOIN bench_final f ON f.pipeline_id = p.pipeline_id "
        "JOIN bench_steps s ON s.pipeline_id = p.pipeline_id AND s.idx = p.depth - 1 "
        "WHERE p.outcome <> 'open' ORDER BY p.n"))


def _funnel_summaries(conn: Connection) -> None:
    for statement in funnel_0014.fill_statements(conn.dialect.name):
        conn.execute(text(statement))


def _spend(k: int, low: int, spread: int, series: int) -> str:
    """SQL: kopecks for month m.n of one channel or manager (`series`)."""
    return f"{low} + {u(k, spread, f'(m.n + {series} * 1000)')}"


def _tasks_and_money(conn: Connection, sql: _Sql, refs: dict[str, object]) -> None:
    users, channels = refs["users"], refs["channels"]
    assert isinstance(users, list) and isinstance(channels, list)
    due = f"({START} + {u(1, SPAN + 60 * DAY)})"
    done = f"({due} < {NOW} AND {u(2, 100)} < 85)"
    conn.execute(text(
        "INSERT INTO tasks (title, assignee_id, client_id, status, priority, due_at, "
        "completed_at, is_automatic, version, created_at, updated_at) "
        f"SELECT 'Позвонить клиенту', {_case(u(7, len(users)), users)}, "
        f"1 + {u(9, CLIENTS)}, CASE WHEN {done} THEN 'done' WHEN {due} < {NOW - 60 * DAY} "
        "THEN 'cancelled' ELSE 'open' END, 'normal', "
        f"{sql.ts(due)}, CASE WHEN {done} THEN "
        f"{sql.ts(f'{due} - 2 * {DAY} + {u(3, 3 * DAY)}')} END, "
        f"{'false' if sql.pg else '0'}, 1, {sql.ts(f'{due} - 5 * {DAY}')}, "
        f"{sql.ts(f'{due} - 5 * {DAY}')} FROM bench_n WHERE n <= {TASKS}"))
    month = ("(DATE '2017-01-01' + (m.n - 1) * INTERVAL '1 month')::date" if sql.pg
             else "date('2017-01-01', '+' || (m.n - 1) || ' months')")
    months = "(SELECT n FROM bench_n WHERE n <= 120) AS m"
    for i, channel in enumerate(channels):
        conn.execute(text(
            "INSERT INTO channel_spend (channel_id, month, amount) "
            f"SELECT {channel}, {month}, {sql.kop(_spend(4, 1_000_000, 30_000_000, i))} "
            f"FROM {months}"))
    for i, user in enumerate(users):
        conn.execute(text(
            "INSERT INTO sales_targets (user_id, month, amount, version) "
            f"SELECT {user}, {month}, {sql.kop(_spend(5, 50_000_000, 100_000_000, i))}, 1 "
            f"FROM {months}"))


def _set_aside_triggers(conn: Connection, sql: _Sql) -> list[str]:
    """Drop (SQLite) or disable (PostgreSQL) the per-row change-feed, search and funnel
    triggers of the loaded tables (the funnel summaries are filled set-wise after the stage
    history); returns the statements that bring them back."""
    if sql.pg:
        pairs = [(table, "crm_notify_change") for table in TRIGGER_TABLES]
        pairs += [("clients", "crm_notify_insert"), ("clients", "crm_audit_insert")]
        pairs += [(table, name) for name, table in funnel_0014.TRIGGERS.items()]
        for table, name in pairs:
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {name}"))
        return [f"ALTER TABLE {table} ENABLE TRIGGER {name}" for table, name in pairs]
    names = ", ".join(f"'{t}'" for t in (*TRIGGER_TABLES, "deal_stage_changes",
                                          "deal_stage_stays"))
    triggers = conn.execute(text(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({names})"
    )).all()
    for name, _sql in triggers:
        conn.execute(text(f'DROP TRIGGER "{name}"'))
    return [statement for _name, statement in triggers]


def _fill(conn: Connection, deals: int) -> None:
    sql = _Sql(conn.dialect.name)
    refs = _refs(conn)
    restore = _set_aside_triggers(conn, sql)
    _numbers(conn, sql, max(deals, CLIENTS, TASKS))
    pipelines = refs["pipelines"]
    assert isinstance(pipelines, dict)
    _steps(conn, pipelines)
    steps = [("clients and activities", lambda: _clients(conn, sql, refs)),
             ("deal plan", lambda: _plan(conn, deals, refs)),
             ("deals and items", lambda: _deals(conn, sql, refs)),
             ("stage history", lambda: _history(conn, sql)),
             ("funnel summaries", lambda: _funnel_summaries(conn)),
             ("tasks, spend, targets", lambda: _tasks_and_money(conn, sql, refs))]
    for name, step in steps:
        started = time.perf_counter()
        step()
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    for statement in restore:
        conn.execute(text(statement))
    if sql.pg:
        for table in ("clients", "deals"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"(SELECT max(id) FROM {table}))"))
    else:  # the search indexes, set-wise
        for table in ("clients", "deals"):
            conn.execute(text(f"INSERT INTO {table}_fts(rowid, search_text) "
                              f"SELECT id, search_text FROM {table}"))
    for table in ("bench_plan", "bench_items", "bench_amount", "bench_k", "bench_steps",
                  "bench_final", "bench_clients", "bench_n"):
        conn.execute(text(f"DROP TABLE {table}"))


def _usable(engine: Engine, deals: int) -> bool:
    try:
        if schema.current_revision(engine) != schema.head_revision():
            return False
        with engine.connect() as conn:
            return conn.scalar(text("SELECT count(*) FROM deals")) == deals
    except Exception:  # noqa: BLE001 - anything wrong means "build it again"
        return False


def ensure(backend: str, deals: int = 1_000_000, *, rebuild: bool = False) -> Built:
    """The cached reports database of this backend, built first when missing."""
    url, meta = _url(backend, deals), _meta(backend, deals)
    if not rebuild and meta.exists():
        engine = make_engine(url)
        try:
            if _usable(engine, deals):
                return Built(url, deals, json.loads(meta.read_text())["seconds"], False)
        finally:
            engine.dispose()
    print(f"building the {backend} reports database with {deals:,} deals ...", file=sys.stderr)
    recreate(backend, url)
    engine = make_engine(url)
    try:
        schema.upgrade(engine)
        started = time.perf_counter()
        demo.generate(make_sessions(engine), 0)  # the demo users and the product catalogue
        with engine.begin() as conn:
            if backend == "sqlite":
                conn.execute(text("PRAGMA cache_size=-262144"))
            _fill(conn, deals)
        # PostgreSQL: VACUUM too, as autovacuum would soon: without a visibility map the
        # covering indexes cannot answer alone (the funnel at 500k deals: 440 -> 200 ms)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE" if backend == "postgresql" else "ANALYZE"))
        seconds = time.perf_counter() - started
    finally:
        engine.dispose()
    CACHE.mkdir(parents=True, exist_ok=True)
    meta.write_text(json.dumps({"seconds": seconds, "deals": deals,
                                "revision": schema.head_revision()}))
    print(f"  built in {seconds:.0f} s", file=sys.stderr)
    return Built(url, deals, seconds, True)
