"""Benchmark databases built with the demo generator and cached between runs.

SQLite: benchmarks/.cache/crm_<size>.sqlite3. PostgreSQL: databases crm_bench_<size> kept on the
server ($CRM_BENCH_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres). A cached
database is reused when it is at the head revision and holds exactly <size> clients; the demo
generation time of the build is remembered in benchmarks/.cache/<name>.json.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from crm_desktop import schema
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services import demo

CACHE = Path(__file__).resolve().parent / ".cache"
PG_ADMIN_URL = os.environ.get("CRM_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
SEED = 1


@dataclass(frozen=True, slots=True)
class BenchDatabase:
    backend: str
    size: int
    url: str
    generate_seconds: float
    built_now: bool


def _url(backend: str, size: int) -> str:
    if backend == "sqlite":
        return f"sqlite:///{CACHE / f'crm_{size}.sqlite3'}"
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/crm_bench_{size}"


def _meta_path(backend: str, size: int) -> Path:
    return CACHE / f"{backend}_{size}.json"


def _usable(url: str, size: int) -> bool:
    try:
        engine = make_engine(url, connect_args={"connect_timeout": 5}
                             if url.startswith("postgresql") else {})
        try:
            current = schema.current_revision(engine)
            if current not in schema.known_revisions():
                return False
            if current != schema.head_revision():  # an older cache: migrate it, keep the data
                schema.upgrade(engine)
            with engine.connect() as conn:
                return conn.scalar(text("SELECT count(*) FROM clients")) == size
        finally:
            engine.dispose()
    except Exception:  # noqa: BLE001 - anything wrong means "build it again"
        return False


def recreate(backend: str, url: str) -> None:
    """An empty database at `url`: a fresh file, or a dropped and re-created PostgreSQL one."""
    if backend == "sqlite":
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    admin = make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = url.rsplit("/", 1)[1]
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"))
    finally:
        admin.dispose()


def _progress(done: int, total: int) -> None:
    print(f"\r  demo data: {done:,} / {total:,} clients", end="\n" if done == total else "",
          file=sys.stderr, flush=True)


def _analyze(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()


def ensure(backend: str, size: int, *, rebuild: bool = False) -> BenchDatabase:
    """The cached database of this backend and size, built first when missing or unknown;
    one at an older revision is upgraded in place (as an office database would be)."""
    url = _url(backend, size)
    meta_path = _meta_path(backend, size)
    if not rebuild and meta_path.exists() and _usable(url, size):
        meta = json.loads(meta_path.read_text())
        return BenchDatabase(backend, size, url, float(meta["generate_seconds"]), False)
    print(f"building {backend} database with {size:,} clients ...", file=sys.stderr)
    recreate(backend, url)
    engine = make_engine(url)
    try:
        schema.upgrade(engine)
        started = time.perf_counter()
        demo.generate(make_sessions(engine), size, seed=SEED, progress=_progress,
                      create_logins=backend == "postgresql")
        seconds = time.perf_counter() - started
        _analyze(engine)
    finally:
        engine.dispose()
    CACHE.mkdir(parents=True, exist_ok=True)
    meta_path.write_text(json.dumps({"generate_seconds": seconds, "size": size, "seed": SEED,
                                     "revision": schema.head_revision()}))
    return BenchDatabase(backend, size, url, seconds, True)
