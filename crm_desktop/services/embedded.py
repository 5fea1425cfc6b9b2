"""Preparing a database for the desktop client's start-up, without the UI touching SQLAlchemy.

The embedded SQLite file gets its schema on first use and a first-run step (the administrator or
demo data); a PostgreSQL server is only probed — it is created and upgraded by crm-admin.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from crm_desktop import schema
from crm_desktop.db import make_sessions, parse_url
from crm_desktop.services import users, workspace
from crm_desktop.services.errors import AuthenticationFailed, SchemaMismatch

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def describe_location(url: str) -> tuple[str, str]:
    """(backend, location) for display: the file path, or host:port/database (no password)."""
    parsed = parse_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return backend, parsed.database or ":memory:"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return backend, f"{host}{port}/{parsed.database or ''}"


def probe_server(url: str) -> None:
    """Raise DatabaseUnavailable / SchemaMismatch early when the URL lets us look."""
    try:
        workspace.open_engine(url, check_schema=True).dispose()
    except AuthenticationFailed:
        pass  # the URL carries no credentials of its own: signing in will tell


class LocalDatabase:
    """The embedded database while it is being prepared; close() when done."""

    def __init__(self, url: str) -> None:
        self._engine = workspace.open_engine(url, check_schema=False)
        self._sessions = make_sessions(self._engine)

    def ensure_schema(self) -> None:
        """Create the schema in an empty file; an older or newer one raises SchemaMismatch."""
        try:
            schema.check(self._engine)
        except SchemaMismatch as exc:
            if exc.code != "empty":
                raise
            log.info("first run: creating the schema in the embedded database")
            schema.upgrade(self._engine)

    def has_users(self) -> bool:
        return workspace.has_users(self._engine)

    def create_admin(self, login: str, full_name: str, password: str) -> users.UserRow:
        return users.create_first_admin(self._sessions, login, full_name, password)

    def demo_generator(self) -> tuple[Callable[[int, Progress], object] | None, str]:
        """The demo-data generator if this build has it, and the demo users' password."""
        try:
            demo = importlib.import_module("crm_desktop.services.demo")
        except ImportError:
            log.info("demo data generator not available")
            return None, ""

        def generate(clients: int, progress: Progress) -> object:
            return demo.generate(self._sessions, clients, progress=progress)

        return generate, str(getattr(demo, "DEMO_PASSWORD", ""))

    def close(self) -> None:
        self._engine.dispose()
