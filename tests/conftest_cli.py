"""Fixtures and helpers for the crm-admin tests (imported by tests/test_cli*.py, test_demo.py,
test_backup.py; kept out of conftest.py on purpose)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from conftest import PG_ADMIN_URL, PG_PROBLEM
from sqlalchemy import text

from crm_desktop.admin.cli import main
from crm_desktop.db import make_engine


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> Result:
    """Run crm-admin in-process and capture what it printed."""
    capsys.readouterr()
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def assert_one_error_line(result: Result, code: int | None = None) -> str:
    """A failure: non-zero exit, exactly one 'crm-admin: error:' line, no traceback."""
    assert result.code != 0
    if code is not None:
        assert result.code == code, result
    assert len(result.error_lines) == 1, result.err
    line = result.error_lines[0]
    assert line.startswith("crm-admin: error: "), line
    assert "Traceback" not in result.err
    return line


def unique_login(prefix: str = "cli") -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


@pytest.fixture
def pg_logins() -> Iterator[list[tuple[str, str]]]:
    """Register (login, database URL) of PostgreSQL logins a test creates; they are dropped
    afterwards (DROP OWNED in their database when it still exists, then DROP ROLE)."""
    created: list[tuple[str, str]] = []
    yield created
    if not created or PG_PROBLEM is not None:
        return
    for login_name, url in created:
        engine = make_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP OWNED BY "{login_name}"'))
        except Exception:  # noqa: BLE001 - the database may already be dropped
            pass
        finally:
            engine.dispose()
    admin = make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            for login_name, _ in created:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login_name}"'))
    finally:
        admin.dispose()
