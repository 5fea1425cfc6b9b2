"""Importing a generated client list of 10,000 and 100,000 rows (issue #8: 100k under 30 s on
SQLite), into a fresh database of each backend so the cached benchmark databases stay as they
are. Timed: reading the CSV, the preview (parsing, checking, duplicates against the base) and
the write (one transaction); and the three together, which is what a user waits for.
"""

from __future__ import annotations

import csv
import os
import time
from pathlib import Path

from sqlalchemy import text
from stdnum.ru import inn as stdnum_inn
from timing import Record

from crm_desktop import schema
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.actor import system_actor
from crm_desktop.services.imports import ImportEntity, ImportService, guess

CACHE = Path(__file__).resolve().parent / ".cache"
PG_ADMIN_URL = os.environ.get("CRM_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
SIZES = (10_000, 100_000)
SCRATCH = "crm_bench_import"


def client_file(rows: int) -> Path:
    """A semicolon CSV in Windows-1251 like an office's export: name, INN, phone, e-mail,
    city, contact person; every 50th row repeats an earlier one (a duplicate to merge)."""
    path = CACHE / f"import_{rows}.csv"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="cp1251", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["Наименование", "ИНН", "Телефон", "E-mail", "Город", "Контактное лицо"])
        for i in range(rows):
            n = i - 1 if i % 50 == 49 else i
            base = f"{50 + n // 10_000_000:02d}{n % 10_000_000:07d}"
            inn = base + stdnum_inn.calc_company_check_digit(base)
            writer.writerow([f"ООО «Компания {n}»", inn,
                             f"8 (9{n % 100:02d}) {n // 10_000 % 1000:03d}-{n % 10_000:04d}",
                             f"info{n}@firm{n}.ru", "Москва", f"Иванов Иван {n}"])
    return path


def _fresh_database(backend: str) -> str:
    if backend == "sqlite":
        path = CACHE / f"{SCRATCH}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    admin = make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)'))
            conn.execute(text(f"CREATE DATABASE \"{SCRATCH}\" TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"))
    finally:
        admin.dispose()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{SCRATCH}"


def import_records(backend: str, size: int) -> list[Record]:
    if size not in SIZES:
        return []
    path = client_file(size)
    engine = make_engine(_fresh_database(backend))
    try:
        schema.upgrade(engine)
        service = ImportService(make_sessions(engine), system_actor())
        cpu = time.process_time()
        started = time.perf_counter()
        table = service.read(path)
        read = time.perf_counter()
        preview = service.preview(table, guess(ImportEntity.CLIENTS, table.headers))
        checked = time.perf_counter()
        result = service.run(preview)
        done = time.perf_counter()
        cpu = time.process_time() - cpu
    finally:
        engine.dispose()
    assert result.created == size - size // 50 and result.merged == size // 50, result
    # the program's own CPU time: what the wall time would be on an idle machine, minus the
    # database server's share (SQLite runs inside the process, so it is counted)
    timings = (("import_read_csv", read - started), ("import_preview", checked - read),
               ("import_write", done - checked), ("import_clients_total", done - started),
               ("import_clients_cpu", cpu))
    return [Record(op, backend, size, seconds * 1000, seconds * 1000, None)
            for op, seconds in timings]


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["sqlite"]:
        for rows in SIZES:
            for record in import_records(name, rows):
                print(f"{record.op:24} {name:10} {rows:>8,} {record.p50_ms / 1000:7.1f} s")
